/**
 * SOURCE_INVALID: a file that does not parse as its format, or that its reader failed on (error); one that
 * reads ambiguously, or names code outside the repository (warning).
 */

import { parseTree, type TreeNode } from './tree.js'
import type { SourceKind, SourceResult, StaticFinding } from './types.js'

export type InvalidProblem =
  'parse' | 'empty' | 'duplicate-key' | 'no-resources' | 'no-distribution-config' | 'not-a-plan' | 'outside-repository' | 'reader-failed'

const WARNINGS: readonly InvalidProblem[] = ['duplicate-key', 'outside-repository']

export function invalidSource(
  file: string,
  line: number,
  format: SourceKind,
  problem: InvalidProblem,
  facts: Record<string, string | number> = {},
): StaticFinding {
  const severity = WARNINGS.includes(problem) ? 'warning' : 'error'
  return { code: 'SOURCE_INVALID', severity, file, line, details: { format, problem, ...facts } }
}

/** The parsed tree and its duplicate-key warnings, or the result that says the file does not parse. */
export function parsedOrInvalid(
  text: string,
  file: string,
  format: SourceKind,
): { result: SourceResult } | { root: TreeNode; findings: StaticFinding[] } {
  const parsed = parseTree(text)
  if (parsed.error) {
    return {
      result: { origins: [], findings: [invalidSource(file, parsed.error.line, format, 'parse', { parserCode: parsed.error.code })] },
    }
  }
  if (!parsed.root) return { result: { origins: [], findings: [invalidSource(file, 1, format, 'empty')] } }
  const findings = parsed.duplicates.map((d) =>
    invalidSource(file, d.line, format, 'duplicate-key', { key: d.key, firstLine: d.firstLine }),
  )
  return { root: parsed.root, findings }
}

/**
 * What `validate` says of the config's edge functions: each one (name, kind, runtime, events, file:line)
 * and the findings read from its code and declaration alone (syntax, deployment rules); nothing runs.
 */
import { relative, resolve, sep } from 'node:path'
import { repositoryRoot } from '../config/edge-function-config.js'
import type { Config } from '../config/types.js'
import { checkEdgeFunction } from '../edge-functions/check.js'
import { edgeFunctionFinding } from '../engine/run-functions.js'
import type { Finding } from '../findings/finding.js'
import { bySeverity } from '../findings/severity.js'

export interface FunctionListing {
  lines: string[]
  findings: Finding[]
}

export async function listEdgeFunctions(config: Config): Promise<FunctionListing> {
  const lines: string[] = []
  const findings: Finding[] = []
  const configFile = relative(repositoryRoot(config.file), config.file).split(sep).join('/')
  for (const declaration of config.edgeFunctions ?? []) {
    const result = await checkEdgeFunction(declaration, { staticOnly: true })
    const runtime = result.runtime ? ` ${result.runtime}` : ''
    const events = result.events.join(', ') || 'no event associated'
    lines.push(`edge function ${result.name}: ${result.kind}${runtime}, ${events}, ${result.file}:${result.line}`)
    const own = result.findings.map(edgeFunctionFinding).sort(bySeverity)
    for (const finding of own) {
      const file = finding.file !== undefined && resolve(finding.file) === config.file ? configFile : finding.file
      lines.push(`  ${finding.severity.toUpperCase()} ${finding.code} ${file}:${finding.line}`, `    ${finding.message}`)
    }
    findings.push(...own)
  }
  return { lines, findings }
}

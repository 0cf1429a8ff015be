import { checkEdgeFunction, type EdgeCheckOptions } from '../../../src/edge-functions/check.js'
import type { EdgeFunctionDeclaration, EdgeFunctionFindingDraft } from '../../../src/edge-functions/types.js'

/**
 * Checks inline code as one function, declared in `edge/fn.js`. Budgets are looser than the edge's
 * unless a test is about them: the suite runs beside others on shared cores.
 */
export async function check(
  code: string,
  declaration: Partial<EdgeFunctionDeclaration> & Pick<EdgeFunctionDeclaration, 'kind' | 'events'>,
  options: EdgeCheckOptions = { timeScale: 0.2, computeBudgetMs: 5 },
): Promise<EdgeFunctionFindingDraft[]> {
  const result = await checkEdgeFunction({ name: 'fn', file: 'edge/fn.js', code, ...declaration }, options)
  return result.findings
}

export function codes(findings: readonly EdgeFunctionFindingDraft[]): string[] {
  return [...new Set(findings.map((f) => f.code))].sort()
}

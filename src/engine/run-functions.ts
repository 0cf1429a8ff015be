/**
 * The config's edge functions, run beside the origins: each through the edge-function checks (its own
 * time budget per request bounds it), its findings given the catalogue's prose and judged at `fail-on`.
 */
import { checkEdgeFunction, type EdgeCheckOptions } from '../edge-functions/check.js'
import { toEdgeFunctionFinding } from '../edge-functions/to-finding.js'
import type { EdgeFunctionDeclaration, EdgeFunctionFindingDraft } from '../edge-functions/types.js'
import type { Finding } from '../findings/finding.js'
import { fails } from '../findings/gate.js'
import { bySeverity } from '../findings/severity.js'
import type { FunctionReport } from './report.js'
import type { FailOn } from '../vocabulary.js'

export async function checkFunctions(
  declarations: readonly EdgeFunctionDeclaration[],
  failOn: FailOn,
  options: EdgeCheckOptions = {},
): Promise<FunctionReport[]> {
  const reports: FunctionReport[] = []
  // One at a time: each runs in a worker of its own, and timing runs must not crowd each other.
  for (const declaration of declarations) {
    const started = performance.now()
    const result = await checkEdgeFunction(declaration, options)
    const findings = result.findings.map(edgeFunctionFinding).sort(bySeverity)
    reports.push({
      name: result.name,
      kind: result.kind,
      ...(result.runtime ? { runtime: result.runtime } : {}),
      file: result.file,
      line: result.line,
      events: [...result.events],
      passed: !fails(findings, failOn),
      durationMs: Math.round(performance.now() - started),
      findings,
    })
  }
  return reports
}

/** A draft as the report carries it: `check: 'edge-function'`, the function in `origin` and `function`. */
export function edgeFunctionFinding(draft: EdgeFunctionFindingDraft): Finding {
  const finding = toEdgeFunctionFinding(draft)
  return {
    code: finding.code,
    severity: finding.severity,
    check: 'edge-function',
    origin: finding.function,
    function: finding.function,
    file: finding.file,
    line: finding.line,
    message: finding.message,
    remedy: finding.remedy,
    details: finding.details,
  }
}

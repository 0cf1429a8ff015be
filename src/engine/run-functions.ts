/**
 * The config's edge functions, run beside the origins: each through the edge-function checks (its own
 * time budget per request bounds it), its findings given the catalogue's prose and judged at `fail-on`.
 */
import { checkEdgeFunction, type EdgeCheckOptions } from '../edge-functions/check.js'
import { toEdgeFunctionFinding } from '../edge-functions/to-finding.js'
import type { EdgeFunctionDeclaration, EdgeFunctionFindingDraft } from '../edge-functions/types.js'
import type { Finding } from '../findings/finding.js'
import { fails } from '../findings/gate.js'
import { applyAcceptances } from '../findings/acceptance.js'
import type { Acceptance } from '../config/types.js'
import { bySeverity } from '../findings/severity.js'
import type { FunctionReport } from './report.js'
import type { FailOn } from '../vocabulary.js'

/** The config's `accept` entries, applied to function findings as to origin findings (their `origin` is the function's name). */
export interface FunctionAcceptance {
  entries: readonly Acceptance[]
  now: Date
  /** Filled with the entries that covered a finding. */
  used: Set<Acceptance>
}

export async function checkFunctions(
  declarations: readonly EdgeFunctionDeclaration[],
  failOn: FailOn,
  options: EdgeCheckOptions = {},
  acceptance?: FunctionAcceptance,
): Promise<FunctionReport[]> {
  const reports: FunctionReport[] = []
  // One at a time: each runs in a worker of its own, and timing runs must not crowd each other.
  for (const declaration of declarations) {
    const started = performance.now()
    const result = await checkEdgeFunction(declaration, options)
    const drafted = result.findings.map(edgeFunctionFinding)
    const findings = (acceptance ? applyAcceptances(drafted, acceptance.entries, acceptance.now, acceptance.used) : drafted).sort(
      bySeverity,
    )
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

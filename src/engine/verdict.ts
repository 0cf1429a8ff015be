import type { FailOn } from '../config/types.js'
import type { EdgeProfile } from '../edges/types.js'
import type { Finding, Severity } from '../findings.js'

const RANK: Record<Severity, number> = { error: 2, warning: 1, notice: 0 }

/** Whether findings fail the gate at a `fail-on` level. */
export function fails(findings: readonly Finding[], failOn: FailOn): boolean {
  if (failOn === 'never') return false
  const threshold = RANK[failOn]
  return findings.some((f) => RANK[f.severity] >= threshold)
}

/**
 * An edge that does not validate origin certificates (ALB, CLB without backend authentication) still
 * connects through a bad one: the finding stays, as a risk, not a failure.
 */
export function applyEdgePolicy(finding: Finding, edge: EdgeProfile): Finding {
  if (edge.validatesCertificates || !finding.code.startsWith('CERT_') || finding.severity !== 'error') return finding
  return { ...finding, severity: 'warning', details: { ...finding.details, edgeValidatesCertificates: false } }
}

export function bySeverity(a: Finding, b: Finding): number {
  return RANK[b.severity] - RANK[a.severity]
}

import type { FailOn } from '../vocabulary.js'
import type { EdgeProfile } from '../edges/types.js'
import type { Finding } from './finding.js'
import { SEVERITIES } from './catalogue.js'

/** Whether findings fail the gate at a `fail-on` level. */
export function fails(findings: readonly Finding[], failOn: FailOn): boolean {
  if (failOn === 'never') return false
  const threshold = SEVERITIES.indexOf(failOn)
  return findings.some((f) => SEVERITIES.indexOf(f.severity) <= threshold)
}

/**
 * An edge that does not validate origin certificates (ALB, CLB without backend authentication) still
 * connects through a bad one: the finding stays, as a risk, not a failure.
 */
export function applyEdgePolicy(finding: Finding, edge: EdgeProfile): Finding {
  if (edge.validatesCertificates || !finding.code.startsWith('CERT_') || finding.severity !== 'error') return finding
  return { ...finding, severity: 'warning', details: { ...finding.details, edgeValidatesCertificates: false } }
}


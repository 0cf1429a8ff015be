import type { FailOn } from '../vocabulary.js'
import type { Finding } from './finding.js'
import { SEVERITIES } from './severity.js'

/** Whether findings fail the gate at a `fail-on` level. An accepted finding never does. */
export function fails(findings: readonly Finding[], failOn: FailOn): boolean {
  if (failOn === 'never') return false
  const threshold = SEVERITIES.indexOf(failOn)
  return findings.some((f) => f.accepted === undefined && SEVERITIES.indexOf(f.severity) <= threshold)
}

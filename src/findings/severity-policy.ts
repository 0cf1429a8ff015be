import type { JsonObject } from '../json.js'
import type { FindingCode } from './catalogue.js'
import { milder, type Severity } from './severity.js'

/**
 * A severity change an edge makes, as data (the way a Zonemaster profile sets levels): these codes are
 * at most `max` behind this edge, and `because` is the fact that says why, added to the finding's details.
 */
export interface SeverityCap {
  codes: readonly FindingCode[]
  max: Severity
  because: JsonObject
}

export type SeverityPolicy = readonly SeverityCap[]

export function severityUnder(policy: SeverityPolicy, code: FindingCode, severity: Severity): { severity: Severity; facts: JsonObject } {
  const cap = policy.find((c) => c.codes.includes(code))
  if (!cap || milder(severity, cap.max) === severity) return { severity, facts: {} }
  return { severity: cap.max, facts: cap.because }
}

export type Severity = 'error' | 'warning' | 'notice'

/** Most severe first: the order of every report, annotation and verdict. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice']

/** For sorting, most severe first; stable sorts keep the checks' order within a severity. */
export function bySeverity(a: { severity: Severity }, b: { severity: Severity }): number {
  return SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity)
}

/** The less severe of two. */
export function milder(a: Severity, b: Severity): Severity {
  return SEVERITIES.indexOf(a) >= SEVERITIES.indexOf(b) ? a : b
}

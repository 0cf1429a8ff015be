import { plural } from '../report/text.js'
import type { Report } from '../engine/report.js'

/** The action's outputs (action.yml), as the strings core.setOutput writes. */
export interface ActionOutputs {
  passed: string
  errors: string
  warnings: string
  'failed-origins': string
  report: string
  'next-expiry': string
  'next-expiry-days': string
}

/** @param reportPath where the JSON report was written, if it was. */
export function reportOutputs(report: Report, reportPath?: string): ActionOutputs {
  const expiry = nextExpiry(report)
  return {
    passed: String(report.passed),
    errors: String(report.summary.errors),
    warnings: String(report.summary.warnings),
    'failed-origins': report.origins
      .filter((origin) => !origin.passed)
      .map((origin) => origin.name)
      .join(','),
    report: reportPath ?? '',
    'next-expiry': expiry?.date ?? '',
    'next-expiry-days': expiry ? String(expiry.daysLeft) : '',
  }
}

/** Nothing was probed: the config itself failed, one error per problem. */
export function configErrorOutputs(problemCount: number): Pick<ActionOutputs, 'passed' | 'errors' | 'warnings'> {
  return { passed: 'false', errors: String(problemCount), warnings: '0' }
}

/** The soonest certificate expiry among the origins, as a `YYYY-MM-DD` date and the days left. */
export function nextExpiry(report: Report): { date: string; daysLeft: number } | undefined {
  let soonest: { time: number; daysLeft: number } | undefined
  for (const origin of report.origins) {
    if (!origin.certificate) continue
    const time = Date.parse(origin.certificate.notAfter)
    if (Number.isNaN(time)) continue
    if (!soonest || time < soonest.time) soonest = { time, daysLeft: origin.certificate.daysLeft }
  }
  if (!soonest) return undefined
  return { date: new Date(soonest.time).toISOString().slice(0, 10), daysLeft: soonest.daysLeft }
}

/** The core.setFailed message: what failed (origins, then edge functions), in one line. */
export function failureMessage(report: Report): string {
  const failed = [...report.origins, ...(report.functions ?? [])].filter((subject) => !subject.passed).map((subject) => subject.name)
  const { errors, warnings } = report.summary
  const names = failed.length > 0 ? `: ${failed.join(', ')}` : ''
  return `origin-preflight failed (${plural(errors, 'error')}, ${plural(warnings, 'warning')})${names}`
}

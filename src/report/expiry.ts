import type { Finding } from '../findings/finding.js'
import type { OriginReport, Report } from '../engine/report.js'
import { tableRow } from './cell.js'
import { plural } from './text.js'

/** How urgent a date is, from the expiry findings of the origins whose certificate ends that day. */
export type ExpiryStatus = 'expired' | 'error' | 'warning' | 'ok'

export interface ExpiryGroup {
  /** `YYYY-MM-DD` (UTC) of the leaf certificates' notAfter, as in the `next-expiry` output. */
  date: string
  /** The fewest days left among the group (the same day can be 0 or 1 depending on the hour). */
  daysLeft: number
  origins: string[]
  status: ExpiryStatus
}

const STATUS_RANK: Record<ExpiryStatus, number> = { expired: 0, error: 1, warning: 2, ok: 3 }
const STATUS_LABEL: Record<ExpiryStatus, string> = { expired: '✖ expired', error: '✖ renew now', warning: '⚠ renew soon', ok: '✔' }

/** The origins' certificates grouped by expiry date, soonest first; origins without a certificate apart. */
export function groupByExpiry(report: Report): { groups: ExpiryGroup[]; withoutCertificate: string[] } {
  const byDate = new Map<string, ExpiryGroup>()
  const withoutCertificate: string[] = []
  for (const origin of report.origins) {
    if (!origin.certificate) {
      withoutCertificate.push(origin.name)
      continue
    }
    const date = origin.certificate.notAfter.slice(0, 10)
    const group = byDate.get(date) ?? { date, daysLeft: origin.certificate.daysLeft, origins: [], status: 'ok' }
    group.origins.push(origin.name)
    group.daysLeft = Math.min(group.daysLeft, origin.certificate.daysLeft)
    const status = expiryStatus(origin)
    if (STATUS_RANK[status] < STATUS_RANK[group.status]) group.status = status
    byDate.set(date, group)
  }
  const groups = [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date))
  return { groups, withoutCertificate }
}

export function isExpiryFinding(finding: Finding): boolean {
  return finding.code === 'CERT_EXPIRED' || finding.code === 'CERT_EXPIRES_SOON'
}

function expiryStatus(origin: OriginReport): ExpiryStatus {
  const expiry = origin.findings.filter(isExpiryFinding)
  if (expiry.some((finding) => finding.code === 'CERT_EXPIRED')) return 'expired'
  if (expiry.some((finding) => finding.severity === 'error')) return 'error'
  if (expiry.length > 0) return 'warning'
  return 'ok'
}

/**
 * `in 3 days`, `2 days ago`. Days left are whole days rounded down (as the report counts them), so -3
 * means between 2 and 3 days have passed: 2 days ago.
 */
export function describeDaysLeft(daysLeft: number): string {
  if (daysLeft > 0) return `in ${plural(daysLeft, 'day')}`
  if (daysLeft === 0) return 'within a day'
  if (daysLeft === -1) return 'less than a day ago'
  return `${plural(-daysLeft - 1, 'day')} ago`
}

/** The sweep's calendar: one row per expiry date, soonest first. `maxListed` caps the names per row. */
export function renderExpiryCalendar(report: Report, maxListed?: number): string {
  const { groups, withoutCertificate } = groupByExpiry(report)
  const names = (list: readonly string[]): string => {
    const shown = maxListed === undefined ? list : list.slice(0, Math.max(1, maxListed))
    const rest = list.length - shown.length
    return shown.join(', ') + (rest > 0 ? ` and ${rest} more` : '')
  }
  const rows = groups.map((group) =>
    tableRow([group.date, describeDaysLeft(group.daysLeft), STATUS_LABEL[group.status], names(group.origins)]),
  )
  if (withoutCertificate.length > 0) rows.push(tableRow(['—', 'no certificate seen', '', names(withoutCertificate)]))
  return ['### Certificate expiry', '', tableRow(['Expires', 'When', 'Status', 'Origins']), '|---|---|---|---|', ...rows].join('\n')
}

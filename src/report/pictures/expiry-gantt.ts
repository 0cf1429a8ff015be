import { groupByExpiry, type ExpiryStatus } from '../expiry.js'
import type { Report } from '../../engine/report.js'
import { mermaidBlock, mermaidText } from './mermaid-text.js'

const DAY_MS = 86_400_000
const TASK_TAG: Record<ExpiryStatus, string> = { expired: 'crit, ', error: 'crit, ', warning: 'active, ', ok: '' }

/**
 * The sweep's certificate calendar as a Gantt chart: today, the warn-days and fail-days lines (one per
 * value the origins use), and one bar per expiry date from today to that date (from the date to today
 * once expired), red where the certificate fails the gate, highlighted where it warns.
 */
export function renderExpiryGantt(report: Report): string | undefined {
  const { groups } = groupByExpiry(report)
  if (groups.length === 0) return undefined
  const today = report.startedAt.slice(0, 10)
  const lines = [
    'gantt',
    '  title Certificate expiry',
    '  dateFormat YYYY-MM-DD',
    '  axisFormat %Y-%m-%d',
    '  todayMarker off',
    '  section Limits',
  ]
  lines.push(`  today ${today} :milestone, today, ${today}, 0d`)
  for (const [kind, days] of limitLines(report)) {
    const date = addDays(today, days)
    lines.push(
      `  ${kind} ${days} ${date} :${kind === 'fail-days' ? 'crit, ' : ''}` +
        `milestone, ${kind === 'fail-days' ? 'f' : 'w'}${days}, ${date}, 0d`,
    )
  }
  lines.push('  section Certificates')
  groups.forEach((group, index) => {
    const [start, end] = group.date < today ? [group.date, today] : [today, group.date]
    const name = `${group.origins.join(', ')} ${group.date}`
    lines.push(`  ${mermaidText(name)} :${TASK_TAG[group.status]}c${index}, ${start}, ${end === start ? '1d' : end}`)
  })
  return mermaidBlock(lines)
}

/** Each distinct warn-days and fail-days among the origins with a certificate, fail lines first. */
function limitLines(report: Report): [kind: 'fail-days' | 'warn-days', days: number][] {
  const seen = new Map<string, [kind: 'fail-days' | 'warn-days', days: number]>()
  for (const origin of report.origins) {
    const certificate = origin.certificate
    if (!certificate || certificate.warnDays === undefined || certificate.failDays === undefined) continue
    seen.set(`fail-days ${certificate.failDays}`, ['fail-days', certificate.failDays])
    seen.set(`warn-days ${certificate.warnDays}`, ['warn-days', certificate.warnDays])
  }
  return [...seen.values()].sort((a, b) => (a[0] === b[0] ? a[1] - b[1] : a[0] === 'fail-days' ? -1 : 1))
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
}

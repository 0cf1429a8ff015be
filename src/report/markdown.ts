import type { OriginReport, Report } from './types.js'
import { countFindings, describeWhere, findingsInOrder, plural } from './text.js'

/** The report as GitHub markdown: the action's job summary, and `--format markdown`. */
export function renderMarkdown(report: Report): string {
  const blocks = [renderHeading(report)]
  if (report.overrides.length > 0) {
    blocks.push(`**Overrides in use:** ${report.overrides.map((override) => escapeCell(override)).join(' · ')}`)
  }
  blocks.push(renderOriginTable(report.origins))
  for (const origin of report.origins) {
    if (!origin.passed) blocks.push(renderFailingOrigin(origin))
  }
  return `${blocks.join('\n\n')}\n`
}

function renderHeading(report: Report): string {
  const { origins, failed, errors, warnings, notices } = report.summary
  const verdict = report.passed
    ? `✔ Passed: ${plural(origins, 'origin')} checked`
    : `✖ Failed: ${failed} of ${plural(origins, 'origin')} would fail at the edge`
  const totals = [plural(errors, 'error'), plural(warnings, 'warning'), plural(notices, 'notice')].join(' · ')
  const failOn = report.failOn ? ` · fail-on ${report.failOn}` : ''
  return [
    `## origin-preflight`,
    '',
    `**${verdict}** · ${totals}${failOn}`,
    '',
    `<sub>origin-preflight ${escapeCell(report.tool.version)} · config ${escapeCell(report.config)}</sub>`,
  ].join('\n')
}

function renderOriginTable(origins: readonly OriginReport[]): string {
  const rows = origins.map((origin) =>
    tableRow([
      origin.name,
      origin.hostHeader && origin.hostHeader !== origin.domain ? `${origin.domain}\nHost ${origin.hostHeader}` : origin.domain,
      origin.addresses.length > 0 ? origin.addresses.join('\n') : '—',
      origin.checks.join(', ') || '—',
      describeVerdict(origin),
      describeCertificate(origin),
    ]),
  )
  return [tableRow(['Origin', 'Domain', 'Addresses', 'Checks', 'Verdict', 'Certificate days left']), '|---|---|---|---|---|---|', ...rows].join('\n')
}

function renderFailingOrigin(origin: OriginReport): string {
  const rows = findingsInOrder(origin.findings).map((finding) =>
    tableRow([finding.code, finding.severity, describeWhere(finding) || '—', finding.message, finding.remedy]),
  )
  return [`### ✖ ${escapeCell(origin.name)}`, '', tableRow(['Code', 'Severity', 'Where', 'Message', 'Remedy']), '|---|---|---|---|---|', ...rows].join('\n')
}

function describeVerdict(origin: OriginReport): string {
  const counts = countFindings(origin.findings)
  const verdict = origin.passed ? '✔ passed' : '✖ failed'
  return counts ? `${verdict} (${counts})` : verdict
}

function describeCertificate(origin: OriginReport): string {
  const certificate = origin.certificate
  if (!certificate) return '—'
  const date = certificate.notAfter.slice(0, 10)
  if (certificate.daysLeft < 0) return `expired (${date})`
  return `${certificate.daysLeft} (${date})`
}

function tableRow(cells: readonly string[]): string {
  return `| ${cells.map(escapeCell).join(' | ')} |`
}

/**
 * Makes text safe inside a table cell: HTML is neutralised (messages carry certificate subjects and
 * response bytes from the origin), `|` would end the cell and a newline would end the row.
 */
export function escapeCell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    // No links or images from text an origin controls.
    .replace(/[[\]]/g, (c) => `\\${c}`)
    .replace(/\r\n|\r|\n/g, '<br>')
}

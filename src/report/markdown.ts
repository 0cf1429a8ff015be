import type { Finding } from '../findings/finding.js'
import { escapeCell, tableRow } from './cell.js'
import { renderExpiryCalendar } from './expiry.js'
import { renderDnsPath } from './pictures/dns-path.js'
import { renderExpiryGantt } from './pictures/expiry-gantt.js'
import { renderTlsOffer } from './pictures/tls-offer.js'
import type { FunctionReport, OriginReport, Report } from '../engine/report.js'
import { countFindings, describeSubjects, findingsInOrder, plural } from './text.js'
import { describeWhere } from './where.js'
import { describeTlsVersion } from './tls-lines.js'
import { entryLineOf } from '../findings/acceptance.js'

export interface MarkdownOptions {
  /** Lines under the verdict, already markdown: what was not annotated, what was shortened. */
  notes?: readonly string[]
  /** Group the certificates by expiry date (the scheduled sweep). */
  expiryCalendar?: boolean
  /** How much detail to render; absent: all of it. */
  detail?: MarkdownDetail
}

/** Knobs that shorten the report (a job summary or a comment has a size limit); failing origins always stay. */
export interface MarkdownDetail {
  /** Messages and remedies longer than this many characters are cut. */
  maxText?: number
  /** Findings listed per failing origin, origins per expiry date; the rest are counted. */
  maxListed?: number
  /** false: passing origins are counted in one line instead of one table row each. */
  passingRows?: boolean
  /** false: each failing origin is one line with its counts and codes instead of a findings table. */
  findingTables?: boolean
}

/** The report as GitHub markdown: the action's job summary, and `--format markdown`. */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const detail = options.detail ?? {}
  const blocks = [renderHeading(report, options.notes)]
  const functions = report.functions ?? []
  const tableOrigins = detail.passingRows === false ? report.origins.filter((origin) => !origin.passed) : report.origins
  const tableFunctions = detail.passingRows === false ? functions.filter((fn) => !fn.passed) : functions
  const hidden = [
    ...(report.origins.length > tableOrigins.length ? [plural(report.origins.length - tableOrigins.length, 'passing origin')] : []),
    ...(functions.length > tableFunctions.length ? [plural(functions.length - tableFunctions.length, 'passing edge function')] : []),
  ]
  blocks.push(renderOriginTable(tableOrigins, tableFunctions) + (hidden.length > 0 ? `\n\n${hidden.join(' and ')} not listed.` : ''))
  const configFindings = report.configFindings ?? []
  if (configFindings.length > 0) blocks.push(renderConfigFindings(configFindings, detail))
  // Pictures (Mermaid, which GitHub draws in summaries, comments and issues) go with the full report only:
  // the tables beside them say the same, and are what stays when the report must be shortened.
  const pictures = Object.keys(detail).length === 0
  if (options.expiryCalendar) {
    const gantt = pictures ? renderExpiryGantt(report) : undefined
    blocks.push(renderExpiryCalendar(report, detail.maxListed) + (gantt ? `\n\n${gantt}` : ''))
  }
  for (const origin of report.origins) {
    if (origin.passed) continue
    const drawn = pictures ? [renderDnsPath(origin), renderTlsOffer(origin)].filter((block): block is string => block !== undefined) : []
    blocks.push([renderFailing(origin, detail), ...drawn].join('\n\n'))
  }
  for (const fn of functions) if (!fn.passed) blocks.push(renderFailing(fn, detail))
  const accepted = renderAccepted(report.origins, detail)
  if (accepted) blocks.push(accepted)
  // The accepted suites are the first thing left out when the report must be shortened (they are in the JSON).
  const tls = pictures ? renderTlsTable(report.origins) : undefined
  if (tls) blocks.push(tls)
  return `${blocks.join('\n\n')}\n`
}

/** The title, the verdict line, the notes and the overrides in use: never shortened. */
export function renderHeading(report: Report, notes: readonly string[] = []): string {
  const { failed, errors, warnings, notices, accepted } = report.summary
  const verdict = report.passed
    ? `✔ Passed: ${describeSubjects(report)} checked`
    : `✖ Failed: ${failed} of ${describeSubjects(report)} would fail at the edge`
  const counts = [plural(errors, 'error'), plural(warnings, 'warning'), plural(notices, 'notice')]
  const totals = [...counts, ...(accepted ? [`${accepted} accepted`] : [])].join(' · ')
  const failOn = report.failOn ? ` · fail-on ${escapeCell(report.failOn)}` : ''
  const lines = [
    `## origin-preflight`,
    '',
    `**${verdict}** · ${totals}${failOn}`,
    '',
    `<sub>origin-preflight ${escapeCell(report.tool.version)} · config ${escapeCell(report.config)}</sub>`,
  ]
  if (report.overrides.length > 0) {
    lines.push('', `**Overrides in use:** ${report.overrides.map((override) => escapeCell(override)).join(' · ')}`)
  }
  for (const note of notes) lines.push('', note)
  return lines.join('\n')
}

/** One row per origin, then one per edge function (kind and runtime, its code's file and line, its events). */
function renderOriginTable(origins: readonly OriginReport[], functions: readonly FunctionReport[]): string {
  const originRows = origins.map((origin) =>
    tableRow([
      origin.name,
      origin.hostHeader && origin.hostHeader !== origin.domain ? `${origin.domain}\nHost ${origin.hostHeader}` : origin.domain,
      origin.addresses.length > 0 ? origin.addresses.join('\n') : '—',
      origin.checks.join(', ') || '—',
      describeVerdict(origin),
      describeCertificate(origin),
    ]),
  )
  const functionRows = functions.map((fn) =>
    tableRow([
      fn.name,
      fn.runtime ? `${fn.kind}\n${fn.runtime}` : fn.kind,
      `${fn.file}:${fn.line}`,
      fn.events.join(', '),
      describeVerdict(fn),
      '—',
    ]),
  )
  const head =
    functions.length > 0
      ? ['Origin / edge function', 'Domain / kind', 'Addresses / code', 'Checks / events']
      : ['Origin', 'Domain', 'Addresses', 'Checks']
  return [tableRow([...head, 'Verdict', 'Certificate days left']), '|---|---|---|---|---|---|', ...originRows, ...functionRows].join('\n')
}

/** Findings about the config file (an `accept` entry past its date or unused), at the entry's line. */
function renderConfigFindings(findings: readonly Finding[], detail: MarkdownDetail): string {
  const cut = (text: string): string => shorten(text, detail.maxText)
  const rows = findings.map((finding) =>
    tableRow([finding.code, finding.severity, `line ${entryLineOf(finding)}`, cut(finding.message), cut(finding.remedy)]),
  )
  return ['### Config', '', tableRow(['Code', 'Severity', 'Where', 'Message', 'Remedy']), '|---|---|---|---|---|', ...rows].join('\n')
}

/** Every accepted finding, failing origin or not, with until when and why: accepted is not hidden. */
function renderAccepted(origins: readonly OriginReport[], detail: MarkdownDetail): string | undefined {
  const accepted = origins.flatMap((origin) => origin.findings.filter((finding) => finding.accepted !== undefined))
  if (accepted.length === 0) return undefined
  const heading = `### Accepted (${accepted.length})`
  const codes = [...new Set(accepted.map((finding) => finding.code))].join(', ')
  if (detail.findingTables === false) return `${heading}: ${codes}`
  const listed = detail.maxListed === undefined ? accepted : accepted.slice(0, detail.maxListed)
  const cut = (text: string): string => shorten(text, detail.maxText)
  const rows = listed.map((finding) => {
    const { until, reason } = finding.accepted!
    return tableRow([finding.origin, finding.code, finding.severity, describeWhere(finding) || '—', until, cut(reason)])
  })
  const header = tableRow(['Origin', 'Code', 'Severity', 'Where', 'Until', 'Reason'])
  const lines = [heading, '', header, '|---|---|---|---|---|---|', ...rows]
  if (accepted.length > listed.length) lines.push('', `… and ${plural(accepted.length - listed.length, 'more accepted finding')}.`)
  return lines.join('\n')
}

/** A failing origin's or edge function's findings that count; an origin's accepted ones are in the Accepted table. */
function renderFailing(origin: Pick<OriginReport, 'name' | 'findings'>, detail: MarkdownDetail): string {
  const ordered = findingsInOrder(origin.findings.filter((finding) => finding.accepted === undefined))
  if (detail.findingTables === false) {
    const codes = [...new Set(ordered.map((finding) => finding.code))].join(', ')
    return `**✖ ${escapeCell(origin.name)}**: ${countFindings(origin.findings) || 'failed'}${codes ? ` (${codes})` : ''}`
  }
  const listed = detail.maxListed === undefined ? ordered : ordered.slice(0, detail.maxListed)
  const cut = (text: string): string => shorten(text, detail.maxText)
  const rows = listed.map((finding: Finding) =>
    tableRow([finding.code, finding.severity, describeWhere(finding) || '—', cut(finding.message), cut(finding.remedy)]),
  )
  const more = ordered.length - listed.length
  const lines = [
    `### ✖ ${escapeCell(origin.name)}`,
    '',
    tableRow(['Code', 'Severity', 'Where', 'Message', 'Remedy']),
    '|---|---|---|---|---|',
    ...rows,
  ]
  if (more > 0) lines.push('', `… and ${plural(more, 'more finding')} (${countFindings(ordered.slice(listed.length))}).`)
  return lines.join('\n')
}

/** Per origin, target and version: the edge's suites the origin accepts. */
function renderTlsTable(origins: readonly OriginReport[]): string | undefined {
  const rows = origins.flatMap((origin) =>
    (origin.tls ?? []).flatMap((target) =>
      target.versions.map((version) =>
        tableRow([
          origin.name,
          describeWhere({ address: target.address, port: target.port, ...(target.name ? { name: target.name } : {}) }),
          describeTlsVersion(version),
        ]),
      ),
    ),
  )
  if (rows.length === 0) return undefined
  return [
    "<details><summary>The edge's cipher suites each origin accepts</summary>",
    '',
    tableRow(['Origin', 'Where', 'Accepted']),
    '|---|---|---|',
    ...rows,
    '',
    '</details>',
  ].join('\n')
}

function describeVerdict(origin: Pick<OriginReport, 'passed' | 'findings'>): string {
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

/** `text` cut to `max` characters with an ellipsis; unchanged when it fits or no limit is set. */
export function shorten(text: string, max: number | undefined): string {
  if (max === undefined || text.length <= max) return text
  return `${text.slice(0, Math.max(0, max - 1))}…`
}

export { escapeCell }

import type { Finding, Severity } from '../findings/finding.js'
import type { FunctionReport, OriginReport, Report } from '../engine/report.js'
import { bySeverity, SEVERITIES } from '../findings/catalogue.js'
import { describeTlsTarget } from './tls-lines.js'
import { forTerminal as t } from '../text/escape.js'

import { describeWhere } from './where.js'
import { entryLineOf } from '../findings/acceptance.js'

export { describeWhere }

export interface TextOptions {
  /** ANSI colour; the front end decides (a TTY, or a log viewer that renders it). */
  color: boolean
}

const ANSI = { bold: 1, dim: 2, red: 31, green: 32, yellow: 33, cyan: 36 } as const
type Style = keyof typeof ANSI
type Paint = (style: Style, text: string) => string

const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', notice: 'cyan' }

/**
 * The report for people: overrides first, then each origin with its findings, then the verdict. Every
 * value from outside passes `t` (src/text/escape.ts), so each stays on its line and colours nothing.
 */
export function renderText(report: Report, options: TextOptions): string {
  const paint: Paint = options.color ? (style, text) => `\x1b[${ANSI[style]}m${text}\x1b[0m` : (_style, text) => text
  const lines = [paint('bold', `origin-preflight ${t(report.tool.version)}`) + ` · config ${t(report.config)}`]
  for (const override of report.overrides) lines.push(paint('yellow', `override: ${t(override)}`))
  for (const origin of report.origins) {
    lines.push('', ...renderOrigin(origin, paint))
  }
  for (const fn of report.functions ?? []) lines.push('', ...renderFunction(fn, paint))
  const configFindings = report.configFindings ?? []
  if (configFindings.length > 0) {
    lines.push('', paint('bold', `config ${report.config}`), ...configFindings.flatMap((f) => renderFinding(f, paint)))
  }
  lines.push('', renderVerdict(report, paint))
  return `${lines.join('\n')}\n`
}

function renderOrigin(origin: OriginReport, paint: Paint): string[] {
  const mark = origin.passed ? paint('green', '✔') : paint('red', '✖')
  const host = origin.hostHeader && origin.hostHeader !== origin.domain ? ` (Host ${t(origin.hostHeader)})` : ''
  const addresses = origin.addresses.length > 0 ? t(origin.addresses.join(', ')) : 'no addresses'
  const verdict = origin.passed ? paint('green', 'passed') : paint('red', 'failed')
  const counts = countFindings(origin.findings)
  const head = `${mark} ${paint('bold', t(origin.name))}  ${t(origin.domain)}${host}  ${addresses}`
  const lines = [`${head}  ${verdict}${counts ? ` (${counts})` : ''}`]
  for (const target of origin.tls ?? []) lines.push(paint('dim', `  edge suites accepted at ${t(describeTlsTarget(target))}`))
  for (const finding of findingsInOrder(origin.findings)) lines.push(...renderFinding(finding, paint))
  return lines
}

/** `✖ auth  lambda-edge  viewer-request  edge/auth.js:3  failed (1 error)`, then its findings. */
function renderFunction(fn: FunctionReport, paint: Paint): string[] {
  const mark = fn.passed ? paint('green', '✔') : paint('red', '✖')
  const kind = fn.runtime ? `${fn.kind} ${fn.runtime}` : fn.kind
  const verdict = fn.passed ? paint('green', 'passed') : paint('red', 'failed')
  const counts = countFindings(fn.findings)
  const head = `${mark} ${paint('bold', t(fn.name))}  ${t(kind)}  ${t(fn.events.join(', '))}  ${t(`${fn.file}:${fn.line}`)}`
  return [
    `${head}  ${verdict}${counts ? ` (${counts})` : ''}`,
    ...findingsInOrder(fn.findings).flatMap((finding) => renderFinding(finding, paint)),
  ]
}

/** Severity, code and where; the message; for an accepted finding, until when and why; the remedy. */
function renderFinding(finding: Finding, paint: Paint): string[] {
  const where = finding.check === 'config' ? `line ${entryLineOf(finding)}` : t(describeWhere(finding))
  const severity = finding.severity.toUpperCase()
  const label = finding.accepted ? paint('dim', `ACCEPTED ${severity}`) : paint(SEVERITY_STYLE[finding.severity], severity)
  const lines = [`  ${label} ${finding.code}${where ? ` ${where}` : ''}`, `    ${t(finding.message)}`]
  if (finding.accepted) lines.push(`    accepted until ${t(finding.accepted.until)}: ${t(finding.accepted.reason)}`)
  lines.push(paint('dim', `    → ${t(finding.remedy)}`))
  return lines
}

/** `3 origins` or `1 origin and 2 edge functions`: what the verdict covers. */
export function describeSubjects(report: Report): string {
  const { origins, functions } = report.summary
  return functions ? `${plural(origins, 'origin')} and ${plural(functions, 'edge function')}` : plural(origins, 'origin')
}

function renderVerdict(report: Report, paint: Paint): string {
  const { failed, errors, warnings, notices, accepted } = report.summary
  const counts = [plural(errors, 'error'), plural(warnings, 'warning'), plural(notices, 'notice')]
  const totals = [...counts, ...(accepted ? [`${accepted} accepted`] : [])].join(', ')
  const failOn = report.failOn ? ` (fail-on ${t(report.failOn)})` : ''
  if (report.passed) return `${paint('green', '✔ passed')}: ${describeSubjects(report)}, ${totals}${failOn}`
  return `${paint('red', '✖ failed')}: ${failed} of ${describeSubjects(report)}, ${totals}${failOn}`
}

/** Errors, then warnings, then notices, then the accepted ones; the checks' order is kept within each severity. */
export function findingsInOrder(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => Number(a.accepted !== undefined) - Number(b.accepted !== undefined) || bySeverity(a, b))
}

/** `2 errors, 1 warning, 1 accepted`; accepted findings are counted apart. Empty when there are no findings. */
export function countFindings(findings: readonly Finding[]): string {
  const parts: string[] = []
  const counted = findings.filter((finding) => finding.accepted === undefined)
  for (const severity of SEVERITIES) {
    const count = counted.filter((finding) => finding.severity === severity).length
    if (count > 0) parts.push(plural(count, severity))
  }
  const accepted = findings.length - counted.length
  if (accepted > 0) parts.push(`${accepted} accepted`)
  return parts.join(', ')
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

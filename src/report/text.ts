import type { Finding, Severity } from '../findings/finding.js'
import type { FunctionReport, OriginReport, Report } from './types.js'
import { bySeverity, SEVERITIES } from '../findings/catalogue.js'
import { describeTlsTarget } from './tls-lines.js'

import { describeWhere } from './where.js'

export { describeWhere }

export interface TextOptions {
  /** ANSI colour; the front end decides (a TTY, or a log viewer that renders it). */
  color: boolean
}


const ANSI = { bold: 1, dim: 2, red: 31, green: 32, yellow: 33, cyan: 36 } as const
type Style = keyof typeof ANSI
type Paint = (style: Style, text: string) => string

const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', notice: 'cyan' }

/** The report for people: overrides first, then each origin with its findings, then the verdict. */
export function renderText(report: Report, options: TextOptions): string {
  const paint: Paint = options.color ? (style, text) => `\x1b[${ANSI[style]}m${text}\x1b[0m` : (_style, text) => text
  const lines = [paint('bold', `origin-preflight ${report.tool.version}`) + ` · config ${report.config}`]
  for (const override of report.overrides) lines.push(paint('yellow', `override: ${override}`))
  for (const origin of report.origins) {
    lines.push('', ...renderOrigin(origin, paint))
  }
  for (const fn of report.functions ?? []) lines.push('', ...renderFunction(fn, paint))
  lines.push('', renderVerdict(report, paint))
  return `${lines.join('\n')}\n`
}

function renderOrigin(origin: OriginReport, paint: Paint): string[] {
  const mark = origin.passed ? paint('green', '✔') : paint('red', '✖')
  const host = origin.hostHeader && origin.hostHeader !== origin.domain ? ` (Host ${origin.hostHeader})` : ''
  const addresses = origin.addresses.length > 0 ? origin.addresses.join(', ') : 'no addresses'
  const verdict = origin.passed ? paint('green', 'passed') : paint('red', 'failed')
  const counts = countFindings(origin.findings)
  const lines = [`${mark} ${paint('bold', origin.name)}  ${origin.domain}${host}  ${addresses}  ${verdict}${counts ? ` (${counts})` : ''}`]
  for (const target of origin.tls ?? []) lines.push(paint('dim', `  edge suites accepted at ${describeTlsTarget(target)}`))
  lines.push(...renderFindings(origin.findings, paint))
  return lines
}

/** `✖ auth  lambda-edge  viewer-request  edge/auth.js:3  failed (1 error)`, then its findings. */
function renderFunction(fn: FunctionReport, paint: Paint): string[] {
  const mark = fn.passed ? paint('green', '✔') : paint('red', '✖')
  const kind = fn.runtime ? `${fn.kind} ${fn.runtime}` : fn.kind
  const verdict = fn.passed ? paint('green', 'passed') : paint('red', 'failed')
  const counts = countFindings(fn.findings)
  return [
    `${mark} ${paint('bold', fn.name)}  ${kind}  ${fn.events.join(', ')}  ${fn.file}:${fn.line}  ${verdict}${counts ? ` (${counts})` : ''}`,
    ...renderFindings(fn.findings, paint),
  ]
}

function renderFindings(findings: readonly Finding[], paint: Paint): string[] {
  const lines: string[] = []
  for (const finding of findingsInOrder(findings)) {
    const where = describeWhere(finding)
    const severity = paint(SEVERITY_STYLE[finding.severity], finding.severity.toUpperCase())
    lines.push(`  ${severity} ${finding.code}${where ? ` ${where}` : ''}`)
    lines.push(`    ${finding.message}`)
    lines.push(paint('dim', `    → ${finding.remedy}`))
  }
  return lines
}

/** `3 origins` or `1 origin and 2 edge functions`: what the verdict covers. */
export function describeSubjects(report: Report): string {
  const { origins, functions } = report.summary
  return functions ? `${plural(origins, 'origin')} and ${plural(functions, 'edge function')}` : plural(origins, 'origin')
}

function renderVerdict(report: Report, paint: Paint): string {
  const { failed, errors, warnings, notices } = report.summary
  const totals = [plural(errors, 'error'), plural(warnings, 'warning'), plural(notices, 'notice')].join(', ')
  const failOn = report.failOn ? ` (fail-on ${report.failOn})` : ''
  if (report.passed) return `${paint('green', '✔ passed')}: ${describeSubjects(report)}, ${totals}${failOn}`
  return `${paint('red', '✖ failed')}: ${failed} of ${describeSubjects(report)}, ${totals}${failOn}`
}

/** Errors, then warnings, then notices; the checks' order is kept within each severity. */
export function findingsInOrder(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(bySeverity)
}

/** `2 errors, 1 warning`; empty when there are no findings. */
export function countFindings(findings: readonly Finding[]): string {
  const parts: string[] = []
  for (const severity of SEVERITIES) {
    const count = findings.filter((finding) => finding.severity === severity).length
    if (count > 0) parts.push(plural(count, severity))
  }
  return parts.join(', ')
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

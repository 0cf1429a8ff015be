import { createHash } from 'node:crypto'
import type { Finding, Severity } from '../findings/finding.js'
import { CATALOGUE, FINDING_CODES, type FindingCode } from '../findings/catalogue.js'
import type { FunctionReport, OriginReport, Report } from '../engine/report.js'
import { forTerminal } from '../text/escape.js'
import { entryLineOf } from '../findings/acceptance.js'

/** SARIF 2.1.0 (OASIS), the subset GitHub code scanning reads (`github/codeql-action/upload-sarif`). */
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json'

export interface SarifOptions {
  /** The config file as a URI relative to the repository root (forward slashes), or a `file:` URI. */
  configUri: string
  /** The config line a finding is about; default: the line that declares its origin. */
  lineOf?: (finding: Finding, origin: OriginReport) => number
  /**
   * Where a finding is about when it may be another file than the config (a source template): its URI
   * relative to the repository root, and line. Wins over `lineOf`.
   */
  placeOf?: (finding: Finding, origin: OriginReport) => { uri?: string; line: number }
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', notice: 'note' }

/**
 * One result per finding, located at the config line, and one rule per catalogue code (every code, so a
 * rule's index never changes between runs) with the catalogue's prose as help.
 */
export function renderSarif(report: Report, options: SarifOptions): string {
  const ruleIndex = new Map(FINDING_CODES.map((code, index) => [code, index]))
  const aboutOrigins = report.origins.flatMap((origin) =>
    origin.findings.map((finding) => sarifResult(finding, origin.configLine, ruleIndex.get(finding.code)!, options, origin)),
  )
  // Findings about the config point at the line of the entry they are about.
  const aboutConfig = (report.configFindings ?? []).map((finding) =>
    sarifResult(finding, entryLineOf(finding), ruleIndex.get(finding.code)!, options),
  )
  // An edge function's findings point at its code.
  const aboutFunctions = (report.functions ?? []).flatMap((fn) =>
    fn.findings.map((finding) => functionResult(finding, fn, ruleIndex.get(finding.code)!)),
  )
  const results = [...aboutOrigins, ...aboutConfig, ...aboutFunctions]
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            rules: FINDING_CODES.map(sarifRule),
          },
        },
        invocations: [
          {
            executionSuccessful: true,
            startTimeUtc: report.startedAt,
            endTimeUtc: new Date(Date.parse(report.startedAt) + report.durationMs).toISOString(),
          },
        ],
        results,
      },
    ],
  }
  return `${JSON.stringify(log, null, 2)}\n`
}

function sarifRule(code: FindingCode) {
  const entry = CATALOGUE[code]
  const levels = entry.allowed ?? [entry.severity]
  const severities = levels.length > 1 ? ` (${levels.join(' or ')}, by how close or how bad)` : ''
  return {
    id: code,
    name: pascalCase(code),
    shortDescription: { text: entry.title },
    fullDescription: { text: `${entry.title}: ${asText(entry.message)}` },
    help: {
      text: `${entry.title}${severities}.\nWhat is reported: ${asText(entry.message)}\nRemedy: ${asText(entry.remedy)}`,
      markdown:
        `**${entry.title}**${severities}\n\nWhat is reported: ${asMarkdown(entry.message)}\n\n` + `**Remedy:** ${asMarkdown(entry.remedy)}`,
    },
    defaultConfiguration: { level: LEVEL[entry.severity] },
    properties: { tags: ['origin-preflight', ...(entry.cause === '-' ? [] : entry.cause.split('/'))] },
  }
}

function sarifResult(finding: Finding, line: number, ruleIndex: number, options: SarifOptions, origin?: OriginReport) {
  const place = origin && options.placeOf?.(finding, origin)
  const startLine = place?.line ?? (origin && options.lineOf?.(finding, origin)) ?? line
  const uri = place?.uri ?? options.configUri
  const where: Record<string, string | number> = {}
  if (finding.address !== undefined) where['address'] = finding.address
  if (finding.port !== undefined) where['port'] = finding.port
  if (finding.name !== undefined) where['name'] = finding.name
  return {
    ruleId: finding.code,
    ruleIndex,
    level: LEVEL[finding.severity],
    // Code scanning shows the text as is: one line, no control character from the origin.
    message: { text: forTerminal(`${finding.message} ${finding.remedy}`) },
    locations: [
      {
        physicalLocation: { artifactLocation: { uri }, region: { startLine } },
        logicalLocations: [{ name: forTerminal(finding.origin), kind: 'resource' }],
      },
    ],
    // The same code on the same line (two refusing addresses of one origin) must stay two alerts.
    partialFingerprints: { 'originPreflightFinding/v1': fingerprint(finding) },
    properties: {
      origin: finding.origin,
      check: finding.check,
      ...where,
      details: finding.details,
      ...(finding.accepted ? { accepted: finding.accepted } : {}),
    },
    // Code scanning shows an accepted finding as dismissed, with the team's reason.
    ...(finding.accepted ? { suppressions: [{ kind: 'external', justification: finding.accepted.reason }] } : {}),
  }
}

/** An edge function's finding: at its code's file (repository-relative) and the finding's line. */
function functionResult(finding: Finding, fn: FunctionReport, ruleIndex: number) {
  return {
    ruleId: finding.code,
    ruleIndex,
    level: LEVEL[finding.severity],
    message: { text: forTerminal(`${finding.message} ${finding.remedy}`) },
    locations: [
      {
        physicalLocation: { artifactLocation: { uri: finding.file ?? fn.file }, region: { startLine: finding.line ?? fn.line } },
        logicalLocations: [{ name: forTerminal(fn.name), kind: 'function' }],
      },
    ],
    partialFingerprints: { 'originPreflightFinding/v1': fingerprint(finding) },
    properties: { function: fn.name, kind: fn.kind, check: finding.check, details: finding.details },
  }
}

function fingerprint(finding: Finding): string {
  // Two entries about the config differ by what they accept and until when; an edge function's findings
  // by line and event (one code at one line on two events: two alerts).
  const entry = finding.check === 'config' ? [JSON.stringify([finding.details['code'], finding.details['until']])] : []
  const event = JSON.stringify(finding.details['event'] ?? '')
  const site = finding.check === 'edge-function' ? [finding.file ?? '', finding.line ?? '', event] : []
  const key = [finding.code, finding.origin, finding.address ?? '', finding.port ?? '', finding.name ?? '', ...entry, ...site].join(
    '\u0000',
  )
  return createHash('sha256').update(key).digest('hex').slice(0, 32)
}

/** `CERT_NAME_MISMATCH` → `CertNameMismatch`. */
function pascalCase(code: string): string {
  return code
    .toLowerCase()
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('')
}

/** Catalogue templates name their fields `{like this}`; in help text they read as `<like this>`. */
function asText(template: string): string {
  return template.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, '<$1>')
}

function asMarkdown(template: string): string {
  return template.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, '`$1`')
}

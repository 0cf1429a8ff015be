import { createHash } from 'node:crypto'
import type { Finding, Severity } from '../findings/finding.js'
import { CATALOGUE, FINDING_CODES, type FindingCode } from '../findings/catalogue.js'
import type { FunctionReport, OriginReport, Report } from './types.js'

/** SARIF 2.1.0 (OASIS), the subset GitHub code scanning reads (`github/codeql-action/upload-sarif`). */
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json'

export interface SarifOptions {
  /** The config file as a URI relative to the repository root (forward slashes), or a `file:` URI. */
  configUri: string
  /** The config line a finding is about; default: the line that declares its origin. */
  lineOf?: (finding: Finding, origin: OriginReport) => number
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', notice: 'note' }

/**
 * One result per finding, located at the config line, and one rule per catalogue code (every code, so a
 * rule's index never changes between runs) with the catalogue's prose as help.
 */
export function renderSarif(report: Report, options: SarifOptions): string {
  const ruleIndex = new Map(FINDING_CODES.map((code, index) => [code, index]))
  const results = [
    ...report.origins.flatMap((origin) => origin.findings.map((finding) => sarifResult(finding, origin, ruleIndex.get(finding.code)!, options))),
    ...(report.functions ?? []).flatMap((fn) => fn.findings.map((finding) => functionResult(finding, fn, ruleIndex.get(finding.code)!))),
  ]
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
      markdown: `**${entry.title}**${severities}\n\nWhat is reported: ${asMarkdown(entry.message)}\n\n**Remedy:** ${asMarkdown(entry.remedy)}`,
    },
    defaultConfiguration: { level: LEVEL[entry.severity] },
    properties: { tags: ['origin-preflight', ...(entry.cause === '-' ? [] : entry.cause.split('/'))] },
  }
}

function sarifResult(finding: Finding, origin: OriginReport, ruleIndex: number, options: SarifOptions) {
  const startLine = options.lineOf?.(finding, origin) ?? origin.configLine
  const where: Record<string, string | number> = {}
  if (finding.address !== undefined) where['address'] = finding.address
  if (finding.port !== undefined) where['port'] = finding.port
  if (finding.name !== undefined) where['name'] = finding.name
  return {
    ruleId: finding.code,
    ruleIndex,
    level: LEVEL[finding.severity],
    message: { text: `${finding.message} ${finding.remedy}` },
    locations: [
      {
        physicalLocation: { artifactLocation: { uri: options.configUri }, region: { startLine } },
        logicalLocations: [{ name: finding.origin, kind: 'resource' }],
      },
    ],
    // The same code on the same line (two refusing addresses of one origin) must stay two alerts.
    partialFingerprints: { 'originPreflightFinding/v1': fingerprint(finding) },
    properties: { origin: finding.origin, check: finding.check, ...where, details: finding.details },
  }
}

/** An edge function's finding: at its code's file (repository-relative) and the finding's line. */
function functionResult(finding: Finding, fn: FunctionReport, ruleIndex: number) {
  return {
    ruleId: finding.code,
    ruleIndex,
    level: LEVEL[finding.severity],
    message: { text: `${finding.message} ${finding.remedy}` },
    locations: [
      {
        physicalLocation: { artifactLocation: { uri: finding.file ?? fn.file }, region: { startLine: finding.line ?? fn.line } },
        logicalLocations: [{ name: fn.name, kind: 'function' }],
      },
    ],
    partialFingerprints: { 'originPreflightFinding/v1': fingerprint(finding) },
    properties: { function: fn.name, kind: fn.kind, check: finding.check, details: finding.details },
  }
}

function fingerprint(finding: Finding): string {
  const parts: (string | number)[] = [finding.code, finding.origin, finding.address ?? '', finding.port ?? '', finding.name ?? '']
  // An edge function's findings differ by line and event (one code at one line on two events: two alerts).
  if (finding.check === 'edge-function') parts.push(finding.file ?? '', finding.line ?? '', String(finding.details['event'] ?? ''))
  const key = parts.join('\u0000')
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

/**
 * JSON Schema (draft 2020-12) of the JSON report, built from the report's types: every field of
 * `Report`, `OriginReport`, `FunctionReport`, `Finding` and `TlsTargetReport` must appear here (the mapped types below
 * fail to compile otherwise). `npm run schema` writes it to schema/report.schema.json; the action
 * checks a report another run wrote (the fork pattern) against it before rendering a byte of it.
 */

import type { JsonObject } from '../json.js'
import { FINDING_CODES, SEVERITIES } from '../findings/catalogue.js'
import type { Accepted, Finding } from '../findings/finding.js'
import { CHECK_FAMILIES, EDGES, FAIL_ON } from '../vocabulary.js'
import type { FunctionReport, OriginReport, Report, TlsTargetReport, TlsVersionReport } from '../engine/report.js'
import { CLOUDFRONT_RUNTIMES, EDGE_EVENTS, EDGE_FUNCTION_KINDS } from '../edge-functions/types.js'

export const REPORT_SCHEMA_ID = 'urn:origin-preflight:report:1'

/** Names, messages and remedies are short; a report field far longer than this was not written by the gate. */
const MAX_TEXT = 16_384
const MAX_NAME = 1_024

type Shape<T> = { [K in keyof Required<T>]: JsonObject }

const text = (maxLength = MAX_TEXT): JsonObject => ({ type: 'string', maxLength })
const count: JsonObject = { type: 'integer', minimum: 0 }
const ms: JsonObject = { type: 'number', minimum: 0 }
const list = (items: JsonObject): JsonObject => ({ type: 'array', items })
const oneOf = (values: readonly string[]): JsonObject => ({ type: 'string', enum: [...values] })
/** ISO 8601 UTC as `Date#toISOString` writes it. */
const timestamp: JsonObject = { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,3})?Z$' }
/** Facts only, rendered nowhere but the JSON and SARIF properties. */
const anyObject: JsonObject = { type: 'object' }

function object<T>(properties: Shape<T>, optional: readonly (keyof T)[] = []): JsonObject {
  const required = Object.keys(properties).filter((key) => !optional.includes(key as keyof T))
  return { type: 'object', additionalProperties: false, required, properties }
}

const tlsVersion = object<TlsVersionReport>(
  {
    version: text(32),
    accepted: { type: 'boolean' },
    suites: list(text(128)),
    offered: count,
    untested: list(text(128)),
    outcome: text(MAX_NAME),
  },
  ['untested', 'outcome'],
)

const tlsTarget = object<TlsTargetReport>(
  {
    address: text(64),
    port: { type: 'integer', minimum: 0, maximum: 65535 },
    name: text(MAX_NAME),
    versions: list(tlsVersion),
    originAlsoSpeaks: list(text(32)),
    probes: count,
    ms,
  },
  ['name', 'originAlsoSpeaks'],
)

/** A file (repository-relative) and a 1-based line: where a finding or an origin is declared. */
const place = object<{ file: string; line: number }>({ file: text(), line: { type: 'integer', minimum: 1 } })

const finding = object<Finding>(
  {
    code: oneOf(FINDING_CODES),
    severity: oneOf(SEVERITIES),
    check: oneOf([...CHECK_FAMILIES, 'config', 'source', 'edge-function']),
    origin: text(MAX_NAME),
    message: text(),
    remedy: text(),
    address: text(64),
    port: { type: 'integer', minimum: 0, maximum: 65535 },
    name: text(MAX_NAME),
    function: text(MAX_NAME),
    file: text(4096),
    line: { type: 'integer', minimum: 1 },
    details: anyObject,
    accepted: object<Accepted>({ reason: text(), until: { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' } }),
    location: place,
  },
  ['address', 'port', 'name', 'function', 'file', 'line', 'accepted', 'location'],
)

const edgeFunction = object<FunctionReport>(
  {
    name: text(MAX_NAME),
    kind: oneOf(EDGE_FUNCTION_KINDS),
    runtime: oneOf(CLOUDFRONT_RUNTIMES),
    file: text(4096),
    line: { type: 'integer', minimum: 1 },
    events: list(oneOf(EDGE_EVENTS)),
    passed: { type: 'boolean' },
    durationMs: ms,
    findings: list(finding),
  },
  ['runtime'],
)

const certificate = object<NonNullable<OriginReport['certificate']>>(
  { notAfter: timestamp, daysLeft: { type: 'integer' }, names: list(text(MAX_NAME)), subject: text(), warnDays: count, failDays: count },
  ['warnDays', 'failDays'],
)

const origin = object<OriginReport>(
  {
    name: text(MAX_NAME),
    domain: text(MAX_NAME),
    hostHeader: text(MAX_NAME),
    hostHeaders: list(text(MAX_NAME)),
    declaredIn: place,
    edge: oneOf(EDGES),
    passed: { type: 'boolean' },
    configLine: { type: 'integer', minimum: 1 },
    durationMs: ms,
    addresses: list(text(64)),
    checks: list(oneOf(CHECK_FAMILIES)),
    certificate,
    dns: anyObject,
    findings: list(finding),
    tls: list(tlsTarget),
  },
  ['hostHeader', 'hostHeaders', 'declaredIn', 'certificate', 'dns', 'tls'],
)

const summary: JsonObject = {
  type: 'object',
  additionalProperties: false,
  required: ['origins', 'failed', 'errors', 'warnings', 'notices'],
  properties: { origins: count, functions: count, failed: count, errors: count, warnings: count, notices: count, accepted: count },
}

export function generateReportSchema(): JsonObject {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: REPORT_SCHEMA_ID,
    title: 'origin-preflight report',
    ...object<Report>(
      {
        version: { const: 1 },
        tool: {
          type: 'object',
          additionalProperties: false,
          required: ['name', 'version'],
          properties: { name: { const: 'origin-preflight' }, version: { type: 'string', pattern: '^[0-9A-Za-z.+-]{1,64}$' } },
        },
        startedAt: timestamp,
        durationMs: ms,
        passed: { type: 'boolean' },
        failOn: oneOf(FAIL_ON),
        config: text(4096),
        overrides: list(text(MAX_NAME)),
        summary,
        origins: list(origin),
        configDigest: { type: 'string', pattern: '^sha256:[0-9a-f]{64}$' },
        shard: object<NonNullable<Report['shard']>>(
          { index: { type: 'integer', minimum: 1 }, count: { type: 'integer', minimum: 1 }, unusedAccept: list(finding) },
          ['unusedAccept'],
        ),
        configFindings: list(finding),
        functions: list(edgeFunction),
        merged: object<NonNullable<Report['merged']>>({ shards: { type: 'integer', minimum: 1 } }),
      },
      ['failOn', 'configDigest', 'shard', 'merged', 'configFindings', 'functions'],
    ),
  }
}

export function reportSchemaText(): string {
  return `${JSON.stringify(generateReportSchema(), null, 2)}\n`
}

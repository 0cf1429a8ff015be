import { readFileSync, statSync } from 'node:fs'
import { PreflightError } from '../errors.js'
import { isFindingCode } from '../findings/catalogue.js'
import type { Report } from '../report/types.js'

export class ReportFileError extends PreflightError {
  override readonly code = 'OP_ERR_REPORT_FILE'
}

/** A JSON report of tens of thousands of origins stays well below this. */
const MAX_REPORT_BYTES = 64 * 1024 * 1024

/**
 * Reads a JSON report written by another run (the `workflow_run` pattern downloads it as an artifact a
 * fork's workflow produced): size-capped and checked field by field before anything renders it.
 */
export function readReportFile(file: string): Report {
  let text: string
  try {
    if (statSync(file).size > MAX_REPORT_BYTES) throw new ReportFileError(`${file} is larger than ${MAX_REPORT_BYTES} bytes`)
    text = readFileSync(file, 'utf8')
  } catch (error) {
    if (error instanceof ReportFileError) throw error
    throw new ReportFileError(`cannot read the report ${file}: ${(error as Error).message}`)
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new ReportFileError(`${file} is not JSON`)
  }
  const problem = reportProblem(value)
  if (problem) throw new ReportFileError(`${file} is not an origin-preflight report (version 1): ${problem}`)
  return value as Report
}

type Check = (value: unknown) => boolean
const isString: Check = (value) => typeof value === 'string'
const isNumber: Check = (value) => typeof value === 'number' && Number.isFinite(value)
const isBoolean: Check = (value) => typeof value === 'boolean'
const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value)
const listOf = (check: Check): Check => (value) => Array.isArray(value) && value.every(check)
const isCount: Check = (value) => Number.isInteger(value) && (value as number) >= 1
const isShard: Check = (value) => isObject(value) && isCount(value['index']) && isCount(value['count']) && (value['index'] as number) <= (value['count'] as number)
const optional = (check: Check): Check => (value) => value === undefined || check(value)

/** The first field that does not have the type the renderers rely on, or undefined. */
export function reportProblem(value: unknown): string | undefined {
  if (!isObject(value)) return 'not an object'
  if (value['version'] !== 1) return 'version is not 1'
  const top = fieldProblem(value, {
    passed: isBoolean, config: isString, overrides: listOf(isString), startedAt: isString, durationMs: isNumber, failOn: optional(isString),
    configDigest: optional(isString), shard: optional(isShard),
  })
  if (top) return top
  if (!isObject(value['tool']) || !isString(value['tool']['version'])) return 'tool.version'
  const summary = value['summary']
  if (!isObject(summary)) return 'summary'
  const counts = fieldProblem(summary, {
    origins: isNumber, failed: isNumber, errors: isNumber, warnings: isNumber, notices: isNumber, accepted: optional(isNumber),
  })
  if (counts) return `summary.${counts}`
  const configFindings = value['configFindings']
  if (configFindings !== undefined) {
    if (!Array.isArray(configFindings)) return 'configFindings'
    const bad = findingsProblem(configFindings)
    if (bad) return `configFindings${bad}`
  }
  if (!Array.isArray(value['origins'])) return 'origins'
  for (const [index, origin] of value['origins'].entries()) {
    const problem = originProblem(origin)
    if (problem) return `origins[${index}].${problem}`
  }
  return undefined
}

function originProblem(origin: unknown): string | undefined {
  if (!isObject(origin)) return 'not an object'
  const problem = fieldProblem(origin, {
    name: isString, domain: isString, hostHeader: optional(isString), passed: isBoolean, configLine: isNumber,
    addresses: listOf(isString), checks: listOf(isString), findings: Array.isArray,
  })
  if (problem) return problem
  const certificate = origin['certificate']
  if (certificate !== undefined) {
    if (!isObject(certificate)) return 'certificate'
    const bad = fieldProblem(certificate, { notAfter: isString, daysLeft: isNumber })
    if (bad) return `certificate.${bad}`
  }
  const bad = findingsProblem(origin['findings'] as unknown[])
  return bad ? `findings${bad}` : undefined
}

const isAccepted: Check = (value) => isObject(value) && isString(value['reason']) && isString(value['until'])

/** `[index].field` of the first finding the renderers could not render, or undefined. */
function findingsProblem(findings: readonly unknown[]): string | undefined {
  for (const [index, finding] of findings.entries()) {
    if (!isObject(finding)) return `[${index}]`
    const bad = fieldProblem(finding, {
      code: (code) => isString(code) && isFindingCode(code as string),
      severity: (severity) => severity === 'error' || severity === 'warning' || severity === 'notice',
      origin: isString, message: isString, remedy: isString,
      address: optional(isString), port: optional(isNumber), name: optional(isString), details: isObject, accepted: optional(isAccepted),
    })
    if (bad) return `[${index}].${bad}`
  }
  return undefined
}

function fieldProblem(value: Record<string, unknown>, fields: Record<string, Check>): string | undefined {
  return Object.entries(fields).find(([key, check]) => !check(value[key]))?.[0]
}

import { readFileSync, statSync } from 'node:fs'
import { PreflightError } from '../errors.js'
import { generateReportSchema } from '../report/schema.js'
import { schemaProblem } from '../report/schema-check.js'
import type { Report } from '../engine/report.js'

export class ReportFileError extends PreflightError {
  override readonly code = 'OP_ERR_REPORT_FILE'
}

/** A JSON report of tens of thousands of origins stays well below this. */
const MAX_REPORT_BYTES = 64 * 1024 * 1024

/**
 * Reads a JSON report written by another run (the `workflow_run` pattern downloads it as an artifact a
 * fork's workflow produced): size-capped and checked against the report's JSON Schema (every field, its type, its
 * vocabulary, its length) before anything renders it: a fork chooses every byte of it.
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
    // Also a RangeError on absurd nesting: still not a report.
    throw new ReportFileError(`${file} is not JSON`)
  }
  const problem = reportProblem(value)
  if (problem) throw new ReportFileError(`${file} is not an origin-preflight report (version 1): ${problem}`)
  return value as Report
}

const SCHEMA = generateReportSchema()

/** Where the value breaks schema/report.schema.json (`origins[0].findings[1].code: must be one of ...`), or undefined. */
export function reportProblem(value: unknown): string | undefined {
  return schemaProblem(value, SCHEMA)
}

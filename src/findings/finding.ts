import type { JsonObject } from '../json.js'
import type { CheckFamily } from '../vocabulary.js'
import type { FindingCode, Severity } from './catalogue.js'

export type { FindingCode, Severity }

/** What a check emits: a code and its evidence. Prose and default severity come from the catalogue. */
export interface FindingDraft {
  code: FindingCode
  /** Only where the catalogue lists two severities for the code. */
  severity?: Severity
  address?: string
  port?: number
  /** The SNI / Host name the finding is about. */
  name?: string
  details: JsonObject
}

/** Findings made by reading the sources, without a network, report under this check. */
export type FindingCheck = CheckFamily | 'source'

/** A finding as reported (docs/report.md). */
export interface Finding {
  code: FindingCode
  severity: Severity
  check: FindingCheck
  origin: string
  message: string
  remedy: string
  address?: string
  port?: number
  name?: string
  details: JsonObject
  /** Where a source file says what the finding is about (file relative to the repository root). */
  location?: { file: string; line: number }
}

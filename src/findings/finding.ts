import type { JsonObject } from '../json.js'
import type { FindingCheck } from '../vocabulary.js'
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

/** A finding as reported (docs/report.md). */
export interface Finding {
  code: FindingCode
  severity: Severity
  check: FindingCheck
  /** The origin's name; for `check: 'edge-function'`, the function's (also in `function`). */
  origin: string
  /** Edge-function findings: the function, and the file (repository-relative) and line of the code concerned. */
  function?: string
  file?: string
  line?: number
  message: string
  remedy: string
  address?: string
  port?: number
  name?: string
  details: JsonObject
}

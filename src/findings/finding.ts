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
  accepted?: Accepted
}

/** Where an `accept` entry of the config covers a finding: it is reported, but never fails the gate. */
export interface Accepted {
  reason: string
  /** `YYYY-MM-DD`, the last day the entry applies. */
  until: string
}

/**
 * What judged a finding: a check family, the config itself, reading the sources without a network, or
 * running an edge function's code; only the families are what `checks.skip` and `--only` select.
 */
export type FindingCheck = CheckFamily | 'config' | 'source' | 'edge-function'

/** A finding as reported (docs/report.md). */
export interface Finding {
  code: FindingCode
  severity: Severity
  /**
   * The family that judged it; `config` for findings about the config file itself, `source` for those
   * made by reading the sources, `edge-function` for an edge function's code.
   */
  check: FindingCheck
  /**
   * The origin; for a `config` finding, the origin pattern of the config entry it is about; for
   * `edge-function`, the function (also in `function`).
   */
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
  /** Where a source file says what the finding is about (file relative to the repository root). */
  location?: { file: string; line: number }
  accepted?: Accepted
}

import type { Severity } from './severity.js'

/** The sections of docs/causes.md, or '-' for findings about the config and the gate itself. */
export type CauseId = 'C1' | 'C2' | 'C3' | 'C4' | 'C5' | 'C6' | 'C7' | 'C8' | 'C1/C3' | 'C2/C3' | '-'

/**
 * Wording that depends on a fact: `{name}` in a template becomes `is[value]` of the first `by` key the
 * details carry (`is['*']` for any other value; `is['-']`, else `is['*']`, when none is present), itself a template.
 */
export interface Phrase {
  by: string | readonly string[]
  is: Readonly<Record<string, string>>
}

/** One code of the catalogue: its severities and its prose, the only prose a finding has. */
export interface CatalogueEntry {
  severity: Severity
  /** Every severity the code can take, whoever chooses it (a check, or the edge's profile); absent: only `severity`. */
  allowed?: readonly Severity[]
  cause: CauseId
  title: string
  /**
   * `{key}` names a field of the finding (`origin`, `address`, `port`, `name`), a key of its details
   * (dotted for nested ones), or a phrase.
   */
  message: string
  remedy: string
  phrases?: Readonly<Record<string, Phrase>>
}

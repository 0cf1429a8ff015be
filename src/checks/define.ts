import type { OriginConfig } from '../config/types.js'
import type { TrustStore } from '../cert/trust.js'
import type { EdgeProfile } from '../edges/types.js'
import type { FindingCode, FindingDraft } from '../findings/finding.js'
import type { ObservationKey, Observations } from '../probes/observations.js'
import type { CheckFamily } from '../vocabulary.js'

export interface CheckContext {
  origin: OriginConfig
  edge: EdgeProfile
  trust: TrustStore
  /** The only clock a check may read. */
  now: Date
}

/**
 * One check: what it reads, what it may say, and the pure function from the one to the other. The engine
 * plans probes from the union of the selected checks' `needs` and hands each check only that slice.
 */
export interface Check<N extends ObservationKey = ObservationKey> {
  /** Stable id; the file under src/checks/ has this name. */
  id: string
  /** The family `checks.skip` and `--only` select, and the finding's `check` field. */
  family: CheckFamily
  /**
   * Families that depend on what this check judges. It also runs when only they run: a refused port or
   * a failed lookup is why nothing else could be judged, and a gate must never pass in silence.
   */
  prerequisiteOf?: readonly CheckFamily[]
  /** The observations it reads. */
  needs: readonly N[]
  /** Every code it may emit; the engine refuses any other. */
  codes: readonly FindingCode[]
  run(observations: Pick<Observations, N>, context: CheckContext): FindingDraft[]
}

/** Infers `N` from `needs`, so `run` sees only those keys. */
export function defineCheck<const N extends ObservationKey>(check: Check<N>): Check<N> {
  return check
}

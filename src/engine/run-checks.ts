import type { Check, CheckContext } from '../checks/define.js'
import { CHECKS } from '../checks/registry.js'
import type { Finding, FindingDraft } from '../findings/finding.js'
import { toFinding } from '../findings/to-finding.js'
import type { ObservationKey, Observations } from '../probes/observations.js'
import type { CheckFamily } from '../vocabulary.js'

/** The checks that run for these families: theirs, and those that are a prerequisite of one of them. */
export function checksFor(families: ReadonlySet<CheckFamily>): Check[] {
  return CHECKS.filter((check) => families.has(check.family) || check.prerequisiteOf?.some((f) => families.has(f)))
}

/**
 * What the probes must observe for these families: the union of the needs of their own checks. A check
 * that runs only as a prerequisite judges what was observed anyway (a walk made to find the addresses, a
 * connection made for TLS), and never adds a probe of its own.
 */
export function needsOf(checks: readonly Check[], families: ReadonlySet<CheckFamily>): Set<ObservationKey> {
  return new Set(checks.filter((check) => families.has(check.family)).flatMap((check) => check.needs))
}

/**
 * Runs each check on its slice of the observations. A check that throws, or says a code it did not
 * declare, is a PROBE_ERROR: a gate must not pass because a check broke.
 */
export function runChecks(checks: readonly Check[], observations: Observations, context: CheckContext): Finding[] {
  const policy = context.edge.severityPolicy
  return checks.flatMap((check) => {
    let drafts: FindingDraft[]
    try {
      drafts = check
        .run(sliceFor(check, observations), context)
        .map((draft) =>
          check.codes.includes(draft.code)
            ? draft
            : { code: 'PROBE_ERROR', details: { step: check.id, error: `undeclared finding code ${draft.code}` } },
        )
    } catch (error) {
      drafts = [{ code: 'PROBE_ERROR', details: { step: check.id, error: String((error as Error)?.message ?? error) } }]
    }
    return drafts.map((draft) => toFinding(draft, context.origin.name, check.family, policy))
  })
}

/** Only the observations the check declared: reading another is a type error, and absent at run time. */
export function sliceFor<N extends ObservationKey>(check: Check<N>, observations: Observations): Pick<Observations, N> {
  const slice: Partial<Observations> = {}
  for (const key of check.needs) Object.assign(slice, { [key]: observations[key] })
  return slice as Pick<Observations, N>
}

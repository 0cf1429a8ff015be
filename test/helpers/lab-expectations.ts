import { SCENARIOS } from '../../src/lab/scenarios.js'
import type { Severity } from '../../src/findings/finding.js'

/** What the whole lab must report, derived from its scenarios so that new planted faults need no edit here. */
export const LAB = {
  origins: SCENARIOS.length,
  failing: SCENARIOS.filter((s) => s.expect.some((e) => e.severity === 'error')).map((s) => s.name),
  count: (severity: Severity) => SCENARIOS.flatMap((s) => s.expect).filter((e) => e.severity === severity).length,
  /** The verdict line of the markdown report. */
  verdict: () => `**✖ Failed: ${LAB.failing.length} of ${SCENARIOS.length} origins would fail at the edge**`,
}

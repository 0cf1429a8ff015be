import { describe, expect, it } from 'vitest'
import { FINDING_CODES, type FindingCode } from '../../../src/findings/catalogue.js'
import { FUNCTION_SCENARIOS, SOURCE_FUNCTION_SCENARIOS } from '../../../src/lab/function-scenarios.js'
import { SCENARIOS } from '../../../src/lab/scenarios.js'
import { PLANTED_STATIC } from '../../../src/lab/source-files.js'

/** Every code some planted origin, planted edge function or planted source must produce. */
const planted = new Set([
  ...[...SCENARIOS, ...FUNCTION_SCENARIOS].flatMap((s) => s.expect.map((e) => e.code)),
  ...PLANTED_STATIC.flatMap((o) => (o.expect ? [o.expect.code] : [])),
  ...SOURCE_FUNCTION_SCENARIOS.flatMap((s) => s.expect.map((e) => e.code)),
])

/**
 * Codes loopback cannot produce in the lab, each with the reason and where it is proven instead. Keep it
 * short: a new code belongs in the lab unless the machine running the gate cannot stage it.
 */
const NOT_IN_THE_LAB: Partial<Record<FindingCode, string>> = {
  // About the config file, not an origin: test/unit/config and test/e2e/cli.test.ts.
  CONFIG_INVALID: 'the lab config is valid by construction',
  // The lab is in-process Node, which always accepts: test/unit/checks/ports.test.ts uses a full-backlog listener.
  PORT_TIMEOUT: 'needs a listener whose backlog is full',
  // 127.0.0.0/8 always routes: no unreachable host exists on loopback.
  PORT_UNREACHABLE: 'needs a network without a route',
  // About the config, not an origin: test/unit/findings/acceptance.test.ts and test/unit/engine/acceptance.test.ts.
  ACCEPTANCE_EXPIRED: 'about an accept entry of the config, not an origin',
  ACCEPTANCE_UNUSED: 'about an accept entry of the config, not an origin',
  // Needs a port that fails a connect and accepts the next within one probe: test/unit/checks/ports.test.ts stages it
  // with a listener whose accept queue is full, then drained.
  PORT_FLAKY: 'needs a port that fails and then answers within one probe',
  // A fault of the gate itself; test/unit/engine/run-checks.test.ts makes a check throw.
  PROBE_ERROR: 'a check that breaks',
  // The lab's sources are generated, so they parse; test/unit/engine/static-findings.test.ts reads one that does not.
  SOURCE_INVALID: 'a source file that does not parse',
}

describe('the lab covers the catalogue', () => {
  it('has a planted origin or function for every code, or says why loopback cannot stage it', () => {
    const uncovered = FINDING_CODES.filter((code) => !planted.has(code) && NOT_IN_THE_LAB[code] === undefined)
    expect(uncovered).toEqual([])
  })

  it('keeps the allow-list honest: nothing on it that the lab does plant, nothing that is not a code', () => {
    for (const code of Object.keys(NOT_IN_THE_LAB)) {
      expect(FINDING_CODES, code).toContain(code)
      expect(planted.has(code as FindingCode), `${code} is planted: take it off the allow-list`).toBe(false)
    }
  })
})

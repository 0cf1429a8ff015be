import { describe, expect, it } from 'vitest'
import { judgeLab, renderVerdicts } from '../../../src/lab/scenario-outcome.js'
import type { Scenario } from '../../../src/lab/scenarios.js'
import { toFinding } from '../../../src/findings/to-finding.js'
import type { Report } from '../../../src/report/types.js'

const scenarios: Scenario[] = [
  { name: 'healthy', fault: 'none', domain: 'h.test', tls: { kind: 'none' }, expect: [] },
  { name: 'two', fault: 'bad second address', domain: 't.test', tls: { kind: 'none' }, expect: [{ code: 'PORT_REFUSED', severity: 'error', address: '127.0.0.2' }] },
]

function report(findings: Record<string, Parameters<typeof toFinding>[0][]>): Report {
  return {
    version: 1, tool: { name: 'origin-preflight', version: '0' }, startedAt: '', durationMs: 0, passed: false, config: 'c', overrides: [],
    summary: { origins: 2, failed: 0, errors: 0, warnings: 0, notices: 0 },
    origins: Object.entries(findings).map(([name, list]) => ({
      name, domain: name, edge: 'cloudfront', passed: true, configLine: 1, durationMs: 0, addresses: [], checks: [],
      findings: list.map((o) => toFinding(o, name, 'ports')),
    })),
  }
}

describe('judgeLab', () => {
  it('counts a fault caught only with its exact code, severity and address', () => {
    const verdicts = judgeLab(report({ healthy: [], two: [{ code: 'PORT_REFUSED', address: '127.0.0.2', port: 1, details: {} }] }), scenarios)
    expect(verdicts.map((v) => v.caught)).toEqual([true, true])
  })

  it('misses a fault reported at the wrong address, and flags a noisy healthy origin', () => {
    const verdicts = judgeLab(report({
      healthy: [{ code: 'TLS_SNI_REQUIRED', details: {} }],
      two: [{ code: 'PORT_REFUSED', address: '127.0.0.1', port: 1, details: {} }],
    }), scenarios)
    expect(verdicts.map((v) => v.caught)).toEqual([false, false])
    expect(verdicts[1]!.reported).toEqual(['PORT_REFUSED/error@127.0.0.1'])
    expect(renderVerdicts(verdicts)).toContain('lab: 0/2 scenarios as expected')
  })

  it('misses a fault whose origin is absent from the report', () => {
    expect(judgeLab(report({ healthy: [] }), scenarios)[1]!.caught).toBe(false)
  })
})

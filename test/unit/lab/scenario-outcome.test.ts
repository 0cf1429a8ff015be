import { describe, expect, it } from 'vitest'
import { judgeLab, renderVerdicts } from '../../../src/lab/scenario-outcome.js'
import type { Scenario } from '../../../src/lab/scenarios.js'
import { toFinding } from '../../../src/findings/to-finding.js'
import type { Report } from '../../../src/engine/report.js'
import { edgeFunctionFinding } from '../../../src/engine/run-functions.js'
import type { FunctionScenario } from '../../../src/lab/function-scenarios.js'

const scenarios: Scenario[] = [
  { name: 'healthy', fault: 'none', domain: 'h.test', tls: { kind: 'none' }, expect: [] },
  {
    name: 'two',
    fault: 'bad second address',
    domain: 't.test',
    tls: { kind: 'none' },
    expect: [{ code: 'PORT_REFUSED', severity: 'error', address: '127.0.0.2' }],
  },
]

function report(findings: Record<string, Parameters<typeof toFinding>[0][]>): Report {
  return {
    version: 1,
    tool: { name: 'origin-preflight', version: '0' },
    startedAt: '',
    durationMs: 0,
    passed: false,
    config: 'c',
    overrides: [],
    summary: { origins: 2, failed: 0, errors: 0, warnings: 0, notices: 0 },
    origins: Object.entries(findings).map(([name, list]) => ({
      name,
      domain: name,
      edge: 'cloudfront',
      passed: true,
      configLine: 1,
      durationMs: 0,
      addresses: [],
      checks: [],
      findings: list.map((o) => toFinding(o, name, 'ports')),
    })),
  }
}

describe('judgeLab', () => {
  it('counts a fault caught only with its exact code, severity and address', () => {
    const verdicts = judgeLab(
      report({ healthy: [], two: [{ code: 'PORT_REFUSED', address: '127.0.0.2', port: 1, details: {} }] }),
      scenarios,
    )
    expect(verdicts.map((v) => v.caught)).toEqual([true, true])
  })

  it('misses a fault reported at the wrong address, and flags a noisy healthy origin', () => {
    const verdicts = judgeLab(
      report({
        healthy: [{ code: 'TLS_SNI_REQUIRED', details: {} }],
        two: [{ code: 'PORT_REFUSED', address: '127.0.0.1', port: 1, details: {} }],
      }),
      scenarios,
    )
    expect(verdicts.map((v) => v.caught)).toEqual([false, false])
    expect(verdicts[1]!.reported).toEqual(['PORT_REFUSED/error@127.0.0.1'])
    expect(renderVerdicts(verdicts)).toContain('lab: 0/2 scenarios as expected')
  })

  it('misses a fault whose origin is absent from the report', () => {
    expect(judgeLab(report({ healthy: [] }), scenarios)[1]!.caught).toBe(false)
  })
})

describe('judgeLab over planted functions', () => {
  const planted: FunctionScenario[] = [
    { name: 'ok', fault: 'none', kind: 'cloudfront-function', events: ['viewer-request'], source: '', expect: [] },
    {
      name: 'bad',
      fault: 'throws',
      kind: 'lambda-edge',
      events: ['viewer-request'],
      source: '',
      expect: [{ code: 'EDGE_FUNCTION_THREW', severity: 'error', line: 3 }],
    },
  ]
  const withFunctions = (threwAt: number, okFindings = 0): Report => {
    const threw = (fn: string, line: number) =>
      edgeFunctionFinding({
        code: 'EDGE_FUNCTION_THREW',
        function: fn,
        file: `edge/${fn}.js`,
        line,
        details: { event: 'viewer-request', request: 'get-root' },
      })
    const fn = (name: string, findings: ReturnType<typeof threw>[]) => ({
      name,
      kind: 'lambda-edge' as const,
      file: `edge/${name}.js`,
      line: 1,
      events: ['viewer-request'],
      passed: findings.length === 0,
      durationMs: 1,
      findings,
    })
    return {
      ...report({}),
      functions: [
        fn(
          'ok',
          Array.from({ length: okFindings }, () => threw('ok', 2)),
        ),
        fn('bad', [threw('bad', threwAt)]),
      ],
    }
  }

  it('counts a function caught with its exact code, severity and line, and nothing on the healthy one', () => {
    const verdicts = judgeLab(withFunctions(3), [], planted)
    expect(verdicts.map((v) => [v.scenario, v.caught, v.reported])).toEqual([
      ['ok', true, []],
      ['bad', true, ['EDGE_FUNCTION_THREW/error:3']],
    ])
    expect(renderVerdicts(verdicts)).toMatch(/verdict\s+origin or function/)
  })

  it('misses a finding at another line, a finding on a healthy function, and a function not in the report', () => {
    expect(judgeLab(withFunctions(4), [], planted).map((v) => v.caught)).toEqual([true, false])
    expect(judgeLab(withFunctions(3, 1), [], planted).map((v) => v.caught)).toEqual([false, true])
    expect(judgeLab(report({}), [], planted).map((v) => v.caught)).toEqual([false, false])
  })
})

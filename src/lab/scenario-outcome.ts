import type { Report } from '../engine/report.js'
import type { FunctionScenario } from './function-scenarios.js'
import type { Scenario } from './scenario.js'

export interface ScenarioVerdict {
  scenario: string
  fault: string
  expected: string[]
  reported: string[]
  /** Every expected finding reported, nothing else. */
  caught: boolean
}

/**
 * A planted fault counts as caught only with its exact codes (and address where named), and nothing more;
 * a planted function's, with its exact codes at their lines of its source.
 */
export function judgeLab(report: Report, scenarios: readonly Scenario[], functions: readonly FunctionScenario[] = []): ScenarioVerdict[] {
  return [...scenarios.map((scenario) => judgeOrigin(report, scenario)), ...functions.map((scenario) => judgeFunction(report, scenario))]
}

function judgeFunction(report: Report, scenario: FunctionScenario): ScenarioVerdict {
  const fn = report.functions?.find((f) => f.name === scenario.name)
  const reported = [...new Set((fn?.findings ?? []).map((f) => `${f.code}/${f.severity}:${f.line ?? fn!.line}`))].sort()
  const expected = scenario.expect.map((e) => `${e.code}/${e.severity}:${e.line}`).sort()
  const caught = fn !== undefined && reported.length === expected.length && reported.every((r, i) => r === expected[i])
  return { scenario: scenario.name, fault: scenario.fault, expected, reported, caught }
}

function judgeOrigin(report: Report, scenario: Scenario): ScenarioVerdict {
  const origin = report.origins.find((o) => o.name === scenario.name)
  const findings = origin?.findings ?? []
  const reported = [
    ...new Set(findings.map((f) => `${f.code}/${f.severity}${scenarioNamesAddress(scenario, f.code) ? `@${f.address}` : ''}`)),
  ].sort()
  const expected = scenario.expect.map((e) => `${e.code}/${e.severity}${e.address ? `@${e.address}` : ''}`).sort()
  const caught = origin !== undefined && reported.length === expected.length && reported.every((r, i) => r === expected[i])
  return { scenario: scenario.name, fault: scenario.fault, expected, reported, caught }
}

function scenarioNamesAddress(scenario: Scenario, code: string): boolean {
  return scenario.expect.some((e) => e.code === code && e.address !== undefined)
}

export function renderVerdicts(verdicts: readonly ScenarioVerdict[]): string {
  const rows = verdicts.map((v) => [
    v.caught ? 'caught' : 'MISSED',
    v.scenario,
    v.fault,
    v.expected.join(' ') || '(none)',
    v.reported.join(' ') || '(none)',
  ])
  const header = ['verdict', 'origin or function', 'planted fault', 'expected', 'reported']
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd()
  const caught = verdicts.filter((v) => v.caught).length
  return (
    [
      line(header),
      line(widths.map((w) => '-'.repeat(w))),
      ...rows.map(line),
      '',
      `lab: ${caught}/${verdicts.length} scenarios as expected`,
    ].join('\n') + '\n'
  )
}

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../../../src/config/load.js'
import { runPreflight } from '../../../src/engine/run.js'
import { FUNCTION_SCENARIOS } from '../../../src/lab/function-scenarios.js'
import { startLab, type Lab } from '../../../src/lab/lab.js'
import { judgeLab } from '../../../src/lab/scenario-outcome.js'
import { SCENARIOS } from '../../../src/lab/scenarios.js'
import type { Report } from '../../../src/engine/report.js'

/** The planted functions beside one healthy origin (a config needs one): the gate runs and judges them. */
describe('the lab’s edge functions', () => {
  let lab: Lab
  let report: Report

  beforeAll(async () => {
    lab = await startLab(SCENARIOS.filter((s) => s.expect.length === 0 && !s.dns && !s.http).slice(0, 1), FUNCTION_SCENARIOS)
    report = await runPreflight(loadConfig(lab.configPath))
  }, 120_000)
  afterAll(() => lab?.close())

  it('writes each source into the lab’s folder and declares it in the config', () => {
    const config = readFileSync(lab.configPath, 'utf8')
    for (const scenario of FUNCTION_SCENARIOS) {
      expect(readFileSync(join(lab.dir, 'edge', `${scenario.name}.js`), 'utf8')).toBe(scenario.source)
      expect(config).toContain(`  - name: ${scenario.name}\n    kind: ${scenario.kind}\n`)
    }
  })

  it('catches every planted fault at its line, and flags no healthy function', () => {
    const verdicts = judgeLab(report, lab.scenarios, lab.functions)
    expect(verdicts.filter((v) => !v.caught)).toEqual([])
    expect(verdicts).toHaveLength(1 + FUNCTION_SCENARIOS.length)
  })

  it('plants every kind and both CloudFront Functions runtimes, healthy and broken', () => {
    const kinds = (healthy: boolean) =>
      new Set(FUNCTION_SCENARIOS.filter((s) => (s.expect.length === 0) === healthy).map((s) => `${s.kind} ${s.runtime ?? ''}`.trim()))
    for (const healthy of [true, false])
      expect([...kinds(healthy)].sort()).toEqual([
        'cloudfront-function cloudfront-js-1.0',
        'cloudfront-function cloudfront-js-2.0',
        'lambda-edge',
      ])
    expect(report.passed).toBe(false)
    expect(report.summary.functions).toBe(FUNCTION_SCENARIOS.length)
  })
})

import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../../src/config/load.js'
import { runPreflight } from '../../src/engine/run.js'
import { startLab, type Lab } from '../../src/lab/lab.js'
import { HTTP_SCENARIOS } from '../../src/lab/http-scenarios.js'
import { SCENARIOS } from '../../src/lab/scenarios.js'
import { PLANTED_STATIC, SOURCE_LAB_KINDS, type SourceLabKind } from '../../src/lab/source-files.js'
import { writeSourceLab } from '../../src/lab/source-lab.js'
import { SOURCE_FUNCTION_SCENARIOS } from '../../src/lab/function-scenarios.js'
import type { Report } from '../../src/engine/report.js'

/** Enough of the lab to prove the same verdicts: a healthy origin and one failure of each kind of check. */
const SUBSET = ['healthy', 'expired', 'name-mismatch', 'refused-port', 'tls10-only', 'host-header-match', 'http-backend-5xx']

/** The static cases planted beside them, and what reading alone must say of each. */
const PLANTED = Object.fromEntries(PLANTED_STATIC.map((o) => [o.id, [`${o.expect!.code}/${o.expect!.severity}`]]))

function codesByOrigin(report: Report, nameOf: (name: string) => string = (n) => n): Record<string, string[]> {
  return Object.fromEntries(report.origins.map((o) => [nameOf(o.name), o.findings.map((f) => `${f.code}/${f.severity}`).sort()]))
}

let lab: Lab
let yaml: Record<string, string[]>

beforeAll(async () => {
  const all = [...SCENARIOS, ...HTTP_SCENARIOS]
  const scenarios = SUBSET.map((name) => all.find((s) => s.name === name)!)
  expect(scenarios.map((s) => s.name).sort()).toEqual([...SUBSET].sort())
  lab = await startLab(scenarios)
  yaml = codesByOrigin(await runPreflight(loadConfig(lab.configPath, {})))
}, 60_000)

afterAll(async () => {
  await lab?.close()
})

describe('the lab declared through each kind of source', () => {
  it('the YAML run finds what each scenario plants', () => {
    const planted = Object.fromEntries(lab.scenarios.map((s) => [s.name, s.expect.map((e) => `${e.code}/${e.severity}`).sort()]))
    for (const name of SUBSET) expect(yaml[name], name).toEqual(expect.arrayContaining(planted[name]!))
  })

  it.each(SOURCE_LAB_KINDS.map((kind) => [kind]))(
    '%s: the same findings as the YAML run, plus what reading says',
    async (kind: SourceLabKind) => {
      const { configPath, scenarioOf } = writeSourceLab(lab, kind)
      const config = loadConfig(configPath, {})
      const report = await runPreflight(config)
      const found = codesByOrigin(report, (name) => scenarioOf.get(name) ?? name)
      for (const name of SUBSET) expect(found[name], `${kind} ${name}`).toEqual(yaml[name])
      const planted = kind === 'cloudfront' ? { ...PLANTED, 'pending-alb': undefined } : PLANTED
      for (const [id, codes] of Object.entries(planted)) expect(found[id], `${kind} ${id}`).toEqual(codes)
      // Every lab origin is declared in the source file, at its own line.
      for (const origin of config.origins) expect(origin.declaredIn?.line, origin.name).toBeGreaterThan(1)
      expect(report.passed).toBe(false)
      // The functions the source declares: the planted deployment rule at its setting's line, nothing on the healthy ones.
      const functions = kind === 'cloudfront' ? [] : SOURCE_FUNCTION_SCENARIOS
      expect(report.functions?.map((f) => f.name).sort() ?? [], kind).toEqual(functions.map((s) => s.name).sort())
      for (const scenario of functions) {
        const fn = report.functions!.find((f) => f.name === scenario.name)!
        expect(
          fn.findings.map((f) => `${f.code}/${f.severity}`),
          `${kind} ${scenario.name}`,
        ).toEqual(scenario.expect.map((e) => `${e.code}/${e.severity}`))
        for (const [i, e] of scenario.expect.entries()) {
          const finding = fn.findings[i]!
          const text = readFileSync(join(dirname(configPath), finding.file!), 'utf8').split('\n')[finding.line! - 1] ?? ''
          expect(text.toLowerCase(), `${kind} ${scenario.name}`).toContain(e.setting)
        }
      }
    },
    60_000,
  )
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../../../src/config/load.js'
import { runPreflight } from '../../../src/engine/run.js'
import { startLab, type Lab } from '../../../src/lab/lab.js'
import { mergeReports } from '../../../src/report/merge.js'
import type { Report } from '../../../src/engine/report.js'

/** What a verdict rests on: per origin, whether it passed and each finding's code, severity and place. */
function verdictOf(report: Report) {
  return {
    passed: report.passed,
    summary: report.summary,
    configFindings: report.configFindings?.map((f) => [f.code, f.details['line']].join(' ')),
    origins: report.origins.map((o) => ({
      name: o.name,
      passed: o.passed,
      findings: o.findings.map((f) => [f.code, f.severity, f.address ?? '', f.port ?? 0, f.name ?? ''].join(' ')),
    })),
    functions: report.functions?.map((f) => ({
      name: f.name,
      passed: f.passed,
      findings: f.findings.map((x) => [x.code, x.severity, x.file, x.line].join(' ')),
    })),
  }
}

describe('four shards and a merge over the lab', () => {
  let lab: Lab
  let whole: Report
  let merged: Report
  const shards: Report[] = []

  beforeAll(async () => {
    lab = await startLab()
    const config = loadConfig(lab.configPath)
    // One after another: the lab's name servers answer within a quarter second, and five runs at once
    // in this one process would be a load test of the lab, not of the merge.
    whole = await runPreflight(config)
    for (const index of [1, 2, 3, 4]) shards.push(await runPreflight(config, { shard: { index, count: 4 } }))
    merged = mergeReports(shards.map((report, i) => ({ file: `shard-${i + 1}.json`, report })))
  }, 120_000)

  afterAll(async () => {
    await lab?.close()
  })

  it('gives the same verdict and findings as one run', () => {
    expect(whole.passed).toBe(false)
    expect(verdictOf(merged)).toEqual(verdictOf(whole))
  })

  it('ran the edge functions in shard 1 only', () => {
    expect(shards.map((s) => s.functions?.length ?? 0)).toEqual([lab.functions.length, 0, 0, 0])
    expect(merged.functions?.map((f) => f.name)).toEqual(lab.functions.map((f) => f.name))
  })

  it('ran every origin in exactly one shard, none empty', () => {
    expect(shards.every((s) => s.origins.length > 0)).toBe(true)
    expect(shards.reduce((n, s) => n + s.origins.length, 0)).toBe(whole.origins.length)
    expect(merged.configDigest).toMatch(/^sha256:[0-9a-f]{64}$/)
  })
})

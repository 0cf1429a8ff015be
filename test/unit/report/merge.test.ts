import { describe, expect, it } from 'vitest'
import { MergeError, mergeReports } from '../../../src/report/merge.js'
import type { Report } from '../../../src/engine/report.js'
import { findings, originReport, sampleReport } from './fixtures.js'

const DIGEST = 'sha256:1111111111111111111111111111111111111111111111111111111111111111'

/** The sample's two origins split over two shards, plus a third, passing, in a third shard. */
function shards(): { file: string; report: Report }[] {
  const [checkout, assets] = sampleReport().origins
  const healthy = originReport({ name: 'healthy', configLine: 12 })
  const shard = (index: number, report: Partial<Report>, startedAt: string, durationMs: number): { file: string; report: Report } => ({
    file: `shard-${index}.json`,
    report: sampleReport({ configDigest: DIGEST, shard: { index, count: 3 }, startedAt, durationMs, ...report }),
  })
  return [
    shard(
      2,
      { passed: true, origins: [assets!], summary: { origins: 1, failed: 0, errors: 0, warnings: 1, notices: 0 } },
      '2025-03-01T10:00:01.000Z',
      3000,
    ),
    shard(
      1,
      { passed: false, origins: [checkout!], summary: { origins: 1, failed: 1, errors: 2, warnings: 0, notices: 1 } },
      '2025-03-01T10:00:00.000Z',
      1000,
    ),
    shard(
      3,
      { passed: true, origins: [healthy], summary: { origins: 1, failed: 0, errors: 0, warnings: 0, notices: 0 } },
      '2025-03-01T10:00:00.500Z',
      500,
    ),
  ]
}

describe('mergeReports', () => {
  it('makes one report: origins in config order, one verdict, the summary counted again, the span of the runs', () => {
    const merged = mergeReports(shards())

    expect(merged.origins.map((o) => o.name)).toEqual(['checkout-api', 'healthy', 'static-assets'])
    expect(merged.passed).toBe(false)
    expect(merged.summary).toEqual({ origins: 3, failed: 1, errors: 2, warnings: 1, notices: 1, accepted: 0 })
    expect(merged.startedAt).toBe('2025-03-01T10:00:00.000Z')
    expect(merged.durationMs).toBe(4000)
    expect(merged.configDigest).toBe(DIGEST)
    expect(merged.merged).toEqual({ shards: 3 })
    expect(merged.shard).toBeUndefined()
  })

  it('passes when every shard passed', () => {
    const passing = shards().filter((s) => s.report.passed)
    const healthy = originReport({ name: 'other', configLine: 2 })
    passing.push({
      file: 'shard-1.json',
      report: sampleReport({ configDigest: DIGEST, shard: { index: 1, count: 3 }, passed: true, origins: [healthy] }),
    })
    expect(mergeReports(passing).passed).toBe(true)
  })

  it('refuses reports of a different config, naming both files', () => {
    const reports = shards()
    reports[2]!.report.configDigest = 'sha256:2222222222222222222222222222222222222222222222222222222222222222'
    expect(() => mergeReports(reports)).toThrow(MergeError)
    expect(() => mergeReports(reports)).toThrow(/shard-3\.json was made from a different config than shard-2\.json/)
  })

  it('refuses a missing shard, two reports of one shard, an origin in two reports, and a report run without --shard', () => {
    const all = shards()
    expect(() => mergeReports(all.slice(0, 2))).toThrow(/missing shard 3\/3/)
    expect(() => mergeReports([...all, { ...all[0]!, file: 'again.json' }])).toThrow(/shard 2\/3 is in both shard-2\.json and again\.json/)

    const overlapping = shards()
    overlapping[2]!.report.origins.push(originReport({ name: 'static-assets', findings: [findings.refused('static-assets')] }))
    expect(() => mergeReports(overlapping)).toThrow(/origin static-assets is in both shard-2\.json and shard-3\.json/)

    const unsharded = shards()
    delete unsharded[1]!.report.shard
    expect(() => mergeReports(unsharded)).toThrow(/shard-1\.json is not a shard report/)

    const otherCount = shards()
    otherCount[1]!.report.shard = { index: 1, count: 4 }
    expect(() => mergeReports(otherCount)).toThrow(/shard-1\.json is shard 1\/4 but shard-2\.json is one of 3/)

    expect(() => mergeReports([])).toThrow(/no shard reports/)
  })
})

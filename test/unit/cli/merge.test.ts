import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { main } from '../../../src/cli/main.js'
import type { Report } from '../../../src/engine/report.js'
import { sampleReport } from '../report/fixtures.js'

const DIGEST = 'sha256:5555555555555555555555555555555555555555555555555555555555555555'
let dir: string

function io() {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  const text = (s: PassThrough) => () => (s.read() as Buffer | null)?.toString() ?? ''
  return { io: { stdout, stderr, env: {} }, out: text(stdout), err: text(stderr) }
}

function write(name: string, report: Report): string {
  const file = join(dir, name)
  writeFileSync(file, JSON.stringify(report))
  return file
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'op-merge-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('origin-preflight merge', () => {
  const [checkout, assets] = sampleReport().origins

  it('writes one JSON report of every shard and exits 1 on the failed verdict', async () => {
    const a = write('1.json', sampleReport({ configDigest: DIGEST, shard: { index: 1, count: 2 }, origins: [assets!], passed: true }))
    const b = write('2.json', sampleReport({ configDigest: DIGEST, shard: { index: 2, count: 2 }, origins: [checkout!], passed: false }))
    const out = join(dir, 'merged.json')
    const run = io()
    expect(await main(['merge', a, b, '--format', 'json', '--output', out], run.io)).toBe(1)
    const merged = JSON.parse(readFileSync(out, 'utf8')) as Report
    expect(merged.origins.map((o) => o.name)).toEqual(['checkout-api', 'static-assets'])
    expect(merged.summary.failed).toBe(1)
    expect(run.err()).toBe('')
  })

  it('exits 0 when every shard passed', async () => {
    const a = write('1.json', sampleReport({ configDigest: DIGEST, shard: { index: 1, count: 1 }, origins: [], passed: true }))
    const run = io()
    expect(await main(['merge', a], run.io)).toBe(0)
  })

  it('exits 2 with one clear line on a missing shard, and on a file that is not a report', async () => {
    const a = write('1.json', sampleReport({ configDigest: DIGEST, shard: { index: 1, count: 3 } }))
    const run = io()
    expect(await main(['merge', a], run.io)).toBe(2)
    expect(run.err()).toBe('origin-preflight: missing shards 2/3, 3/3: the verdict would leave those origins unchecked\n')

    writeFileSync(join(dir, 'junk.json'), '{"version": 2}')
    const junk = io()
    expect(await main(['merge', a, join(dir, 'junk.json')], junk.io)).toBe(2)
    expect(junk.err()).toMatch(/junk\.json is not an origin-preflight report \(version 1\): version: must be 1/)
  })
})

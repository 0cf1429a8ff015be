import { afterEach, describe, expect, it } from 'vitest'
import { judgeWalk } from '../../src/checks/dns/judge.js'
import type { Reply } from '../../src/lab/dns/zone.js'
import type { AskedQuestion } from '../../src/lab/dns/server.js'
import { toFinding } from '../../src/findings/to-finding.js'
import { DnsWalker, type WalkerOptions } from '../../src/probes/dns/walk.js'
import { startLabDns, type RunningLabDns } from '../../src/lab/dns/start.js'
import { plantServers, ROOT } from '../unit/probes/dns/hierarchy.js'

let lab: RunningLabDns | undefined
afterEach(async () => lab?.close())

const FANOUT = 16

/**
 * A root that refers every name below a TLD other than `test` to sixteen name servers without glue,
 * each in a TLD of its own that does not exist yet: resolving any of them leads to sixteen more, and so on.
 */
function referEverything(reply: Reply, question: AskedQuestion): Reply {
  const labels = question.name.split('.')
  const tld = labels.at(-1)!
  if (question.name === '.' || question.name === '' || tld === 'test') return reply
  const ns = Array.from({ length: FANOUT }, (_, i) => `ns.${tld}x${i}`)
  return {
    rcode: 'NOERROR',
    aa: false,
    answers: [],
    authorities: ns.map((name) => ({ name: tld, type: 'NS', data: name })),
    additionals: [],
  }
}

/** The planted hierarchy (`www.walk.test` resolves to 192.0.2.1) under that hostile root. */
async function hostileRoot(options: Omit<WalkerOptions, 'roots' | 'port'>): Promise<DnsWalker> {
  const servers = plantServers().map((server) =>
    server.address === ROOT ? { ...server, behaviour: { rewrite: referEverything } } : server,
  )
  lab = await startLabDns(servers)
  return new DnsWalker({ roots: [ROOT], port: lab.port, timeoutMs: 200, ...options })
}

function messageOf(walk: Awaited<ReturnType<DnsWalker['walk']>>): string {
  const drafts = judgeWalk(walk)
  expect(drafts).toEqual([{ code: 'PROBE_ERROR', details: { step: 'dns walk', query: walk.name, ...walk.budget } }])
  const finding = toFinding(drafts[0]!, walk.name, 'dns')
  expect(finding.severity).toBe('error')
  return finding.message
}

describe('a hostile zone that refers to ever more glueless name servers', () => {
  it("stops at its origin's budget with a PROBE_ERROR naming it, instead of sending queries without end", async () => {
    const walker = await hostileRoot({ budget: { perOrigin: { queries: 400, 'name-servers': 40 } } })
    const started = Date.now()
    const walk = await walker.walk('www.origin.evil')
    expect(walk.budget).toMatchObject({ budget: expect.stringMatching(/^(queries|name-servers)$/), scope: 'origin' })
    expect(walker.spent.queries).toBeLessThanOrEqual(400)
    expect(walker.queriesSent).toBeLessThanOrEqual(400 * 3)
    expect(Date.now() - started).toBeLessThan(60_000)
    expect(messageOf(walk)).toMatch(
      /could not run: it would (send more than 400 DNS queries|look up more than 40 name-server names) for this origin/,
    )
    expect(lab!.servers.find((server) => server.address === ROOT)!.asked.length).toBeGreaterThan(0)
  }, 90_000)

  it('spends only its own budget: a healthy origin walked beside it in the same run still resolves and passes', async () => {
    const walker = await hostileRoot({ budget: { perOrigin: { queries: 300, 'name-servers': 30 } }, origins: 2 })
    // Both at once, the hostile one first, as the engine starts every origin of a run together.
    const [hostile, healthy] = await Promise.all([walker.walk('www.origin.evil'), walker.walk('www.walk.test')])
    expect(hostile.budget).toMatchObject({ scope: 'origin' })
    expect(healthy.budget).toBeUndefined()
    expect(healthy.outcome).toEqual({ kind: 'addresses', addresses: ['192.0.2.1'] })
    expect(judgeWalk(healthy)).toEqual([])
  }, 90_000)

  it('stops at the memory budget: the records an origin may keep', async () => {
    const walker = await hostileRoot({ budget: { perOrigin: { records: 200, queries: 10_000, 'name-servers': 10_000 } } })
    const walk = await walker.walk('www.origin.evil')
    expect(walk.budget).toMatchObject({ budget: 'records', scope: 'origin', limit: 200 })
    // Answers in flight when the budget ran out are not kept: the budget is a ceiling, not a threshold.
    expect(walker.spent.records).toBeLessThanOrEqual(200)
    expect(messageOf(walk)).toMatch(/it would keep more than 200 DNS records for this origin/)
  }, 90_000)

  it("stops a run of many hostile origins at the run's budget, each stopped origin a PROBE_ERROR naming its budget", async () => {
    const origins = Array.from({ length: 12 }, (_, i) => `www.origin${i}.evil${i}`)
    // Each origin may send 400 queries, the run 50 per origin: 600 for all twelve.
    const walker = await hostileRoot({
      budget: { perOrigin: { queries: 400, 'name-servers': 1000 }, runPerOrigin: { queries: 50, 'name-servers': 1000 } },
      origins: origins.length,
    })
    const started = Date.now()
    const walks = await Promise.all(origins.map((origin) => walker.walk(origin)))
    expect(Date.now() - started).toBeLessThan(60_000)
    expect(walker.spent.queries).toBeLessThanOrEqual(600)
    expect(walker.queriesSent).toBeLessThanOrEqual(600 * 3)
    for (const walk of walks) expect(walk.budget, walk.name).toMatchObject({ budget: 'queries' })
    const byRun = walks.filter((walk) => walk.budget?.scope === 'run')
    expect(byRun.length).toBeGreaterThan(0)
    for (const walk of byRun) {
      expect(walk.budget).toMatchObject({ limit: 600 })
      expect(messageOf(walk)).toMatch(/it would send more than 600 DNS queries for the run's origins together/)
    }
  }, 90_000)
})

describe('work shared between origins', () => {
  it("that another origin's budget stopped is done again on the waiting origin's own budget", async () => {
    const walker = await hostileRoot({ budget: { perOrigin: { queries: 300, 'name-servers': 1000 } }, origins: 2 })
    // Both names lead to the same ever-growing name servers: the second waits on work the first started.
    const [first, second] = await Promise.all([walker.walk('www.a.evil'), walker.walk('www.b.evil')])
    expect(first.budget).toMatchObject({ budget: 'queries', scope: 'origin' })
    expect(second.budget).toMatchObject({ budget: 'queries', scope: 'origin' })
    // The second spent its own budget, not just reported the first one's.
    expect(walker.spent.queries).toBeGreaterThan(300)
    expect(walker.spent.queries).toBeLessThanOrEqual(600)
  }, 90_000)

  it('is charged once: a second origin in a zone already walked pays only for its own name', async () => {
    const walker = await hostileRoot({})
    const first = await walker.walk('www.walk.test')
    const afterFirst = walker.spent.queries
    const second = await walker.walk('ns1.walk.test')
    expect(first.outcome.kind).toBe('addresses')
    expect(second.outcome.kind).toBe('addresses')
    // Alone, the second walk would ask the root and `test` again; in the run it asks only walk.test's servers.
    expect(walker.spent.queries - afterFirst).toBeLessThan(second.queriesAlone)
    expect(walker.spent.queries).toBeLessThan(first.queriesAlone + second.queriesAlone)
  }, 90_000)
})

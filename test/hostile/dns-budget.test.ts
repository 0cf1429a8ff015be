import { afterEach, describe, expect, it } from 'vitest'
import { judgeWalk } from '../../src/checks/dns/judge.js'
import type { Reply } from '../../src/lab/dns/zone.js'
import type { AskedQuestion } from '../../src/lab/dns/server.js'
import { toFinding } from '../../src/findings/to-finding.js'
import { DnsWalker } from '../../src/probes/dns/walk.js'
import { startLabDns, type RunningLabDns } from '../../src/lab/dns/start.js'
import { plantServers, ROOT } from '../unit/probes/dns/hierarchy.js'

let lab: RunningLabDns | undefined
afterEach(async () => lab?.close())

const FANOUT = 16

/**
 * A root that refers every name below a TLD to sixteen name servers without glue, each in a TLD of
 * its own that does not exist yet: resolving any of them leads to sixteen more, and so on.
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

describe('a hostile zone that refers to ever more glueless name servers', () => {
  it('stops at the walk budget with a PROBE_ERROR naming it, instead of sending queries without end', async () => {
    // The root answers its own zone as usual, and refers everything in other TLDs onwards.
    const servers = plantServers().map((server) =>
      server.address === ROOT ? { ...server, behaviour: { rewrite: referEverything } } : server,
    )
    lab = await startLabDns(servers)
    const root = lab.servers.find((server) => server.address === ROOT)!
    const walker = new DnsWalker({
      roots: [ROOT],
      port: lab.port,
      timeoutMs: 200,
      budget: { queriesPerOrigin: 400, nameServersPerOrigin: 40 },
    })
    const started = Date.now()
    const walk = await walker.walk('www.origin.evil')
    const took = Date.now() - started
    expect(walk.budget).toMatchObject({ budget: expect.stringMatching(/^(queries|name-servers)$/) })
    expect(walker.queriesSent).toBeLessThanOrEqual(400 * 3)
    expect(took).toBeLessThan(60_000)
    const drafts = judgeWalk(walk)
    expect(drafts).toEqual([{ code: 'PROBE_ERROR', details: { step: 'dns walk', query: 'www.origin.evil', ...walk.budget } }])
    const finding = toFinding(drafts[0]!, 'evil', 'dns')
    expect(finding.severity).toBe('error')
    expect(finding.message).toMatch(/could not run: it would (send more than 400 DNS queries|look up more than 40 name-server names)/)
    expect(root.asked.length).toBeGreaterThan(0)
  }, 90_000)
})

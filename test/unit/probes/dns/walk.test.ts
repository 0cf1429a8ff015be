import { afterEach, describe, expect, it } from 'vitest'
import { judgeWalk } from '../../../../src/checks/dns/judge.js'
import { zoneOf } from '../../../../src/lab/dns/hierarchy.js'
import type { Reply } from '../../../../src/lab/dns/zone.js'
import { IANA_ROOT_HINTS } from '../../../../src/probes/dns/root-hints.js'
import { DnsWalker } from '../../../../src/probes/dns/walk.js'
import { EXTRA, NS1, NS2, ROOT, TLD, a, closePlanted, cname, plant } from './hierarchy.js'

afterEach(closePlanted)

const codes = (walk: Parameters<typeof judgeWalk>[0]) =>
  judgeWalk(walk)
    .map((o) => `${o.code}/${o.severity ?? 'default'}${o.address ? `@${o.address}` : ''}`)
    .sort()

describe('the walk over a healthy hierarchy', () => {
  it('follows every zone cut, asks every server, and finds the addresses', async () => {
    const lab = await plant()
    const walk = await lab.walker().walk('WWW.Walk.Test.')

    expect(walk.outcome).toEqual({ kind: 'addresses', addresses: ['192.0.2.1'] })
    expect(walk.zones.map((z) => z.zone)).toEqual(['.', 'test', 'walk.test'])
    const zone = walk.zones[2]!
    expect(zone).toMatchObject({
      parent: 'test',
      parentNs: ['ns1.walk.test', 'ns2.walk.test'],
      childNs: ['ns1.walk.test', 'ns2.walk.test'],
      glue: [
        { name: 'ns1.walk.test', address: NS1 },
        { name: 'ns2.walk.test', address: NS2 },
      ],
      referral: { server: 'ns.nic.test', address: TLD, query: 'walk.test NS' },
    })
    expect(zone.servers).toMatchObject([
      { server: 'ns1.walk.test', address: NS1, status: 'authoritative', serial: 1, tcp: 'ok', ns: ['ns1.walk.test', 'ns2.walk.test'] },
      { server: 'ns2.walk.test', address: NS2, status: 'authoritative', serial: 1, tcp: 'ok' },
    ])
    expect(walk.chain[0]!.answers.map((x) => `${x.server} ${x.query} ${x.rcode} ${x.records.join(',')}`)).toEqual([
      'ns1.walk.test www.walk.test A NOERROR A 192.0.2.1',
      'ns1.walk.test www.walk.test AAAA NOERROR ',
      'ns1.walk.test www.walk.test CNAME NOERROR ',
      'ns2.walk.test www.walk.test A NOERROR A 192.0.2.1',
      'ns2.walk.test www.walk.test AAAA NOERROR ',
      'ns2.walk.test www.walk.test CNAME NOERROR ',
    ])
    expect(judgeWalk(walk)).toEqual([])
    // Like a resolver walking the tree: no recursion asked, and the root only learns the next label.
    for (const address of [ROOT, TLD, NS1, NS2])
      for (const q of lab.asked(address)) expect(q).toMatchObject({ recursionDesired: false, ednsUdpSize: 1232 })
    expect(lab.asked(ROOT).map((q) => q.name)).not.toContain('www.walk.test')
  })

  it("names the root servers given as addresses after the root's own NS set", async () => {
    const lab = await plant()
    const walk = await lab.walker().walk('www.walk.test')
    expect(walk.roots).toEqual([ROOT])
    expect(walk.zones[0]).toMatchObject({
      zone: '.',
      parentNs: ['a.root.test'],
      servers: [{ server: 'a.root.test', address: ROOT, status: 'authoritative' }],
    })
  })

  it('starts at the IANA root servers unless told otherwise', () => {
    expect(IANA_ROOT_HINTS).toHaveLength(13)
    expect(IANA_ROOT_HINTS[0]).toEqual({ name: 'a.root-servers.net', addresses: ['198.41.0.4', '2001:503:ba3e::2:30'] })
    expect(new DnsWalker().port).toBe(53)
  })
})

describe('the walk judges each name server', () => {
  it('a server that drops TCP: DNS_TCP_UNSUPPORTED, naming zone, server, address and query', async () => {
    const lab = await plant({ ns2: { tcp: false } })
    const walk = await lab.walker().walk('www.walk.test')
    expect(walk.outcome.kind).toBe('addresses')
    expect(judgeWalk(walk)).toMatchObject([
      {
        code: 'DNS_TCP_UNSUPPORTED',
        address: NS2,
        details: { zone: 'walk.test', server: 'ns2.walk.test', address: NS2, query: 'walk.test SOA', tcpFailure: 'refused' },
      },
    ])
  })

  it('a server that clears the AA bit: lame, a warning while the other one serves', async () => {
    const clearAa = (reply: Reply) => ({ ...reply, aa: false })
    const lab = await plant({ ns2: { rewrite: clearAa } })
    const walk = await lab.walker().walk('www.walk.test')
    expect(walk.outcome).toEqual({ kind: 'addresses', addresses: ['192.0.2.1'] })
    expect(judgeWalk(walk)).toMatchObject([
      {
        code: 'DNS_LAME_DELEGATION',
        severity: 'warning',
        address: NS2,
        details: { zone: 'walk.test', server: 'ns2.walk.test', lame: 'no-aa' },
      },
    ])
    // A lame server's answers are not taken for the origin's.
    expect(walk.chain[0]!.answers.every((x) => x.address === NS1)).toBe(true)
  })

  it('both servers clearing the AA bit: lame as an error, and nothing resolves', async () => {
    const clearAa = (reply: Reply) => ({ ...reply, aa: false })
    const lab = await plant({ ns1: { rewrite: clearAa }, ns2: { rewrite: clearAa } })
    const walk = await lab.walker().walk('www.walk.test')
    expect(walk.outcome).toMatchObject({ kind: 'unresolved', zone: 'walk.test' })
    expect(codes(walk)).toEqual([`DNS_LAME_DELEGATION/error@${NS1}`, `DNS_LAME_DELEGATION/error@${NS2}`])
  })

  it('a server that refers upward to the root: lame, saying so', async () => {
    const upward = (_reply: Reply): Reply => ({
      rcode: 'NOERROR',
      aa: false,
      answers: [],
      authorities: [{ name: '.', type: 'NS', data: 'a.root.test' }],
      additionals: [a('a.root.test', ROOT)],
    })
    const lab = await plant({ ns2: { rewrite: upward } })
    const walk = await lab.walker().walk('www.walk.test')
    expect(judgeWalk(walk)).toMatchObject([
      {
        code: 'DNS_LAME_DELEGATION',
        severity: 'warning',
        address: NS2,
        details: { lame: 'upward-referral', answeredFor: '.', referredTo: ['a.root.test'] },
      },
    ])
  })

  it('a server answering REFUSED for the zone: lame (RFC 9499), a warning while the other one serves', async () => {
    const lab = await plant({ ns2: { rewrite: (reply) => ({ ...reply, rcode: 'REFUSED', aa: false, answers: [] }) } })
    const walk = await lab.walker().walk('www.walk.test')
    expect(judgeWalk(walk)).toMatchObject([
      {
        code: 'DNS_LAME_DELEGATION',
        severity: 'warning',
        address: NS2,
        details: { zone: 'walk.test', server: 'ns2.walk.test', query: 'walk.test SOA', lame: 'refused', rcode: 'REFUSED' },
      },
    ])
  })

  it('a server answering SERVFAIL for the origin name only: DNS_SERVFAIL for each question about it', async () => {
    const lab = await plant({
      ns2: { rewrite: (reply, q) => (q.name === 'www.walk.test' ? { ...reply, rcode: 'SERVFAIL', answers: [] } : reply) },
    })
    const walk = await lab.walker().walk('www.walk.test')
    expect(walk.outcome).toEqual({ kind: 'addresses', addresses: ['192.0.2.1'] })
    const found = judgeWalk(walk)
    expect(found.map((f) => f.details['query'])).toEqual(['www.walk.test A', 'www.walk.test AAAA', 'www.walk.test CNAME'])
    expect(found.every((f) => f.code === 'DNS_SERVFAIL' && f.address === NS2 && f.details['rcode'] === 'SERVFAIL')).toBe(true)
  })

  it('servers with different serials: DNS_SOA_SERIAL_MISMATCH listing each', async () => {
    const lab = await plant({ ns2Serial: 7 })
    const walk = await lab.walker().walk('www.walk.test')
    expect(judgeWalk(walk)).toMatchObject([
      {
        code: 'DNS_SOA_SERIAL_MISMATCH',
        details: { zone: 'walk.test', query: 'walk.test SOA', serials: [`ns1.walk.test (${NS1}): 1`, `ns2.walk.test (${NS2}): 7`] },
      },
    ])
  })

  it('truncated UDP answers: the walk reads them over TCP and finds nothing wrong', async () => {
    const lab = await plant({ ns1: { truncateUdp: true } })
    const walk = await lab.walker().walk('www.walk.test')
    expect(walk.outcome).toEqual({ kind: 'addresses', addresses: ['192.0.2.1'] })
    expect(walk.zones[2]!.servers[0]!.soa).toMatchObject({ transport: 'tcp', aa: true })
    expect(judgeWalk(walk)).toEqual([])
  })

  it('slow answers inside the deadline are answers; beyond it, the server is unreachable', async () => {
    const patient = await plant({ ns2: { delayMs: 40 } })
    expect(judgeWalk(await patient.walker(400).walk('www.walk.test'))).toEqual([])
    await closePlanted()

    const lab = await plant({ ns2: { delayMs: 1_000 } })
    const started = performance.now()
    const walk = await lab.walker(150).walk('www.walk.test')
    expect(performance.now() - started).toBeLessThan(2_000)
    expect(judgeWalk(walk)).toMatchObject([
      {
        code: 'DNS_NS_UNREACHABLE',
        severity: 'warning',
        address: NS2,
        details: { zone: 'walk.test', server: 'ns2.walk.test', failure: 'timeout' },
      },
    ])
  })

  it('one dead server of two is a warning; all dead is an error and nothing resolves', async () => {
    const one = await plant({ down: [NS2] })
    expect(codes(await one.walker().walk('www.walk.test'))).toEqual([`DNS_NS_UNREACHABLE/warning@${NS2}`])
    await closePlanted()
    const all = await plant({ down: [NS1, NS2] })
    const walk = await all.walker().walk('www.walk.test')
    expect(walk.outcome.kind).toBe('unresolved')
    expect(codes(walk)).toEqual([`DNS_NS_UNREACHABLE/error@${NS1}`, `DNS_NS_UNREACHABLE/error@${NS2}`])
  })
})

describe('the walk follows names', () => {
  const chain = (links: number) => Array.from({ length: links }, (_, i) => cname(`c${i}.walk.test`, `c${i + 1}.walk.test`))

  it('follows 8 CNAME links to an address, and calls a ninth a loop', async () => {
    const lab = await plant({
      walkRecords: [
        ...chain(8),
        a('c8.walk.test', '192.0.2.8'),
        ...chain(9)
          .slice(8)
          .map((r) => ({ ...r, name: 'd8.walk.test' })),
      ],
    })
    const walker = lab.walker()
    const eight = await walker.walk('c0.walk.test')
    expect(eight.outcome).toEqual({ kind: 'addresses', addresses: ['192.0.2.8'] })
    expect(eight.chain.map((l) => l.name)).toHaveLength(9)
    expect(judgeWalk(eight)).toEqual([])
    await closePlanted()

    const longer = await plant({ walkRecords: [...chain(9), a('c9.walk.test', '192.0.2.9')] })
    const nine = await longer.walker().walk('c0.walk.test')
    expect(nine.outcome.kind).toBe('cname-loop')
    expect(judgeWalk(nine)).toMatchObject([{ code: 'DNS_CNAME_LOOP', details: { query: 'c0.walk.test', links: 9, zones: ['walk.test'] } }])
  })

  it('follows a CNAME into another zone, and names the dangling target and who denies it', async () => {
    const other = zoneOf('other.test', ['ns.other.test'], [a('ns.other.test', EXTRA), a('www.other.test', '192.0.2.55')])
    const lab = await plant({
      walkRecords: [cname('www2.walk.test', 'www.other.test'), cname('gone.walk.test', 'nothing.other.test')],
      tldRecords: [{ name: 'other.test', type: 'NS', data: 'ns.other.test' }, a('ns.other.test', EXTRA)],
      servers: [{ name: 'ns.other.test', address: EXTRA, zones: [other] }],
    })
    const walker = lab.walker()
    const across = await walker.walk('www2.walk.test')
    expect(across.outcome).toEqual({ kind: 'addresses', addresses: ['192.0.2.55'] })
    expect(across.zones.map((z) => z.zone)).toEqual(['.', 'test', 'walk.test', 'other.test'])

    const dangling = await walker.walk('gone.walk.test')
    expect(judgeWalk(dangling)).toMatchObject([
      {
        code: 'DNS_CNAME_DANGLING',
        address: EXTRA,
        details: { query: 'gone.walk.test', target: 'nothing.other.test', zone: 'other.test', server: 'ns.other.test' },
      },
    ])
  })

  it('resolves an out-of-zone name server by its own walk', async () => {
    // ns3.walk.test is ns1's other name: only walk.test knows it, so `test` has no glue for it.
    const ext = zoneOf('ext.test', ['ns3.walk.test'], [a('www.ext.test', '192.0.2.77')])
    const lab = await plant({
      tldRecords: [{ name: 'ext.test', type: 'NS', data: 'ns3.walk.test' }],
      walkRecords: [a('ns3.walk.test', NS1)],
      ns1Zones: [ext],
    })
    const walk = await lab.walker().walk('www.ext.test')
    expect(walk.outcome).toEqual({ kind: 'addresses', addresses: ['192.0.2.77'] })
    const zone = walk.zones.find((z) => z.zone === 'ext.test')!
    expect(zone.nameServers).toMatchObject([{ name: 'ns3.walk.test', listedBy: ['parent', 'child'], source: 'lookup', addresses: [NS1] }])
    expect(zone.glue).toEqual([])
    expect(judgeWalk(walk)).toEqual([])
  })

  it('gives up on name servers that can only be found through each other, in bounded time', async () => {
    const lab = await plant({
      tldRecords: [
        { name: 'a.test', type: 'NS', data: 'ns.b.test' },
        { name: 'b.test', type: 'NS', data: 'ns.a.test' },
      ],
    })
    const started = performance.now()
    const walk = await lab.walker(150).walk('www.a.test')
    expect(performance.now() - started).toBeLessThan(5_000)
    expect(walk.outcome.kind).toBe('unresolved')
    expect(judgeWalk(walk)).toMatchObject([
      { code: 'DNS_NS_UNREACHABLE', severity: 'error', details: { zone: 'a.test', server: 'ns.b.test', address: 'no address' } },
    ])
  })
})

describe('one walker for a whole run', () => {
  it('asks each zone once, however many origins it holds', async () => {
    const names = Array.from({ length: 100 }, (_, i) => `o${i}.walk.test`)
    const lab = await plant({ walkRecords: names.map((n, i) => a(n, `192.0.2.${i + 1}`)) })
    const alone = lab.walker()
    const single = await alone.walk(names[0]!)
    const perOriginAlone = alone.queriesSent
    expect(single.queriesAlone).toBe(perOriginAlone)
    await closePlanted()

    const again = await plant({ walkRecords: names.map((n, i) => a(n, `192.0.2.${i + 1}`)) })
    const shared = again.walker()
    const walks = await Promise.all(names.map((n) => shared.walk(n)))
    expect(walks.every((w, i) => w.outcome.kind === 'addresses' && w.outcome.addresses[0] === `192.0.2.${i + 1}`)).toBe(true)
    // Each name costs its own three questions to each of the two servers; the zones cost once.
    expect(shared.queriesSent).toBe(perOriginAlone + 99 * 6)
    expect(walks.every((w) => w.queriesAlone === perOriginAlone)).toBe(true)
    expect(again.asked(ROOT).length).toBe(lab.asked(ROOT).length)
    expect(again.asked(NS1).filter((q) => q.name === 'walk.test' && q.type === 'SOA')).toHaveLength(2) // UDP, then TCP
  })
})

describe("a walk that cannot reach a zone's servers from here", () => {
  it('is unchecked (a notice), not a broken zone, when its servers are all on a family this machine cannot route', () => {
    const server = (address: string) => ({
      server: 'ns1.v6only.test',
      address,
      port: 53,
      status: 'unprobed' as const,
      reason: 'this machine has no IPv6 route',
    })
    const walk = {
      name: 'www.v6only.test',
      port: 53,
      roots: [ROOT],
      chain: [],
      ms: 1,
      queriesAlone: 9,
      zones: [
        {
          zone: 'v6only.test',
          parent: 'test',
          parentNs: ['ns1.v6only.test'],
          glue: [],
          childNs: [],
          nameServers: [],
          servers: [server('2001:db8::53')],
          queries: 0,
        },
      ],
      outcome: {
        kind: 'unresolved' as const,
        name: 'www.v6only.test',
        zone: 'v6only.test',
        reason: 'no name server of v6only.test answers authoritatively',
      },
    }
    expect(judgeWalk(walk)).toMatchObject([
      { code: 'PROBE_UNAVAILABLE', address: '2001:db8::53', details: { family: 'IPv6', zone: 'v6only.test' } },
    ])
    const stuck = { ...walk, zones: [{ ...walk.zones[0]!, servers: [] }] }
    expect(judgeWalk(stuck)).toMatchObject([
      {
        code: 'PROBE_ERROR',
        details: { step: 'dns walk', query: 'www.v6only.test', error: 'no name server of v6only.test answers authoritatively' },
      },
    ])
  })
})

describe('a hostile delegation', () => {
  it('asks at most 16 of its name servers', async () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ name: `ns${i}.many.test`, address: `127.0.55.${100 + i}` }))
    const lab = await plant({
      tldRecords: many.flatMap((n) => [{ name: 'many.test', type: 'NS' as const, data: n.name }, a(n.name, n.address)]),
    })
    const walk = await lab.walker(150).walk('www.many.test')
    const zone = walk.zones.find((z) => z.zone === 'many.test')!
    expect(zone.parentNs).toHaveLength(40)
    expect(zone.nameServers).toHaveLength(16)
    expect(zone.servers).toHaveLength(16)
    expect(walk.outcome.kind).toBe('unresolved')
  })
})

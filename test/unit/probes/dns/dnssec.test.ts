import { afterEach, describe, expect, it } from 'vitest'
import { judgeWalk } from '../../../../src/checks/dns/judge.js'
import { rrsigTime, type LabRecord } from '../../../../src/lab/dns/records.js'
import { dnskeyRdata, dsFor, dsMatches, keyTag } from '../../../../src/probes/dns/keys.js'
import { NS1, NS2, TLD, closePlanted, plant } from './hierarchy.js'

afterEach(closePlanted)

const DAY = 86_400_000
const KEY = `257 3 13 ${Buffer.alloc(64, 1).toString('base64')}`
const OTHER_KEY = `257 3 13 ${Buffer.alloc(64, 2).toString('base64')}`

function rrsig(name: string, type: string, fromDays: number, toDays: number, now = Date.now()): LabRecord {
  const window = `${rrsigTime(new Date(now + toDays * DAY))} ${rrsigTime(new Date(now + fromDays * DAY))}`
  return {
    name,
    type: 'RRSIG',
    data: `${type} 13 ${name.split('.').length} 300 ${window} ${keyTag(dnskeyRdata(KEY))} walk.test. ${Buffer.alloc(64, 9).toString('base64')}`,
  }
}

/** `walk.test` signed (in shape) with KEY, the parent's DS made from `dsKey`, www's A signed over the window given. */
const signed = (dsKey: string, fromDays = -10, toDays = 10) =>
  plant({
    walkRecords: [
      { name: 'walk.test', type: 'DNSKEY', data: KEY },
      rrsig('walk.test', 'SOA', -10, 10),
      rrsig('www.walk.test', 'A', fromDays, toDays),
    ],
    tldRecords: [{ name: 'walk.test', type: 'DS', data: dsFor('walk.test', dsKey)! }],
  })

describe('DNSKEY arithmetic', () => {
  it('computes the key tag and DS digest of the example in RFC 4034 section 5.4', () => {
    const key =
      '256 3 5 AQOeiiR0GOMYkDshWoSKz9XzfwJr1AYtsmx3TGkJaNXVbfi/2pHm822aJ5iI9BMzNXxeYCmZDRD99WYwYqUSdjMmmAphXdvxegXd/M5+X7OrzKBaMbCVdFLUUh6DhweJBjEVv5f2wwjM9XzcnOf+EPbtG9DMBmADjFDc2w/rljwvFw=='
    expect(keyTag(dnskeyRdata(key))).toBe(60485)
    expect(dsFor('dskey.example.com.', key, 1)).toBe('60485 5 1 2BB183AF5F22588179A53B0A98631FAD1A292118')
    expect(dsMatches('DSKEY.example.com', '60485 5 1 2bb183af5f22588179a53b0a98631fad1a292118', key)).toBe(true)
    expect(dsMatches('dskey.example.com', '60485 5 1 2BB183AF5F22588179A53B0A98631FAD1A292119', key)).toBe(false)
    expect(dsFor('dskey.example.com', key, 3)).toBeUndefined()
  })
})

describe('the walk checks what a validating resolver would', () => {
  it('asks with the DO bit, and passes a zone whose DS matches its DNSKEY and whose signatures are current', async () => {
    const lab = await signed(KEY)
    const walk = await lab.walker().walk('www.walk.test')
    expect(lab.asked(NS1).every((q) => q.dnssecOk)).toBe(true)
    expect(walk.zones[2]!.dnssec).toMatchObject({
      ds: [dsFor('walk.test', KEY)],
      dsFrom: { server: 'ns.nic.test', address: TLD },
      dnskeys: [KEY],
      dnskeyFrom: { address: NS1 },
    })
    expect(walk.chain[0]!.answers.find((a) => a.query === 'www.walk.test A')!.signatures).toHaveLength(1)
    expect(judgeWalk(walk)).toEqual([])
  })

  it('a DS at the parent that matches no DNSKEY: DNS_DNSSEC_BOGUS naming the zone, the server asked and why', async () => {
    const lab = await signed(OTHER_KEY)
    const walk = await lab.walker().walk('www.walk.test')
    expect(judgeWalk(walk)).toMatchObject([
      {
        code: 'DNS_DNSSEC_BOGUS',
        address: NS1,
        details: {
          zone: 'walk.test',
          server: 'ns1.walk.test',
          query: 'walk.test DNSKEY',
          problem: 'ds-matches-no-dnskey',
          parent: 'test',
          keyTags: [keyTag(dnskeyRdata(OTHER_KEY))],
        },
      },
    ])
  })

  it("a signature over the origin's records out of its window, judged by the run's clock", async () => {
    const lab = await signed(KEY, -10, 1)
    const walk = await lab.walker().walk('www.walk.test')
    expect(judgeWalk(walk, new Date())).toEqual([])
    expect(judgeWalk(walk, new Date(Date.now() + 2 * DAY))).toMatchObject([
      {
        code: 'DNS_DNSSEC_BOGUS',
        address: NS1,
        details: {
          zone: 'walk.test',
          query: 'www.walk.test A',
          problem: 'rrsig-expired',
          covered: 'A',
          at: expect.stringMatching(/^\d{4}-/),
          servers: [`ns1.walk.test (${NS1})`, `ns2.walk.test (${NS2})`],
        },
      },
    ])
    expect(judgeWalk(walk, new Date(Date.now() - 11 * DAY))).toMatchObject([
      { code: 'DNS_DNSSEC_BOGUS', details: { problem: 'rrsig-not-yet-valid', covered: 'A' } },
    ])
  })

  it('a zone without a DS is not judged: resolvers treat it as unsigned', async () => {
    const lab = await plant({
      walkRecords: [
        { name: 'walk.test', type: 'DNSKEY', data: KEY },
        rrsig('walk.test', 'SOA', -10, 10),
        rrsig('www.walk.test', 'A', -10, -5),
      ],
    })
    const walk = await lab.walker().walk('www.walk.test')
    expect(walk.zones[2]!.dnssec).toBeUndefined()
    expect(walk.chain[0]!.answers.find((a) => a.query === 'www.walk.test A')!.signatures).toHaveLength(1)
    expect(judgeWalk(walk)).toEqual([])
  })
})

import type { Expectation, Scenario } from './scenario.js'
import { delegation, PROVIDER_NS, zoneOf, type DnsPlant, type LabNameServer } from './dns/hierarchy.js'
import { rrsigTime, type LabRecord } from './dns/records.js'
import { createHash } from 'node:crypto'
import { dsFor } from '../probes/dns/keys.js'

/** The zone every lab origin lives in (scenarios.ts LAB_ZONE; repeated to keep the import one-way). */
const LAB = 'lab.origin-preflight.test'
const LAB_NS = [`ns1.${LAB}`, `ns2.${LAB}`]
/** Where every planted origin listens (servers.ts LAB_ADDRESS). */
const ORIGIN = '127.0.0.1'

const a = (name: string, address = ORIGIN): LabRecord => ({ name, type: 'A', data: address })
const cname = (name: string, target: string): LabRecord => ({ name, type: 'CNAME', data: target })
const servedAt = (address: string, name: string, zones: LabNameServer['zones'], mode?: LabNameServer['mode']): LabNameServer => ({
  name,
  address,
  zones,
  ...(mode ? { mode } : {}),
})

interface ZonePlantOptions {
  /** Name servers as the parent delegates them: `[suffix of ns name, address, glue?]`. */
  servers: { label: string; address: string; glue?: boolean; mode?: LabNameServer['mode']; serial?: number; extra?: LabRecord[] }[]
  /** The NS set the zone itself serves (default: the delegated one). */
  childNs?: string[]
}

/** A child zone of the lab zone, `<label>.lab...`, holding `www` and served by its own servers. */
function childZone(label: string, options: ZonePlantOptions): DnsPlant {
  const zone = `${label}.${LAB}`
  const ns = options.servers.map((s) => ({ name: `${s.label}.${zone}`, address: s.address, glue: s.glue ?? true }))
  const childNs = options.childNs ?? ns.map((n) => n.name)
  const inZone = ns.map((n) => a(n.name, n.address))
  return {
    labRecords: delegation(
      zone,
      ns.map((n) => ({ name: n.name, ...(n.glue ? { address: n.address } : {}) })),
    ),
    servers: options.servers.map((s, i) =>
      servedAt(s.address, ns[i]!.name, [zoneOf(zone, childNs, [...inZone, a(`www.${zone}`), ...(s.extra ?? [])], s.serial)], s.mode),
    ),
  }
}

const tls = (domain: string): Scenario['tls'] => ({ kind: 'chain', certificate: { names: [domain] } })
const unresolvable: Scenario['tls'] = { kind: 'none' }
const expect = (code: Expectation['code'], severity: Expectation['severity'], address?: string): Expectation[] => [
  { code, severity, ...(address ? { address } : {}) },
]

const HEALTHY_ZONE = `dns-healthy.${LAB}`
const DAY_MS = 86_400_000

/** A DNSKEY (ECDSA P-256 shape, flags 257) whose key bytes derive from `seed`: stable, and never used to sign. */
function dnskey(seed: string): string {
  const key = Buffer.concat([createHash('sha256').update(`${seed}-x`).digest(), createHash('sha256').update(`${seed}-y`).digest()])
  return `257 3 13 ${key.toString('base64')}`
}

/**
 * A child zone signed (in shape) with `key`, its parent publishing the DS of `dsKey`. The apex SOA carries
 * a current signature: that is how a server (Knot) tells a signed zone and sends RRSIGs to DO queries.
 */
function signedZone(
  label: string,
  address: string,
  key: string,
  dsKey: string,
  records: (zone: string) => LabRecord[] = () => [],
): DnsPlant {
  const zone = `${label}.${LAB}`
  const apex: LabRecord[] = [{ name: zone, type: 'DNSKEY', data: key }, signature(zone, zone, 'SOA', key, -30, 30)]
  const plant = childZone(label, { servers: [{ label: 'ns1', address, extra: [...apex, ...records(zone)] }] })
  return { ...plant, labRecords: [...plant.labRecords!, { name: zone, type: 'DS', data: dsFor(zone, dsKey)! }] }
}

/** An RRSIG over `name`'s `type` records valid from `fromDays` to `toDays` from now (only that window is judged). */
function signature(zone: string, name: string, type: string, key: string, fromDays: number, toDays: number): LabRecord {
  const now = Date.now()
  const tag = dsFor(zone, key)!.split(' ')[0]
  const bytes = Buffer.alloc(64, 7).toString('base64')
  const window = `${rrsigTime(new Date(now + toDays * DAY_MS))} ${rrsigTime(new Date(now + fromDays * DAY_MS))}`
  return { name, type: 'RRSIG', data: `${type} 13 ${name.split('.').length} 300 ${window} ${tag} ${zone}. ${bytes}` }
}

/**
 * Origins found only through the lab's DNS (no `addresses:`), each with one planted DNS fault. Their
 * names live in the lab zone or in a child zone of it; the walk must find the fault and the server at fault.
 */
export const DNS_SCENARIOS: readonly Scenario[] = [
  {
    name: 'dns-healthy',
    fault: 'none: a zone on out-of-zone name servers, resolved by their own walk',
    domain: `www.${HEALTHY_ZONE}`,
    tls: tls(`www.${HEALTHY_ZONE}`),
    dns: {
      labRecords: delegation(
        HEALTHY_ZONE,
        PROVIDER_NS.map((name) => ({ name })),
      ),
      providerZones: [zoneOf(HEALTHY_ZONE, [...PROVIDER_NS], [a(`www.${HEALTHY_ZONE}`)])],
    },
    expect: [],
  },
  {
    name: 'cname-across-zones',
    fault: 'none: a CNAME into another zone',
    domain: `cname-across-zones.${LAB}`,
    tls: tls(`cname-across-zones.${LAB}`),
    dns: { labRecords: [cname(`cname-across-zones.${LAB}`, `www.${HEALTHY_ZONE}`)] },
    expect: [],
  },
  {
    name: 'lame-delegation',
    fault: 'one of two delegated servers only serves the parent zone',
    domain: `www.lame-delegation.${LAB}`,
    tls: tls(`www.lame-delegation.${LAB}`),
    dns: (() => {
      const zone = `lame-delegation.${LAB}`
      const ns = [`ns1.${zone}`, LAB_NS[0]!]
      return {
        labRecords: [...delegation(zone, [{ name: ns[0]!, address: '127.0.53.10' }, { name: ns[1]! }])],
        servers: [servedAt('127.0.53.10', ns[0]!, [zoneOf(zone, ns, [a(ns[0]!, '127.0.53.10'), a(`www.${zone}`)])])],
      }
    })(),
    expect: expect('DNS_LAME_DELEGATION', 'warning', '127.0.53.6'),
  },
  {
    name: 'one-ns-dead',
    fault: 'one of two name servers does not answer',
    domain: `www.one-ns-dead.${LAB}`,
    tls: tls(`www.one-ns-dead.${LAB}`),
    dns: childZone('one-ns-dead', {
      servers: [
        { label: 'ns1', address: '127.0.53.11' },
        { label: 'ns2', address: '127.0.53.12', mode: 'down' },
      ],
    }),
    expect: expect('DNS_NS_UNREACHABLE', 'warning', '127.0.53.12'),
  },
  {
    name: 'all-ns-dead',
    fault: 'no name server of the zone answers',
    domain: `www.all-ns-dead.${LAB}`,
    tls: unresolvable,
    dns: childZone('all-ns-dead', {
      servers: [
        { label: 'ns1', address: '127.0.53.13', mode: 'down' },
        { label: 'ns2', address: '127.0.53.14', mode: 'down' },
      ],
    }),
    // One finding per dead server, each an error: none of them answers.
    expect: [...expect('DNS_NS_UNREACHABLE', 'error', '127.0.53.13'), ...expect('DNS_NS_UNREACHABLE', 'error', '127.0.53.14')],
  },
  {
    name: 'ns-mismatch',
    fault: 'the parent delegates to two servers, the zone lists one',
    domain: `www.ns-mismatch.${LAB}`,
    tls: tls(`www.ns-mismatch.${LAB}`),
    dns: childZone('ns-mismatch', {
      servers: [
        { label: 'ns1', address: '127.0.53.15' },
        { label: 'ns2', address: '127.0.53.16' },
      ],
      childNs: [`ns1.ns-mismatch.${LAB}`],
    }),
    expect: expect('DNS_DELEGATION_MISMATCH', 'warning'),
  },
  {
    name: 'serial-mismatch',
    fault: 'the two name servers serve different SOA serials',
    domain: `www.serial-mismatch.${LAB}`,
    tls: tls(`www.serial-mismatch.${LAB}`),
    dns: childZone('serial-mismatch', {
      servers: [
        { label: 'ns1', address: '127.0.53.17', serial: 2024010101 },
        { label: 'ns2', address: '127.0.53.18', serial: 2024010102 },
      ],
    }),
    expect: expect('DNS_SOA_SERIAL_MISMATCH', 'warning'),
  },
  {
    name: 'missing-glue',
    fault: 'an in-zone name server without glue at the parent',
    domain: `www.missing-glue.${LAB}`,
    tls: tls(`www.missing-glue.${LAB}`),
    dns: childZone('missing-glue', {
      servers: [
        { label: 'ns1', address: '127.0.53.19' },
        { label: 'ns2', address: '127.0.53.20', glue: false },
      ],
    }),
    expect: expect('DNS_MISSING_GLUE', 'error', '127.0.53.6'),
  },
  {
    name: 'dangling-cname',
    fault: 'a CNAME to a name that does not exist',
    domain: `dangling-cname.${LAB}`,
    tls: unresolvable,
    dns: { labRecords: [cname(`dangling-cname.${LAB}`, `gone.${HEALTHY_ZONE}`)] },
    expect: expect('DNS_CNAME_DANGLING', 'error'),
  },
  {
    name: 'cname-loop',
    fault: 'two CNAMEs pointing at each other',
    domain: `cname-loop.${LAB}`,
    tls: unresolvable,
    dns: { labRecords: [cname(`cname-loop.${LAB}`, `loop-back.${LAB}`), cname(`loop-back.${LAB}`, `cname-loop.${LAB}`)] },
    expect: expect('DNS_CNAME_LOOP', 'error'),
  },
  {
    name: 'nxdomain',
    fault: 'the origin name does not exist',
    domain: `nxdomain.${LAB}`,
    tls: unresolvable,
    dns: {},
    expect: expect('DNS_NXDOMAIN', 'error', '127.0.53.6'),
  },
  {
    name: 'no-address',
    fault: 'the name exists with a TXT record only',
    domain: `no-address.${LAB}`,
    tls: unresolvable,
    dns: { labRecords: [{ name: `no-address.${LAB}`, type: 'TXT', data: 'no address here' }] },
    expect: expect('DNS_NO_ADDRESS', 'error'),
  },
  {
    name: 'wrong-soa',
    fault: "a delegated subdomain whose servers answer with the parent zone's SOA",
    domain: `www.wrong-soa.${LAB}`,
    tls: unresolvable,
    dns: (() => {
      const zone = `wrong-soa.${LAB}`
      const ns = [
        { name: `ns1.${zone}`, address: '127.0.53.21' },
        { name: `ns2.${zone}`, address: '127.0.53.22' },
      ]
      // They serve a copy of the parent zone that does not know the delegation, not the subdomain.
      const parentCopy = zoneOf(LAB, LAB_NS)
      return { labRecords: delegation(zone, ns), servers: ns.map((n) => servedAt(n.address, n.name, [parentCopy])) }
    })(),
    expect: [...expect('DNS_LAME_DELEGATION', 'error', '127.0.53.21'), ...expect('DNS_LAME_DELEGATION', 'error', '127.0.53.22')],
  },
  {
    name: 'refused-ns',
    fault: 'one name server answers REFUSED (it does not serve the zone)',
    domain: `www.refused-ns.${LAB}`,
    tls: tls(`www.refused-ns.${LAB}`),
    dns: (() => {
      const plant = childZone('refused-ns', {
        servers: [
          { label: 'ns1', address: '127.0.53.23' },
          { label: 'ns2', address: '127.0.53.24' },
        ],
      })
      plant.servers![1]!.zones = []
      return plant
    })(),
    // RFC 9499: a delegated server that does not answer authoritatively (REFUSED included) is lame.
    expect: expect('DNS_LAME_DELEGATION', 'warning', '127.0.53.24'),
  },
  {
    name: 'servfail-ns',
    fault: 'one name server answers SERVFAIL to every question',
    domain: `www.servfail-ns.${LAB}`,
    tls: tls(`www.servfail-ns.${LAB}`),
    dns: (() => {
      const plant = childZone('servfail-ns', {
        servers: [
          { label: 'ns1', address: '127.0.53.31' },
          { label: 'ns2', address: '127.0.53.32' },
        ],
      })
      plant.servers![1]!.behaviour = {
        rewrite: (reply) => ({ ...reply, rcode: 'SERVFAIL', aa: false, answers: [], authorities: [], additionals: [] }),
      }
      return plant
    })(),
    expect: expect('DNS_SERVFAIL', 'error', '127.0.53.32'),
  },
  {
    name: 'no-tcp',
    fault: 'one name server does not answer over TCP',
    domain: `www.no-tcp.${LAB}`,
    tls: tls(`www.no-tcp.${LAB}`),
    dns: childZone('no-tcp', {
      servers: [
        { label: 'ns1', address: '127.0.53.25', mode: 'udp-only' },
        { label: 'ns2', address: '127.0.53.26' },
      ],
    }),
    expect: expect('DNS_TCP_UNSUPPORTED', 'warning', '127.0.53.25'),
  },
  {
    name: 'inconsistent-answers',
    fault: 'one name server also serves an AAAA record the other does not',
    domain: `www.inconsistent-answers.${LAB}`,
    tls: tls(`www.inconsistent-answers.${LAB}`),
    dns: childZone('inconsistent-answers', {
      servers: [
        { label: 'ns1', address: '127.0.53.27' },
        { label: 'ns2', address: '127.0.53.28', extra: [{ name: `www.inconsistent-answers.${LAB}`, type: 'AAAA', data: '::1' }] },
      ],
    }),
    expect: expect('DNS_INCONSISTENT_ANSWERS', 'warning'),
  },
  {
    name: 'dnssec-ds-mismatch',
    fault: 'the DS at the parent matches no DNSKEY of the zone',
    domain: `www.dnssec-ds-mismatch.${LAB}`,
    tls: tls(`www.dnssec-ds-mismatch.${LAB}`),
    dns: signedZone('dnssec-ds-mismatch', '127.0.53.29', dnskey('served'), dnskey('retired')),
    expect: expect('DNS_DNSSEC_BOGUS', 'warning', '127.0.53.29'),
  },
  {
    name: 'dnssec-expired',
    fault: "the signature over the origin's A record expired 2 days ago",
    domain: `www.dnssec-expired.${LAB}`,
    tls: tls(`www.dnssec-expired.${LAB}`),
    dns: signedZone('dnssec-expired', '127.0.53.30', dnskey('current'), dnskey('current'), (zone) => [
      signature(zone, `www.${zone}`, 'A', dnskey('current'), -30, -2),
    ]),
    expect: expect('DNS_DNSSEC_BOGUS', 'warning', '127.0.53.30'),
  },
]

import { compareNumeric } from '../../text/compare.js'
import { canReach } from '../routes.js'
import { familyOf } from '../resolve.js'
import { isAtOrBelow, isBelow } from './names.js'
import { failureText, traceOf } from './trace.js'
import { soaSerial, type Question } from './wire.js'
import type { DnsExchange, DnsResponse, DnsTransport } from './types.js'
import type { LameAnswer, NameServerEntry, ServerObservation, ZoneObservation } from './walk-types.js'

/** What zone inspection needs from the walk: cached questions and the addresses of out-of-zone names. */
export interface WalkServices {
  port: number
  ask(address: string, question: Question, transport?: DnsTransport): Promise<DnsExchange>
  addressesOf(name: string, stack: readonly string[]): Promise<{ addresses: string[]; problem?: string }>
}

export interface Delegation {
  zone: string
  parent?: string
  ns: string[]
  glue: { name: string; address: string }[]
  referral?: ZoneObservation['referral']
  /** The root's servers come from the hints (through the priming query), not from a parent. */
  fromHints?: boolean
}

const OK_RCODES = new Set(['NOERROR', 'NXDOMAIN'])
/** A hostile zone must not make the walk ask thousands of servers: the root itself has 13. */
export const MAX_NAME_SERVERS = 16
const MAX_ADDRESSES = 4

/**
 * Asks every name server of a zone, on every address, for the zone's SOA (over UDP, then TCP) and NS:
 * the parent's servers first, then those only the zone itself lists, then in-zone servers the parent
 * gave no glue for, found through their siblings.
 */
export async function inspectZone(delegation: Delegation, services: WalkServices, stack: readonly string[]): Promise<ZoneObservation> {
  const { zone } = delegation
  const entries: NameServerEntry[] = []
  const servers: ServerObservation[] = []
  const inner = [...stack, zone]

  const probe = async (entry: NameServerEntry) => {
    if (entry.addresses.length === 0) {
      servers.push({
        server: entry.name,
        address: '',
        port: services.port,
        status: 'no-address',
        failure: 'no-address',
        reason: entry.problem ?? 'no address found',
      })
      return
    }
    servers.push(
      ...(await Promise.all(entry.addresses.slice(0, MAX_ADDRESSES).map((address) => probeServer(zone, entry.name, address, services)))),
    )
  }
  const addressesFor = async (name: string, fromZone: boolean): Promise<Pick<NameServerEntry, 'addresses' | 'source' | 'problem'>> => {
    if (fromZone || isAtOrBelow(name, zone)) {
      const found = await askAuthoritative(servers, name, services)
      return found.length
        ? { addresses: found, source: 'zone' }
        : { addresses: [], source: 'none', problem: `no server of ${zone} gave an address for it` }
    }
    const lookup = await services.addressesOf(name, inner)
    return {
      addresses: lookup.addresses,
      source: lookup.addresses.length ? 'lookup' : 'none',
      ...(lookup.problem ? { problem: lookup.problem } : {}),
    }
  }

  // The parent's view: glue where given, the name's own walk for out-of-zone servers.
  const later: NameServerEntry[] = []
  await Promise.all(
    delegation.ns.slice(0, MAX_NAME_SERVERS).map(async (name) => {
      const glue = delegation.glue
        .filter((g) => g.name === name)
        .map((g) => g.address)
        .slice(0, MAX_ADDRESSES)
      const entry: NameServerEntry = { name, listedBy: ['parent'], source: delegation.fromHints ? 'hints' : 'glue', addresses: glue }
      entries.push(entry)
      if (glue.length) return probe(entry)
      if (isBelow(name, zone) || name === zone) {
        entry.missingGlue = true
        later.push(entry)
        return
      }
      Object.assign(entry, await addressesFor(name, false))
      return probe(entry)
    }),
  )
  const answeredNs = servers.find((s) => s.status === 'authoritative' && s.ns)?.ns ?? []
  for (const entry of entries) if (answeredNs.includes(entry.name)) entry.listedBy.push('child')
  // The zone's own view: servers only it lists, and glueless in-zone servers, through their siblings.
  for (const name of answeredNs
    .filter((n) => !entries.some((e) => e.name === n))
    .slice(0, Math.max(0, MAX_NAME_SERVERS - entries.length))) {
    later.push({ name, listedBy: ['child'], source: 'none', addresses: [] })
    entries.push(later.at(-1)!)
  }
  await Promise.all(
    later.map(async (entry) => {
      Object.assign(entry, await addressesFor(entry.name, isAtOrBelow(entry.name, zone)))
      return probe(entry)
    }),
  )

  entries.sort((a, b) => a.name.localeCompare(b.name))
  servers.sort((a, b) => a.server.localeCompare(b.server) || compareNumeric(a.address, b.address))
  return {
    zone,
    ...(delegation.parent ? { parent: delegation.parent } : {}),
    parentNs: [...delegation.ns].sort(),
    glue: delegation.glue,
    ...(delegation.referral ? { referral: delegation.referral } : {}),
    childNs: [...answeredNs].sort(),
    nameServers: entries,
    servers,
    queries: 0,
  }
}

async function probeServer(zone: string, server: string, address: string, services: WalkServices): Promise<ServerObservation> {
  const base = { server, address, port: services.port }
  if (!canReach(address, familyOf(address)))
    return { ...base, status: 'unprobed', reason: `this machine has no IPv${familyOf(address)} route` }
  const question = { name: zone, type: 'SOA' }
  const soa = await services.ask(address, question)
  const trace = traceOf(question, soa)
  if (!soa.ok) return { ...base, status: 'unreachable', failure: soa.failure.kind, reason: failureText(soa), soa: trace }
  const { response } = soa
  // RFC 9499: a server named in a delegation that does not answer authoritatively for the zone is lame; REFUSED is the common way.
  if (response.rcode === 'REFUSED')
    return {
      ...base,
      status: 'lame',
      rcode: 'REFUSED',
      lame: { kind: 'refused', rcode: 'REFUSED' },
      reason: 'answered REFUSED',
      soa: trace,
    }
  if (!OK_RCODES.has(response.rcode))
    return { ...base, status: 'error-rcode', rcode: response.rcode, reason: `answered ${response.rcode}`, soa: trace }
  const lame = lameAnswer(zone, response)
  if (lame) return { ...base, status: 'lame', lame, reason: describeLame(lame), soa: trace }
  const record = response.answers.find((r) => r.type === 'SOA' && r.name === zone)!
  const [ns, tcp] = await Promise.all([
    services.ask(address, { name: zone, type: 'NS' }),
    soa.transport === 'tcp' ? undefined : services.ask(address, question, 'tcp'),
  ])
  const observation: ServerObservation = {
    ...base,
    status: 'authoritative',
    soa: trace,
    tcp: !tcp ? 'ok' : tcp.ok ? 'ok' : failureText(tcp),
  }
  if (tcp && !tcp.ok) observation.tcpFailure = tcp.failure.kind
  const serial = soaSerial(record)
  if (serial !== undefined) observation.serial = serial
  if (soa.ok && soa.udpFailure) observation.reason = `answers over TCP only (${soa.udpFailure.detail})`
  if (ns.ok && ns.response.aa)
    observation.ns = ns.response.answers
      .filter((r) => r.type === 'NS' && r.name === zone)
      .map((r) => r.data)
      .sort()
  return observation
}

/** How an answer to `zone SOA` fails to be authoritative for the zone, or undefined when it is. */
export function lameAnswer(zone: string, response: DnsResponse): LameAnswer | undefined {
  const referral = response.authorities.filter((r) => r.type === 'NS')
  const rcode = response.rcode
  if (!response.aa) {
    if (referral.length === 0) return { kind: 'no-aa', rcode }
    const to = referral[0]!.name
    return {
      kind: isBelow(zone, to) || to === '.' ? 'upward-referral' : 'referral',
      rcode,
      zone: to,
      servers: referral.map((r) => r.data).sort(),
    }
  }
  if (response.answers.some((r) => r.type === 'SOA' && r.name === zone)) return undefined
  const other = [...response.answers, ...response.authorities].find((r) => r.type === 'SOA')
  return other ? { kind: 'other-soa', rcode, zone: other.name } : { kind: 'no-soa', rcode }
}

/** The walk trace's words for a lame answer. */
export function describeLame(lame: LameAnswer): string {
  const answered = lame.rcode === 'NXDOMAIN' ? 'NXDOMAIN' : 'no SOA record'
  switch (lame.kind) {
    case 'refused':
      return 'answered REFUSED'
    case 'no-aa':
      return 'answers without the AA bit'
    case 'referral':
      return `a referral to ${lame.zone} (${lame.servers?.join(', ')})`
    case 'upward-referral':
      return `an upward referral to ${lame.zone} (${lame.servers?.join(', ')})`
    case 'other-soa':
      return `answers ${answered} with the SOA of ${lame.zone}`
    case 'no-soa':
      return `answers ${answered} for the zone's apex`
  }
}

/** Asks the zone's authoritative servers for a name's addresses (A and AAAA), first answer wins. */
async function askAuthoritative(servers: readonly ServerObservation[], name: string, services: WalkServices): Promise<string[]> {
  for (const server of servers.filter((s) => s.status === 'authoritative')) {
    const answers = await Promise.all(['A', 'AAAA'].map((type) => services.ask(server.address, { name, type })))
    const found = answers.flatMap((a) =>
      a.ok && a.response.aa
        ? a.response.answers.filter((r) => r.name === name && (r.type === 'A' || r.type === 'AAAA')).map((r) => r.data)
        : [],
    )
    if (answers.some((a) => a.ok && a.response.aa)) return [...new Set(found)]
  }
  return []
}

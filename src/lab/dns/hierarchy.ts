import { soaRecord, type LabRecord, type LabZone } from './records.js'
import type { NameServerBehaviour } from './server.js'

/** How a lab name server runs: answering, absent (nothing listens), or deaf to TCP. */
export type NameServerMode = 'normal' | 'down' | 'udp-only'

export interface LabNameServer {
  /** The name it is delegated under (for the verdict table and Knot's config). */
  name: string
  address: string
  zones: LabZone[]
  mode?: NameServerMode
  /** Faults only the in-process server can play (tests script them). */
  behaviour?: NameServerBehaviour
}

/** A scenario's DNS: records in the lab zone, its own name servers, zones on the shared provider servers. */
export interface DnsPlant {
  labRecords?: LabRecord[]
  servers?: LabNameServer[]
  providerZones?: LabZone[]
}

export const ROOT_ADDRESS = '127.0.53.1'
export const PROVIDER_NS = ['ns1.dns.origin-preflight.test', 'ns2.dns.origin-preflight.test'] as const
const PROVIDER_ADDRESSES = ['127.0.53.8', '127.0.53.9'] as const
const ROOT_NS = 'a.root-servers.lab'

/** NS records for `zone` and glue for those names that have an address. */
export function delegation(zone: string, servers: readonly { name: string; address?: string }[]): LabRecord[] {
  return [
    ...servers.map((s): LabRecord => ({ name: zone, type: 'NS', data: s.name })),
    ...servers.flatMap((s): LabRecord[] => (s.address ? [{ name: s.name, type: 'A', data: s.address }] : [])),
  ]
}

/** A zone's apex (SOA and NS) plus its records. */
export function zoneOf(origin: string, ns: readonly string[], records: LabRecord[] = [], serial = 2024010101): LabZone {
  return {
    origin,
    records: [soaRecord(origin, serial, ns[0]), ...ns.map((n): LabRecord => ({ name: origin, type: 'NS', data: n })), ...records],
  }
}

export interface LabOriginRecord {
  domain: string
  addresses: string[]
}

/**
 * The lab's DNS: a private root, `test`, `origin-preflight.test`, and the lab zone holding every planted
 * origin's name (addresses where the origin is served) and each scenario's planted records; then the
 * scenarios' own zones and servers.
 */
export function labNameServers(labZone: string, origins: readonly LabOriginRecord[], plants: readonly DnsPlant[]): LabNameServer[] {
  const tld = 'test'
  const parent = labZone.split('.').slice(1).join('.')
  const tldNs = [
    { name: 'ns1.nic.test', address: '127.0.53.2' },
    { name: 'ns2.nic.test', address: '127.0.53.3' },
  ]
  const parentNs = [
    { name: `ns1.${parent}`, address: '127.0.53.4' },
    { name: `ns2.${parent}`, address: '127.0.53.5' },
  ]
  const labNs = [
    { name: `ns1.${labZone}`, address: '127.0.53.6' },
    { name: `ns2.${labZone}`, address: '127.0.53.7' },
  ]
  const names = (list: { name: string }[]) => list.map((s) => s.name)
  const glueOf = (list: { name: string; address: string }[]): LabRecord[] => list.map((s) => ({ name: s.name, type: 'A', data: s.address }))

  const root = zoneOf('.', [ROOT_NS], [{ name: ROOT_NS, type: 'A', data: ROOT_ADDRESS }, ...delegation(tld, tldNs)])
  const test = zoneOf(tld, names(tldNs), [...glueOf(tldNs), ...delegation(parent, parentNs)])
  const providers = PROVIDER_NS.map((name, i): LabRecord => ({ name, type: 'A', data: PROVIDER_ADDRESSES[i]! }))
  const parentZone = zoneOf(parent, names(parentNs), [...glueOf(parentNs), ...delegation(labZone, labNs), ...providers])
  const originRecords = origins.flatMap((o) => o.addresses.map((address): LabRecord => ({ name: o.domain, type: 'A', data: address })))
  const lab = zoneOf(labZone, names(labNs), [...glueOf(labNs), ...originRecords, ...plants.flatMap((p) => p.labRecords ?? [])])
  const providerZones = plants.flatMap((p) => p.providerZones ?? [])

  return [
    { name: ROOT_NS, address: ROOT_ADDRESS, zones: [root] },
    ...tldNs.map((s) => ({ ...s, zones: [test] })),
    ...parentNs.map((s) => ({ ...s, zones: [parentZone] })),
    ...labNs.map((s) => ({ ...s, zones: [lab] })),
    ...PROVIDER_NS.map((name, i) => ({ name, address: PROVIDER_ADDRESSES[i]!, zones: providerZones })),
    ...plants.flatMap((p) => p.servers ?? []),
  ]
}

/**
 * A small DNS hierarchy for the walk tests: a root, `test`, and `walk.test` on two servers, each on its
 * own loopback address of 127.0.55.0/24, all on one port. Tests plant faults through `behaviour`.
 */
import { delegation, zoneOf, type LabNameServer } from '../../../../src/lab/dns/hierarchy.js'
import type { LabRecord, LabZone } from '../../../../src/lab/dns/records.js'
import type { AskedQuestion, NameServerBehaviour } from '../../../../src/lab/dns/server.js'
import { startLabDns, type RunningLabDns } from '../../../../src/lab/dns/start.js'
import { DnsWalker } from '../../../../src/probes/dns/walk.js'

export const ROOT = '127.0.55.1'
export const TLD = '127.0.55.2'
export const NS1 = '127.0.55.3'
export const NS2 = '127.0.55.4'
export const EXTRA = '127.0.55.5'

export const a = (name: string, address: string): LabRecord => ({ name, type: 'A', data: address })
export const cname = (name: string, target: string): LabRecord => ({ name, type: 'CNAME', data: target })

export interface Plant {
  ns1?: NameServerBehaviour
  ns2?: NameServerBehaviour
  /** Start no server on these addresses. */
  down?: string[]
  /** More records in `walk.test` (on both servers) and in `test`. */
  walkRecords?: LabRecord[]
  tldRecords?: LabRecord[]
  /** Serial of `walk.test` on ns2 (ns1 serves 1). */
  ns2Serial?: number
  /** More servers (zones elsewhere in the tree). */
  servers?: LabNameServer[]
  /** More zones ns1.walk.test serves. */
  ns1Zones?: LabZone[]
}

export function walkZone(records: LabRecord[] = [], serial = 1): LabZone {
  return zoneOf(
    'walk.test',
    ['ns1.walk.test', 'ns2.walk.test'],
    [a('ns1.walk.test', NS1), a('ns2.walk.test', NS2), a('www.walk.test', '192.0.2.1'), ...records],
    serial,
  )
}

export function plantServers(plant: Plant = {}): LabNameServer[] {
  const root = zoneOf('.', ['a.root.test'], [a('a.root.test', ROOT), ...delegation('test', [{ name: 'ns.nic.test', address: TLD }])])
  const tld = zoneOf(
    'test',
    ['ns.nic.test'],
    [
      a('ns.nic.test', TLD),
      ...delegation('walk.test', [
        { name: 'ns1.walk.test', address: NS1 },
        { name: 'ns2.walk.test', address: NS2 },
      ]),
      ...(plant.tldRecords ?? []),
    ],
  )
  const servers: LabNameServer[] = [
    { name: 'a.root.test', address: ROOT, zones: [root] },
    { name: 'ns.nic.test', address: TLD, zones: [tld] },
    {
      name: 'ns1.walk.test',
      address: NS1,
      zones: [walkZone(plant.walkRecords), ...(plant.ns1Zones ?? [])],
      ...(plant.ns1 ? { behaviour: plant.ns1 } : {}),
    },
    {
      name: 'ns2.walk.test',
      address: NS2,
      zones: [walkZone(plant.walkRecords, plant.ns2Serial)],
      ...(plant.ns2 ? { behaviour: plant.ns2 } : {}),
    },
    ...(plant.servers ?? []),
  ]
  return servers.map((s) => (plant.down?.includes(s.address) ? { ...s, mode: 'down' as const } : s))
}

export interface Planted {
  dns: RunningLabDns
  walker(timeoutMs?: number): DnsWalker
  asked(address: string): AskedQuestion[]
}

const running: RunningLabDns[] = []

export async function plant(p: Plant = {}): Promise<Planted> {
  const dns = await startLabDns(plantServers(p))
  running.push(dns)
  return {
    dns,
    walker: (timeoutMs = 300) => new DnsWalker({ roots: [ROOT], port: dns.port, timeoutMs }),
    asked: (address) => dns.servers.find((s) => s.address === address)?.asked ?? [],
  }
}

export async function closePlanted(): Promise<void> {
  await Promise.all(running.splice(0).map((r) => r.close()))
}

import type { Delegation } from './inspect.js'
import type { Question } from './wire.js'
import type { DnsExchange } from './types.js'
import type { DnssecObservation, ZoneObservation } from './walk-types.js'

/**
 * The zone's DNSSEC anchor as a validating resolver meets it: the DS set at the parent (from the server
 * whose referral named the zone), then, where there is one, the zone's own DNSKEY set.
 */
export async function observeDnssec(
  zone: ZoneObservation,
  delegation: Delegation,
  ask: (address: string, question: Question) => Promise<DnsExchange>,
): Promise<DnssecObservation | undefined> {
  const from = delegation.referral
  if (!from) return undefined
  const ds = await ask(from.address, { name: zone.zone, type: 'DS' })
  const dsFrom = { server: from.server, address: from.address }
  if (!ds.ok) return { ds: [], dsFrom, error: `${zone.zone} DS: ${ds.failure.kind}` }
  const dsSet = ds.response.answers
    .filter((r) => r.type === 'DS' && r.name === zone.zone)
    .map((r) => r.data)
    .sort()
  if (dsSet.length === 0) return undefined
  const server = zone.servers.find((s) => s.status === 'authoritative')
  if (!server) return { ds: dsSet, dsFrom }
  const keys = await ask(server.address, { name: zone.zone, type: 'DNSKEY' })
  const dnskeyFrom = { server: server.server, address: server.address }
  if (!keys.ok) return { ds: dsSet, dsFrom, dnskeyFrom, error: `${zone.zone} DNSKEY: ${keys.failure.kind}` }
  const dnskeys = keys.response.answers
    .filter((r) => r.type === 'DNSKEY' && r.name === zone.zone)
    .map((r) => r.data)
    .sort()
  return { ds: dsSet, dsFrom, dnskeys, dnskeyFrom }
}

import type { FindingDraft } from '../../findings/finding.js'
import type { DnsWalk, ZoneObservation } from '../../probes/dns/walk-types.js'

/** What the servers of one zone say together: glue at the parent, NS sets that agree, one SOA serial. */
export function judgeZones(walk: DnsWalk): FindingDraft[] {
  return walk.zones.flatMap((zone) => [...missingGlue(zone, walk.port), ...delegationMismatch(zone), ...serialMismatch(zone)])
}

function missingGlue(zone: ZoneObservation, port: number): FindingDraft[] {
  if (zone.parent === undefined) return []
  const referral = zone.referral
  return zone.nameServers
    .filter((e) => e.missingGlue)
    .map((entry) => ({
      code: 'DNS_MISSING_GLUE',
      ...(referral ? { address: referral.address, port } : {}),
      details: {
        zone: zone.zone,
        server: entry.name,
        parent: zone.parent!,
        ...(referral ? { parentServer: referral.server, address: referral.address, query: referral.query } : { query: `${zone.zone} NS` }),
        foundAddresses: entry.addresses,
      },
    }))
}

function delegationMismatch(zone: ZoneObservation): FindingDraft[] {
  if (zone.parent === undefined) return []
  const parentNs = zone.parentNs.join(' ')
  const differing = zone.servers.filter((s) => s.status === 'authoritative' && s.ns && s.ns.length > 0 && s.ns.join(' ') !== parentNs)
  if (differing.length === 0) return []
  const childNs = differing[0]!.ns!
  return [
    {
      code: 'DNS_DELEGATION_MISMATCH',
      details: {
        zone: zone.zone,
        parent: zone.parent,
        parentNs: zone.parentNs,
        childNs,
        query: `${zone.zone} NS`,
        servers: differing.map((s) => `${s.server} (${s.address})`),
      },
    },
  ]
}

function serialMismatch(zone: ZoneObservation): FindingDraft[] {
  const serving = zone.servers.filter((s) => s.status === 'authoritative' && s.serial !== undefined)
  if (new Set(serving.map((s) => s.serial)).size < 2) return []
  return [
    {
      code: 'DNS_SOA_SERIAL_MISMATCH',
      details: { zone: zone.zone, query: `${zone.zone} SOA`, serials: serving.map((s) => `${s.server} (${s.address}): ${s.serial}`) },
    },
  ]
}

import type { JsonObject } from '../../json.js'
import type { FindingDraft } from '../../findings/finding.js'
import type { DnsWalk, ServerObservation, ZoneObservation } from '../../probes/dns/walk-types.js'

const ANSWERED = new Set(['authoritative', 'lame', 'error-rcode'])

/**
 * Each name server of each zone on the path, on each address: does it answer (UDP or TCP), is it
 * authoritative, does it answer without an error code, does it answer over TCP.
 */
export function judgeServers(walk: DnsWalk): FindingDraft[] {
  return walk.zones.flatMap((zone) => zone.servers.flatMap((server) => judgeServer(zone, server)))
}

function judgeServer(zone: ZoneObservation, server: ServerObservation): FindingDraft[] {
  const details = { zone: zone.zone, server: server.server, address: server.address || 'no address', query: `${zone.zone} SOA` }
  const at = server.address ? { address: server.address, port: server.port } : {}
  const someAnswer = zone.servers.some((s) => ANSWERED.has(s.status))
  const someAuthoritative = zone.servers.some((s) => s.status === 'authoritative')
  switch (server.status) {
    case 'unreachable':
      return [
        {
          code: 'DNS_NS_UNREACHABLE',
          severity: someAnswer ? 'warning' : 'error',
          ...at,
          details: { ...details, failure: server.failure ?? 'timeout' },
        },
      ]
    case 'no-address': {
      // A glueless in-zone server is the parent's fault, reported once as missing glue.
      if (zone.nameServers.some((e) => e.name === server.server && e.missingGlue)) return []
      return [{ code: 'DNS_NS_UNREACHABLE', severity: someAnswer ? 'warning' : 'error', details: { ...details, failure: 'no-address' } }]
    }
    case 'lame':
      return [
        {
          code: 'DNS_LAME_DELEGATION',
          severity: someAuthoritative ? 'warning' : 'error',
          ...at,
          details: { ...details, ...lameFacts(server) },
        },
      ]
    case 'error-rcode':
      return [
        {
          code: 'DNS_SERVFAIL',
          ...at,
          details: { ...details, rcode: server.rcode ?? 'an error', resolver: `${server.server} (${server.address})` },
        },
      ]
    case 'authoritative':
      if (server.tcp === undefined || server.tcp === 'ok') return []
      return [{ code: 'DNS_TCP_UNSUPPORTED', ...at, details: { ...details, tcpFailure: server.tcpFailure ?? 'timeout' } }]
    case 'unprobed':
      return []
  }
}

/** How the lame server answered, as facts. */
function lameFacts(server: ServerObservation): JsonObject {
  const lame = server.lame
  if (!lame) return { lame: 'no-aa' }
  return {
    lame: lame.kind,
    rcode: lame.rcode,
    ...(lame.zone ? { answeredFor: lame.zone } : {}),
    ...(lame.servers ? { referredTo: lame.servers } : {}),
  }
}

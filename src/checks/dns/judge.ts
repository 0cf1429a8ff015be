import type { FindingDraft } from '../../findings/finding.js'
import type { DnsWalk } from '../../probes/dns/walk-types.js'
import { judgeAnswers } from './answers.js'
import { judgeDnssec } from './dnssec.js'
import { judgeServers } from './servers.js'
import { judgeZones } from './zones.js'

/** Every DNS finding one walk supports: its zones, their servers, the answers and where the chain ends. */
export function judgeWalk(walk: DnsWalk, now: Date = new Date()): FindingDraft[] {
  const found = [...judgeZones(walk), ...judgeServers(walk), ...judgeAnswers(walk), ...judgeDnssec(walk, now)]
  // A walk that stopped must say why; the server findings usually do.
  const outcome = walk.outcome
  if (walk.budget) return [...found, { code: 'PROBE_ERROR', details: { step: 'dns walk', query: walk.name, ...walk.budget } }]
  if (outcome.kind === 'unresolved' && !found.some((f) => (f.severity ?? 'error') === 'error' && f.code !== 'DNS_MISSING_GLUE')) {
    // Name servers only on a family this machine cannot reach (IPv6 on many CI runners) are unchecked, not broken.
    const unprobed = walk.zones.find((z) => z.zone === outcome.zone)?.servers.filter((s) => s.status === 'unprobed') ?? []
    const answering = walk.zones.find((z) => z.zone === outcome.zone)?.servers.some((s) => s.status === 'authoritative')
    if (unprobed.length > 0 && !answering) {
      const first = unprobed[0]!
      found.push({
        code: 'PROBE_UNAVAILABLE',
        address: first.address,
        details: {
          unchecked: 'dns',
          because: 'name-servers-unroutable',
          zone: outcome.zone ?? '',
          servers: unprobed.map((s) => `${s.server} ${s.address}`),
          family: first.address.includes(':') ? 'IPv6' : 'IPv4',
        },
      })
    } else {
      found.push({ code: 'PROBE_ERROR', details: { step: 'dns walk', query: outcome.name, error: outcome.reason } })
    }
  }
  return found
}

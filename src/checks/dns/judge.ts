import type { Observation } from '../../findings.js'
import type { DnsWalk } from '../../probes/dns/walk-types.js'
import { judgeAnswers } from './answers.js'
import { judgeServers } from './servers.js'
import { judgeZones } from './zones.js'

/** Every DNS finding one walk supports: its zones, their servers, the answers and where the chain ends. */
export function judgeWalk(walk: DnsWalk): Observation[] {
  const found = [...judgeZones(walk), ...judgeServers(walk), ...judgeAnswers(walk)]
  // A walk that stopped must say why; the server findings usually do.
  if (walk.outcome.kind === 'unresolved' && !found.some((f) => (f.severity ?? 'error') === 'error' && f.code !== 'DNS_MISSING_GLUE')) {
    found.push({ code: 'PROBE_ERROR', details: { step: 'dns walk', error: `${walk.outcome.name}: ${walk.outcome.reason}` } })
  }
  return found
}

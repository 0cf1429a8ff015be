import { defineCheck, type OriginObservations } from './define.js'
import type { OriginConfig } from '../config/types.js'
import type { FindingDraft } from '../findings/finding.js'
import type { DnsWalk } from '../probes/dns/walk-types.js'
import { judgeWalk } from './dns/judge.js'

const RCODES: Record<string, string> = { ESERVFAIL: 'SERVFAIL', EREFUSED: 'REFUSED' }

/**
 * The one place DNS findings come from. With the authoritative walk it judges every zone on the path,
 * every server and every answer; with a plain resolver only its verdict. It always runs when the lookup
 * fails: that failure is why the other checks of the origin did not run.
 */
export const dnsCheck = defineCheck({
  id: 'dns',
  family: 'dns',
  prerequisiteOf: ['ports', 'tls', 'certificate', 'http'],
  codes: [
    'DNS_NXDOMAIN', 'DNS_NO_ADDRESS', 'DNS_SERVFAIL', 'DNS_NS_UNREACHABLE', 'DNS_LAME_DELEGATION', 'DNS_DELEGATION_MISMATCH',
    'DNS_SOA_SERIAL_MISMATCH', 'DNS_INCONSISTENT_ANSWERS', 'DNS_CNAME_DANGLING', 'DNS_CNAME_LOOP', 'DNS_MISSING_GLUE',
    'DNS_TCP_UNSUPPORTED', 'DNS_DNSSEC_BOGUS', 'PROBE_ERROR', 'PROBE_UNAVAILABLE',
  ],
  run(observations, { origin, now }): FindingDraft[] {
    if (observations.dns) return judgeOrigin(observations.dns, observations, origin, now)
    return judgeResolver(observations, origin)
  },
})

function judgeOrigin(walk: DnsWalk, observations: OriginObservations, origin: OriginConfig, now: Date): FindingDraft[] {
  const found = judgeWalk(walk, now)
  if (walk.outcome.kind === 'addresses' && !origin.addresses && observations.addresses.length === 0 && observations.unavailable.length === 0) {
    found.push({ code: 'DNS_NO_ADDRESS', details: { query: origin.domain, resolver: 'the authoritative walk', families: origin.ipAddressType, found: walk.outcome.addresses } })
  }
  return found
}

function judgeResolver({ resolution, addresses, unavailable }: OriginObservations, origin: OriginConfig): FindingDraft[] {
  const query = origin.domain
  if (!resolution.ok) {
    const { code, message } = resolution.error
    const resolver = resolution.resolver
    if (code === 'ENOTFOUND') return [{ code: 'DNS_NXDOMAIN', details: { query, resolver } }]
    if (code === 'ENODATA') return [{ code: 'DNS_NO_ADDRESS', details: { query, resolver } }]
    const rcode = RCODES[code]
    if (rcode) return [{ code: 'DNS_SERVFAIL', details: { query, resolver, rcode } }]
    return [{ code: 'PROBE_ERROR', details: { step: 'resolve', error: `${resolver}: ${code} ${message}` } }]
  }
  if (addresses.length === 0 && unavailable.length === 0) {
    return [{ code: 'DNS_NO_ADDRESS', details: { query, resolver: 'system resolver', families: origin.ipAddressType } }]
  }
  return []
}

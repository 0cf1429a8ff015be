import { defineCheck } from './define.js'
import type { FindingDraft } from '../findings/finding.js'
import { judgeWalk } from './dns/judge.js'

/**
 * The one place DNS findings come from: every zone on the authoritative path, every server and every
 * answer. It always runs when the lookup fails: that failure is why the other checks of the origin did
 * not run.
 */
export const dnsCheck = defineCheck({
  id: 'dns',
  family: 'dns',
  needs: ['dns', 'addresses', 'unavailable'],
  prerequisiteOf: ['ports', 'tls', 'certificate', 'http'],
  codes: [
    'DNS_NXDOMAIN',
    'DNS_NO_ADDRESS',
    'DNS_SERVFAIL',
    'DNS_NS_UNREACHABLE',
    'DNS_LAME_DELEGATION',
    'DNS_DELEGATION_MISMATCH',
    'DNS_SOA_SERIAL_MISMATCH',
    'DNS_INCONSISTENT_ANSWERS',
    'DNS_CNAME_DANGLING',
    'DNS_CNAME_LOOP',
    'DNS_MISSING_GLUE',
    'DNS_TCP_UNSUPPORTED',
    'DNS_DNSSEC_BOGUS',
    'PROBE_ERROR',
    'PROBE_UNAVAILABLE',
  ],
  run({ dns, addresses, unavailable }, { origin, now }): FindingDraft[] {
    if (!dns) return []
    const found = judgeWalk(dns, now)
    // Addresses exist, but none of the families the edge connects over.
    if (dns.outcome.kind === 'addresses' && !origin.addresses && addresses.length === 0 && unavailable.length === 0) {
      found.push({
        code: 'DNS_NO_ADDRESS',
        details: { query: origin.domain, resolver: 'the authoritative walk', families: origin.ipAddressType, found: dns.outcome.addresses },
      })
    }
    return found
  },
})

import { defineCheck } from './define.js'
import type { Observation } from '../findings.js'

const RCODES: Record<string, string> = { ESERVFAIL: 'SERVFAIL', EREFUSED: 'REFUSED' }

/**
 * Judges the address lookup every network check depends on. It always runs when the lookup fails:
 * that failure is why the other checks of the origin did not run.
 */
export const resolveCheck = defineCheck({
  id: 'resolve',
  family: 'dns',
  prerequisiteOf: ['ports', 'tls', 'certificate', 'http'],
  codes: ['DNS_NXDOMAIN', 'DNS_NO_ADDRESS', 'DNS_SERVFAIL', 'PROBE_ERROR'],
  run({ resolution, addresses, unavailable }, { origin }): Observation[] {
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
  },
})

import { defineCheck } from './define.js'
import type { FindingDraft } from '../findings/finding.js'

/**
 * C4: every address x port the edge may pick must accept a TCP connection. An address this machine has
 * no route to is said to be unchecked, never passed nor failed.
 */
export const portsCheck = defineCheck({
  id: 'ports',
  family: 'ports',
  needs: ['tcp', 'unavailable'],
  prerequisiteOf: ['tls', 'certificate', 'http'],
  codes: ['PORT_REFUSED', 'PORT_TIMEOUT', 'PORT_UNREACHABLE', 'PROBE_UNAVAILABLE'],
  run({ tcp, unavailable }): FindingDraft[] {
    const unchecked = unavailable.map(({ address, family }): FindingDraft => ({
      code: 'PROBE_UNAVAILABLE',
      address,
      details: { unchecked: 'address', because: 'no-route', family: `IPv${family}` },
    }))
    return [...unchecked, ...tcp.flatMap((t): FindingDraft[] => {
      const where = { address: t.address, port: t.port }
      switch (t.outcome) {
        case 'open':
          return []
        case 'refused':
          return [{ code: 'PORT_REFUSED', ...where, details: { error: t.errorCode ?? 'ECONNREFUSED', ms: t.ms } }]
        case 'timeout':
          return [{ code: 'PORT_TIMEOUT', ...where, details: { timeoutMs: t.timeoutMs } }]
        case 'unreachable':
          return [{ code: 'PORT_UNREACHABLE', ...where, details: { error: t.errorCode ?? 'unknown', ms: t.ms } }]
      }
    })]
  },
})

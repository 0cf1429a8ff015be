import { defineCheck } from './define.js'
import type { Observation } from '../findings.js'

/** C4: every address x port the edge may pick must accept a TCP connection. */
export const portsCheck = defineCheck({
  id: 'ports',
  family: 'ports',
  prerequisiteOf: ['tls', 'certificate', 'http'],
  codes: ['PORT_REFUSED', 'PORT_TIMEOUT', 'PORT_UNREACHABLE'],
  run({ tcp }): Observation[] {
    return tcp.flatMap((t): Observation[] => {
      const where = { address: t.address, port: t.port }
      switch (t.outcome) {
        case 'open':
          return []
        case 'refused':
          return [{ code: 'PORT_REFUSED', ...where, details: { error: t.errorCode ?? 'ECONNREFUSED', ms: t.ms } }]
        case 'timeout':
          return [{ code: 'PORT_TIMEOUT', ...where, details: { timeoutMs: t.timeoutMs, hint: 'an origin that only admits the edge\'s address ranges also blocks this runner' } }]
        case 'unreachable':
          return [{ code: 'PORT_UNREACHABLE', ...where, details: { error: t.errorCode ?? 'unknown', ms: t.ms } }]
      }
    })
  },
})

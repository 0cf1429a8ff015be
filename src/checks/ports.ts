import { defineCheck } from './define.js'
import type { FindingDraft } from '../findings/finding.js'

/**
 * C4: every address x port the edge may pick must accept a TCP connection, within the edge's connection
 * attempts; one that answers only after failed attempts is intermittent (PORT_FLAKY), never a pass. An
 * address this machine has no route to is said to be unchecked, never passed nor failed.
 */
export const portsCheck = defineCheck({
  id: 'ports',
  family: 'ports',
  needs: ['tcp', 'unavailable'],
  prerequisiteOf: ['tls', 'certificate', 'http'],
  codes: ['PORT_REFUSED', 'PORT_TIMEOUT', 'PORT_UNREACHABLE', 'PORT_FLAKY', 'PROBE_UNAVAILABLE'],
  run({ tcp, unavailable }): FindingDraft[] {
    const unchecked = unavailable.map(({ address, family }): FindingDraft => ({
      code: 'PROBE_UNAVAILABLE',
      address,
      details: { unchecked: 'address', because: 'no-route', family: `IPv${family}` },
    }))
    return [
      ...unchecked,
      ...tcp.flatMap((t): FindingDraft[] => {
        const where = { address: t.address, port: t.port }
        // Every attempt made failed, or some did before one answered.
        const failed = t.outcome === 'open' ? t.failures.length : t.failures.length + 1
        const attempts = `${failed} of ${t.attempts} failed`
        switch (t.outcome) {
          case 'open':
            if (t.failures.length === 0) return []
            return [
              {
                code: 'PORT_FLAKY',
                ...where,
                details: { attempts, failed: t.failures.map((f) => f.errorCode ?? f.outcome), budget: t.budget, timeoutMs: t.timeoutMs },
              },
            ]
          case 'refused':
            return [{ code: 'PORT_REFUSED', ...where, details: { error: t.errorCode ?? 'ECONNREFUSED', ms: t.ms, attempts } }]
          case 'timeout':
            return [{ code: 'PORT_TIMEOUT', ...where, details: { timeoutMs: t.timeoutMs, attempts } }]
          case 'unreachable':
            return [{ code: 'PORT_UNREACHABLE', ...where, details: { error: t.errorCode ?? 'unknown', ms: t.ms } }]
        }
      }),
    ]
  },
})

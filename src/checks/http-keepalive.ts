import { defineCheck } from './define.js'
import type { FindingDraft } from '../findings/finding.js'
import { keepAliveWindowFor } from '../edges/keep-alive.js'
import { requestOf, whereOf } from './http-response.js'

/**
 * C8: the edge reuses an idle origin connection for up to its window (CloudFront keep-alive timeout,
 * ALB/CLB idle timeout); an origin that closes it at or before that time races the edge's next request,
 * which fails with 502. Judged from the close observed while watching, else from `Keep-Alive: timeout=`.
 * Only for clean responses on reusable connections: a response that says `Connection: close` is never reused.
 */
export const httpKeepAliveCheck = defineCheck({
  id: 'http-keepalive',
  family: 'http',
  needs: ['http'],
  codes: ['HTTP_KEEPALIVE_TOO_SHORT'],
  run({ http }, { origin, edge }): FindingDraft[] {
    const edgeMs = keepAliveWindowFor(origin, edge)
    const edgeWindowFrom = origin.timeouts.keepAliveMs === undefined ? 'default' : 'config'
    return (http ?? []).flatMap((exchange): FindingDraft[] => {
      const idle = exchange.keepAlive
      if (!idle || exchange.defects.length > 0) return []
      const observed = idle.closedAfterMs !== undefined && idle.closedAfterMs <= edgeMs
      const announced = idle.announcedTimeoutMs !== undefined && idle.announcedTimeoutMs <= edgeMs
      if (!observed && !announced) return []
      const closedAfterMs = observed ? (idle.closedAfterMs ?? 0) : (idle.announcedTimeoutMs ?? 0)
      const source = observed ? 'observed' : 'announced'
      const details = { closedAfterMs, edgeMs, source, edgeWindowFrom, edge: edge.name, watchedMs: idle.watchedMs, ...requestOf(exchange) }
      if (idle.announcedTimeoutMs !== undefined)
        Object.assign(details, { announcedTimeoutMs: idle.announcedTimeoutMs, announcedTimeoutS: idle.announcedTimeoutMs / 1000 })
      return [{ code: 'HTTP_KEEPALIVE_TOO_SHORT', ...whereOf(exchange), details }]
    })
  },
})

import { defineCheck } from './define.js'
import type { FindingDraft } from '../findings/finding.js'
import type { JsonObject } from '../json.js'
import type { HttpExchangeObservation } from '../probes/http/types.js'
import { requestOf, whereOf } from './http-response.js'

/** C6: the health path must answer an expected status; a 5xx the origin sends itself reaches viewers as an error. */
export const httpStatusCheck = defineCheck({
  id: 'http-status',
  family: 'http',
  needs: ['http'],
  codes: ['HTTP_BACKEND_5XX', 'HTTP_UNEXPECTED_STATUS'],
  run({ http }, { origin }): FindingDraft[] {
    const expected = origin.health?.expectStatus ?? [200]
    return (http ?? []).flatMap((exchange): FindingDraft[] => {
      const status = exchange.head?.status
      if (status === undefined || expected.includes(status)) return []
      const details: JsonObject = { status, expected, ...requestOf(exchange), note: '' }
      if (exchange.redirect) {
        details['redirect'] = { ...exchange.redirect }
        details['note'] = `; it redirects to another host, ${exchange.redirect.host}${followedNote(exchange)}`
      }
      return [{ code: status >= 500 ? 'HTTP_BACKEND_5XX' : 'HTTP_UNEXPECTED_STATUS', ...whereOf(exchange), details }]
    })
  },
})

function followedNote(exchange: HttpExchangeObservation): string {
  const followed = exchange.redirect?.followed
  if (!followed) return ''
  return 'error' in followed ? ` (following it failed: ${followed.error})` : ` (${followed.url} answers ${followed.status})`
}

import { defineCheck } from './define.js'
import type { FindingDraft } from '../findings/finding.js'
import type { JsonObject } from '../json.js'
import type { HttpRedirect } from '../probes/http/types.js'
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
      const details: JsonObject = { status, expected, ...requestOf(exchange) }
      if (exchange.redirect) {
        details['redirect'] = { ...exchange.redirect }
        details['redirectOutcome'] = outcomeOf(exchange.redirect)
      }
      return [{ code: status >= 500 ? 'HTTP_BACKEND_5XX' : 'HTTP_UNEXPECTED_STATUS', ...whereOf(exchange), details }]
    })
  },
})

/** Where following a redirect to another host ended: the catalogue words each. */
function outcomeOf(redirect: HttpRedirect): 'followed' | 'follow-failed' | 'not-followed' {
  if (!redirect.followed) return 'not-followed'
  return 'error' in redirect.followed ? 'follow-failed' : 'followed'
}

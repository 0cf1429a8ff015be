import { defineCheck } from './define.js'
import type { FindingCode, FindingDraft } from '../findings/finding.js'
import type { JsonObject } from '../json.js'
import type { HttpDefect, HttpDefectKind, HttpExchangeObservation } from '../probes/http/types.js'
import type { Observations } from '../probes/observations.js'

/** Which finding each defect of the strict reader is. */
const CODE_OF: Readonly<Record<HttpDefectKind, FindingCode>> = {
  'no-response': 'HTTP_NO_RESPONSE',
  'incomplete-body': 'HTTP_NO_RESPONSE',
  'leading-empty-line': 'HTTP_MALFORMED_RESPONSE',
  'status-line': 'HTTP_MALFORMED_RESPONSE',
  'bare-lf': 'HTTP_MALFORMED_RESPONSE',
  'control-character': 'HTTP_MALFORMED_RESPONSE',
  'field-syntax': 'HTTP_MALFORMED_RESPONSE',
  'obs-fold': 'HTTP_MALFORMED_RESPONSE',
  'header-block-too-large': 'HTTP_MALFORMED_RESPONSE',
  'transfer-encoding': 'HTTP_MALFORMED_RESPONSE',
  'empty-line-in-headers': 'HTTP_EXTRA_CRLF_IN_HEADERS',
  'content-length-invalid': 'HTTP_CONTENT_LENGTH_INVALID',
  'content-length-conflict': 'HTTP_CONTENT_LENGTH_INVALID',
  'cl-and-te': 'HTTP_CL_AND_TE',
  'body-exceeds-content-length': 'HTTP_BODY_EXCEEDS_CONTENT_LENGTH',
  'no-framing': 'HTTP_NO_FRAMING',
  'chunk-size': 'HTTP_BAD_CHUNKING',
  'chunk-data-end': 'HTTP_BAD_CHUNKING',
  'chunk-trailer': 'HTTP_BAD_CHUNKING',
  'after-last-chunk': 'HTTP_BAD_CHUNKING',
  'incomplete-chunked': 'HTTP_BAD_CHUNKING',
  'body-unread': 'HTTP_BODY_UNREAD',
}

/**
 * C6: the response must reach the edge whole and strictly framed. Each defect the reader found is a
 * finding with its bytes. A connection or handshake failure already reported by the ports or TLS
 * check is not reported again.
 */
export const httpResponseCheck = defineCheck({
  id: 'http-response',
  family: 'http',
  needs: ['http', 'tcp', 'tls'],
  codes: [...new Set([...Object.values(CODE_OF), 'HTTP_CONNECTION_RESET' as const])],
  run(observations): FindingDraft[] {
    return (observations.http ?? []).flatMap((exchange) =>
      exchange.defects.filter((d) => !reportedElsewhere(d, exchange, observations)).map((defect) => findingOf(defect, exchange)),
    )
  },
})

/** The defect's facts become the finding's details, with the request; the catalogue words them by `problem`. */
export function findingOf(defect: HttpDefect, exchange: HttpExchangeObservation): FindingDraft {
  const { kind, problem, bytes, ...facts } = defect
  const details: JsonObject = { defect: kind, problem, bytes: bytes ?? '', ...requestOf(exchange) }
  for (const [key, value] of Object.entries(facts)) if (value !== undefined) details[key] = value
  if (exchange.head && details['status'] === undefined) details['status'] = exchange.head.status
  details['ms'] = exchange.timings.totalMs
  return { code: codeOf(defect), ...whereOf(exchange), details }
}

/**
 * A reset after part of the response arrived is its own finding, whatever it cut short: the edge has a
 * half response and a dead connection. A reset before any byte stays a response that never came.
 */
function codeOf(defect: HttpDefect): FindingCode {
  if (defect.end === 'reset' && (defect.bytesReceived ?? 0) > 0) return 'HTTP_CONNECTION_RESET'
  return CODE_OF[defect.kind]
}

/** Where a finding about this exchange points: the address and port, and the SNI name on HTTPS. */
export function whereOf(exchange: HttpExchangeObservation): Pick<FindingDraft, 'address' | 'port' | 'name'> {
  return { address: exchange.address, port: exchange.port, ...(exchange.tls ? { name: exchange.host } : {}) }
}

/** The request, as evidence: method, Host and path (header values never: they may be secrets). */
export function requestOf(exchange: HttpExchangeObservation): JsonObject {
  return { method: exchange.method, host: exchange.host, path: exchange.path, scheme: exchange.tls ? 'https' : 'http' }
}

function reportedElsewhere(
  defect: HttpDefect,
  exchange: HttpExchangeObservation,
  observations: Pick<Observations, 'tcp' | 'tls'>,
): boolean {
  const same = (t: { address: string; port: number }) => t.address === exchange.address && t.port === exchange.port
  if (defect.stage === 'connect') return observations.tcp.some((t) => same(t) && t.outcome !== 'open')
  if (defect.stage === 'tls') return observations.tls.some((t) => same(t) && !t.ok)
  return false
}

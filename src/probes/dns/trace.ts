import type { Question } from './wire.js'
import type { DnsExchange, DnsRecord } from './types.js'
import type { QueryTrace } from './walk-types.js'

export function describeQuestion(question: Question): string {
  return `${question.name} ${question.type}`
}

export function describeRecord(record: DnsRecord): string {
  return `${record.name} ${record.type} ${record.data}`
}

/** The report's view of one exchange. */
export function traceOf(question: Question, exchange: DnsExchange): QueryTrace {
  const query = describeQuestion(question)
  if (!exchange.ok) {
    const tcp = exchange.tcpFailure && exchange.tcpFailure !== exchange.failure ? `; ${exchange.tcpFailure.detail}` : ''
    return { query, error: `${exchange.failure.kind}: ${exchange.failure.detail}${tcp}`, ms: exchange.ms }
  }
  const { response } = exchange
  const trace: QueryTrace = { query, transport: exchange.transport, rcode: response.rcode, aa: response.aa, ms: exchange.ms }
  if (response.tc) trace.tc = true
  if (response.answers.length) trace.answers = response.answers.map(describeRecord)
  if (response.authorities.length) trace.authority = response.authorities.map(describeRecord)
  return trace
}

/** Why an exchange gave nothing: the failure of each transport tried. */
export function failureText(exchange: DnsExchange): string {
  if (exchange.ok) return ''
  const tcp = exchange.tcpFailure && exchange.tcpFailure !== exchange.failure ? `; ${exchange.tcpFailure.detail}` : ''
  return `${exchange.failure.detail}${tcp}`
}

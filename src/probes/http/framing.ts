/**
 * How the body of a response ends (RFC 9112 section 6.3), judged from its header fields: no body,
 * Content-Length, chunked, or the connection closing. Broken framing headers are defects.
 */
import type { Evidence } from './evidence.js'
import { tokensOf, valuesOf, type Field } from './head.js'
import type { HttpDefect, HttpFraming } from './types.js'

export interface Framing {
  framing: HttpFraming
  /** The body length, for `length` framing. */
  length?: number
  /** The response lets the connection be reused for another request. */
  persistent: boolean
  /** `Keep-Alive: timeout=N`, in ms. */
  announcedTimeoutMs?: number
  defects: HttpDefect[]
}

export function framingOf(bytes: Buffer, method: string, version: string, status: number, fields: readonly Field[], evidence: Evidence): Framing {
  const defects: HttpDefect[] = []
  const lineEvidence = (list: readonly Field[]) => {
    const [first] = list
    const last = list.at(-1)
    return first && last ? { bytes: evidence.of(bytes, first.line.start, last.line.next), offset: first.line.start } : {}
  }
  const contentLengths = valuesOf(fields, 'content-length')
  const transferEncodings = valuesOf(fields, 'transfer-encoding')
  const length = contentLengths.length > 0 ? contentLengthOf(contentLengths, defects, lineEvidence, evidence) : undefined
  if (contentLengths.length > 0 && transferEncodings.length > 0) {
    defects.push({ kind: 'cl-and-te', reason: 'both Content-Length and Transfer-Encoding', ...lineEvidence([...contentLengths, ...transferEncodings].sort((a, b) => a.line.start - b.line.start)) })
  }

  let framing: HttpFraming
  if (method === 'HEAD' || status === 204 || status === 304 || (status >= 100 && status < 200)) {
    framing = 'none'
  } else if (transferEncodings.length > 0) {
    const codings = tokensOf(fields, 'transfer-encoding')
    const chunkedLast = codings.at(-1) === 'chunked' && codings.filter((c) => c === 'chunked').length === 1
    if (!chunkedLast) defects.push({ kind: 'transfer-encoding', reason: 'Transfer-Encoding does not end in exactly one chunked', ...lineEvidence(transferEncodings) })
    framing = chunkedLast ? 'chunked' : 'unknown'
  } else if (contentLengths.length > 0) {
    framing = length === undefined ? 'unknown' : 'length'
  } else {
    framing = 'close'
  }

  const connection = tokensOf(fields, 'connection')
  const reusable = version === 'HTTP/1.1' ? !connection.includes('close') : connection.includes('keep-alive')
  const result: Framing = { framing, persistent: reusable && (framing === 'none' || framing === 'length' || framing === 'chunked'), defects }
  if (length !== undefined) result.length = length
  const timeout = /(?:^|[,;\s])timeout\s*=\s*"?(\d{1,9})/i.exec(valuesOf(fields, 'keep-alive').map((f) => f.value).join(','))
  if (timeout?.[1]) result.announcedTimeoutMs = Number(timeout[1]) * 1000
  return result
}

/** One non-negative integer, given once or repeated identically (RFC 9110 section 8.6); anything else is a defect. */
function contentLengthOf(
  fields: readonly Field[],
  defects: HttpDefect[],
  lineEvidence: (list: readonly Field[]) => { bytes?: string; offset?: number },
  evidence: Evidence,
): number | undefined {
  const value = evidence.ofText(fields.map((f) => f.value).join(', '))
  const parts = fields.flatMap((f) => f.value.split(',').map((p) => p.trim()))
  const bad = parts.find((p) => !/^\d{1,15}$/.test(p))
  if (bad !== undefined) {
    const reason =
      bad === '' ? 'an empty Content-Length'
      : /^-\d+$/.test(bad) ? 'a negative Content-Length'
      : /^\d+$/.test(bad) ? 'a Content-Length too large to be real'
      : 'a Content-Length that is not an integer'
    defects.push({ kind: 'content-length-invalid', reason, value, ...lineEvidence(fields) })
    return undefined
  }
  const distinct = new Set(parts.map(Number))
  if (distinct.size > 1) {
    defects.push({ kind: 'content-length-conflict', reason: 'several Content-Length values that differ', value, ...lineEvidence(fields) })
    return undefined
  }
  return [...distinct][0]
}

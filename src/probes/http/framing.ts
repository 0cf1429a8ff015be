/**
 * How the body of a response ends (RFC 9112 section 6.3), judged from its header fields: no body,
 * Content-Length, chunked, or the connection closing. Broken framing headers are defects.
 */
import type { Evidence } from './evidence.js'
import { tokensOf, valuesOf, type Field } from './head.js'
import type { HttpDefect, HttpFraming, HttpProblem } from './types.js'

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

export function framingOf(
  bytes: Buffer,
  method: string,
  version: string,
  status: number,
  fields: readonly Field[],
  evidence: Evidence,
): Framing {
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
    defects.push({
      kind: 'cl-and-te',
      problem: 'cl-and-te',
      ...lineEvidence([...contentLengths, ...transferEncodings].sort((a, b) => a.line.start - b.line.start)),
    })
  }

  let framing: HttpFraming
  if (method === 'HEAD' || status === 204 || status === 304 || (status >= 100 && status < 200)) {
    framing = 'none'
  } else if (transferEncodings.length > 0) {
    const codings = tokensOf(fields, 'transfer-encoding')
    const chunkedLast = codings.at(-1) === 'chunked' && codings.filter((c) => c === 'chunked').length === 1
    if (!chunkedLast) defects.push({ kind: 'transfer-encoding', problem: 'te-not-chunked-last', ...lineEvidence(transferEncodings) })
    framing = chunkedLast ? 'chunked' : 'unknown'
  } else if (contentLengths.length > 0) {
    framing = length === undefined ? 'unknown' : 'length'
  } else {
    framing = 'close'
  }

  const connection = tokensOf(fields, 'connection')
  const reusable = version === 'HTTP/1.1' ? !connection.includes('close') : connection.includes('keep-alive')
  const result: Framing = {
    framing,
    persistent: reusable && (framing === 'none' || framing === 'length' || framing === 'chunked'),
    defects,
  }
  if (length !== undefined) result.length = length
  const timeout = /(?:^|[,;\s])timeout\s*=\s*"?(\d{1,9})/i.exec(
    valuesOf(fields, 'keep-alive')
      .map((f) => f.value)
      .join(','),
  )
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
    const problem: HttpProblem =
      bad === '' ? 'cl-empty' : /^-\d+$/.test(bad) ? 'cl-negative' : /^\d+$/.test(bad) ? 'cl-too-large' : 'cl-not-integer'
    defects.push({ kind: 'content-length-invalid', problem, value, ...lineEvidence(fields) })
    return undefined
  }
  const distinct = new Set(parts.map(Number))
  if (distinct.size > 1) {
    defects.push({ kind: 'content-length-conflict', problem: 'cl-conflict', value, ...lineEvidence(fields) })
    return undefined
  }
  return [...distinct][0]
}

/** Feeds recorded response bytes to the strict reader, whole or one byte at a time. */
import { Evidence } from '../../../../src/probes/http/evidence.js'
import { ResponseReader, type EndCause } from '../../../../src/probes/http/reader.js'
import type { HttpDefect, HttpExchangeObservation } from '../../../../src/probes/http/types.js'
import { findingOf } from '../../../../src/checks/http-response.js'
import { CATALOGUE } from '../../../../src/findings/catalogue.js'
import { fillTemplate, toFinding } from '../../../../src/findings/to-finding.js'

export interface ReadOptions {
  method?: 'GET' | 'HEAD'
  /** How the stream ends after the bytes; absent: it stays open (the reader is only told it stopped). */
  end?: EndCause
  secrets?: string[]
  maxBodyBytes?: number
  byteByByte?: boolean
}

export function read(bytes: string | Buffer, options: ReadOptions = {}): ResponseReader {
  const reader = new ResponseReader(options.method ?? 'GET', new Evidence(options.secrets ?? []), options.maxBodyBytes)
  const data = typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : bytes
  if (options.byteByByte) for (const byte of data) reader.push(Buffer.of(byte))
  else reader.push(data)
  reader.end(options.end)
  return reader
}

/** The defects as `kind: bytes`, the shape most assertions want. */
export function defectsOf(reader: ResponseReader): string[] {
  return reader.defects.map((d) => (d.bytes === undefined ? d.kind : `${d.kind}: ${d.bytes}`))
}

/** A defect as the report words it: the full message, and its `{what}` (the words the defect's problem picks). */
export function proseOf(defect: HttpDefect, method = 'GET'): { message: string; what: string } {
  const exchange: HttpExchangeObservation = {
    address: '127.0.0.1',
    port: 8080,
    tls: false,
    host: 'origin.test',
    method,
    path: '/',
    interim: [],
    bodyBytes: 0,
    defects: [defect],
    persistent: false,
    timings: { totalMs: 1 },
  }
  const draft = findingOf(defect, exchange)
  const message = toFinding(draft, 'origin', 'http').message
  const what = fillTemplate('{what}', { origin: 'origin', ...draft.details }, CATALOGUE[draft.code])
  return { message, what }
}

export function whatOf(defect: HttpDefect | undefined): string {
  if (!defect) throw new Error('no defect')
  return proseOf(defect).what
}

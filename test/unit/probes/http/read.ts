/** Feeds recorded response bytes to the strict reader, whole or one byte at a time. */
import { Evidence } from '../../../../src/probes/http/evidence.js'
import { ResponseReader, type EndCause } from '../../../../src/probes/http/reader.js'

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

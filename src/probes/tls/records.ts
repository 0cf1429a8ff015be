/**
 * Incremental, bounded reader of the server's cleartext TLS records: reassembles handshake messages
 * (one may span records; one record may hold several) and decodes alerts. It holds at most one
 * partial record and one partial handshake message, so a hostile server cannot make it grow.
 */
import { escapeBytes as escapeText } from '../../text/escape.js'

/** RFC 8446 section 5.2: a ciphertext record may carry 2048 bytes of expansion over 2^14. */
export const MAX_RECORD_LENGTH = 16384 + 2048
/** Total handshake bytes accepted; real certificate chains stay far below this. */
export const MAX_HANDSHAKE_BYTES = 256 * 1024
const RECEIVED_PREVIEW_BYTES = 64
const RECORD_HEADER = 5
const HANDSHAKE_HEADER = 4

export const CONTENT = { changeCipherSpec: 20, alert: 21, handshake: 22, applicationData: 23, heartbeat: 24 } as const

export type TlsMessage =
  | { type: 'handshake'; msgType: number; body: Buffer }
  | { type: 'alert'; level: number; description: number }
  | { type: 'record'; contentType: number; length: number }

export interface ReaderFailure {
  kind: 'not-tls' | 'malformed' | 'too-large'
  error: string
  /** The first bytes of the stream, escaped: set for `not-tls`. */
  received?: string
}

export interface ReaderOutput {
  messages: TlsMessage[]
  failure?: ReaderFailure
}

export class TlsRecordReader {
  private pending: Buffer = Buffer.alloc(0)
  private handshake: Buffer = Buffer.alloc(0)
  private handshakeBytes = 0
  private recordsSeen = 0
  private failure: ReaderFailure | undefined

  /** Bytes received but not yet part of a complete record or handshake message. */
  get partialBytes(): number {
    return this.pending.length + this.handshake.length
  }

  /** Feed the next bytes from the socket; returns the messages they complete, or the first problem. */
  push(chunk: Buffer): ReaderOutput {
    const messages: TlsMessage[] = []
    if (this.failure) return { messages, failure: this.failure }
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk])
    while (!this.failure) {
      const headerProblem = this.checkHeader()
      if (headerProblem) return this.fail(messages, headerProblem)
      if (this.pending.length < RECORD_HEADER) break
      const length = this.pending.readUInt16BE(3)
      if (this.pending.length < RECORD_HEADER + length) break
      const contentType = this.pending[0] as number
      const fragment = this.pending.subarray(RECORD_HEADER, RECORD_HEADER + length)
      this.pending = this.pending.subarray(RECORD_HEADER + length)
      this.recordsSeen += 1
      const problem = this.readRecord(contentType, fragment, messages)
      if (problem) return this.fail(messages, problem)
    }
    return { messages }
  }

  /** Judges the next record header from as few bytes as possible, so HTTP or garbage shows at once. */
  private checkHeader(): ReaderFailure | undefined {
    const [contentType, major] = this.pending
    if (contentType === undefined) return undefined
    const first = this.recordsSeen === 0
    const badType = contentType < CONTENT.changeCipherSpec || contentType > CONTENT.heartbeat
    if (badType || (major !== undefined && major !== 3)) {
      if (first) {
        return { kind: 'not-tls', error: 'the answer is not a TLS record', received: escapeBytes(this.pending) }
      }
      return { kind: 'malformed', error: `bad record header after ${this.recordsSeen} records` }
    }
    if (this.pending.length >= RECORD_HEADER) {
      const length = this.pending.readUInt16BE(3)
      if (length > MAX_RECORD_LENGTH) {
        return { kind: 'too-large', error: `record of ${length} bytes exceeds ${MAX_RECORD_LENGTH}` }
      }
    }
    // Peek at a handshake message header before its record is complete: a server announcing a huge
    // message and then dribbling must not hold the probe until the deadline.
    const peekable = this.pending.length >= RECORD_HEADER + HANDSHAKE_HEADER && this.handshake.length === 0
    if (contentType === CONTENT.handshake && peekable && this.pending.readUInt16BE(3) >= HANDSHAKE_HEADER) {
      const length = this.pending.readUIntBE(RECORD_HEADER + 1, 3)
      if (length > MAX_HANDSHAKE_BYTES) return tooLargeMessage(length)
    }
    return undefined
  }

  private readRecord(contentType: number, fragment: Buffer, messages: TlsMessage[]): ReaderFailure | undefined {
    if (contentType === CONTENT.handshake) return this.readHandshake(fragment, messages)
    if (this.handshake.length > 0) {
      return { kind: 'malformed', error: 'a handshake message was interrupted by another record type' }
    }
    if (contentType === CONTENT.alert) {
      if (fragment.length === 0 || fragment.length % 2 !== 0) {
        return { kind: 'malformed', error: `alert record of ${fragment.length} bytes` }
      }
      for (let at = 0; at < fragment.length; at += 2) {
        messages.push({ type: 'alert', level: fragment[at] as number, description: fragment[at + 1] as number })
      }
      return undefined
    }
    messages.push({ type: 'record', contentType, length: fragment.length })
    return undefined
  }

  private readHandshake(fragment: Buffer, messages: TlsMessage[]): ReaderFailure | undefined {
    this.handshakeBytes += fragment.length
    if (this.handshakeBytes > MAX_HANDSHAKE_BYTES) {
      return { kind: 'too-large', error: `handshake exceeds ${MAX_HANDSHAKE_BYTES} bytes` }
    }
    this.handshake = this.handshake.length === 0 ? fragment : Buffer.concat([this.handshake, fragment])
    while (this.handshake.length >= HANDSHAKE_HEADER) {
      const length = this.handshake.readUIntBE(1, 3)
      if (length > MAX_HANDSHAKE_BYTES) return tooLargeMessage(length)
      if (this.handshake.length < HANDSHAKE_HEADER + length) break
      messages.push({
        type: 'handshake',
        msgType: this.handshake[0] as number,
        body: this.handshake.subarray(HANDSHAKE_HEADER, HANDSHAKE_HEADER + length),
      })
      this.handshake = this.handshake.subarray(HANDSHAKE_HEADER + length)
    }
    return undefined
  }

  private fail(messages: TlsMessage[], failure: ReaderFailure): ReaderOutput {
    this.failure = failure
    this.pending = Buffer.alloc(0)
    this.handshake = Buffer.alloc(0)
    return { messages, failure }
  }
}

function tooLargeMessage(length: number): ReaderFailure {
  return { kind: 'too-large', error: `handshake message of ${length} bytes exceeds ${MAX_HANDSHAKE_BYTES}` }
}

/** Printable ASCII as is, every other byte as \xNN; at most the first 64 bytes. */
export function escapeBytes(bytes: Buffer, max = RECEIVED_PREVIEW_BYTES): string {
  return escapeText(bytes.subarray(0, max))
}

/**
 * A chunked body (RFC 9112 section 7.1), decoded as it arrives: hexadecimal size lines with optional
 * extensions, data followed by exactly CRLF, a last chunk of size 0, trailer fields, an empty line.
 * Only positions are kept, never the data.
 */

const LF = 0x0a
const CR = 0x0d
const SIZE_LINE = /^([0-9A-Fa-f]+)[ \t]*(?:;[^\r\n]*)?$/
const TRAILER_FIELD = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+:[^\r\n]*$/
/** A size line or trailer line longer than this is not a chunked body. */
const MAX_LINE_BYTES = 4096
const MAX_TRAILER_BYTES = 32 * 1024

export interface ChunkDefect {
  kind: 'chunk-size' | 'chunk-data-end' | 'chunk-trailer'
  problem:
    | 'chunk-data-no-crlf'
    | 'chunk-line-unterminated'
    | 'chunk-line-bare-lf'
    | 'chunk-size-not-hex'
    | 'chunk-size-too-large'
    | 'trailer-not-field'
  /** The offending bytes, as offsets into the stream. */
  from: number
  to: number
}

type State = 'size' | 'data' | 'data-end' | 'trailer' | 'done'

export class ChunkedDecoder {
  private state: State = 'size'
  private lineStart: number
  private remaining = 0
  private trailerBytes = 0
  /** Offset where the body ended (after the final empty line). */
  end?: number
  defect?: ChunkDefect
  dataBytes = 0

  constructor(private at: number) {
    this.lineStart = at
  }

  get done(): boolean {
    return this.state === 'done'
  }

  /** Consumes what arrived up to `bytes.length`; stops at the end of the body or at the first defect. */
  advance(bytes: Buffer): void {
    while (!this.defect && this.state !== 'done' && this.at < bytes.length) {
      if (this.state === 'data') {
        const take = Math.min(this.remaining, bytes.length - this.at)
        this.at += take
        this.remaining -= take
        this.dataBytes += take
        if (this.remaining === 0) this.state = 'data-end'
      } else if (this.state === 'data-end') {
        if (bytes.length - this.at < 2) return
        if (bytes[this.at] !== CR || bytes[this.at + 1] !== LF) {
          return this.fail('chunk-data-end', 'chunk-data-no-crlf', this.at, this.at + 2)
        }
        this.at += 2
        this.lineStart = this.at
        this.state = 'size'
      } else {
        this.readLine(bytes)
      }
    }
  }

  private readLine(bytes: Buffer): void {
    const lf = bytes.indexOf(LF, this.at)
    const limit = this.state === 'size' ? MAX_LINE_BYTES : MAX_TRAILER_BYTES - this.trailerBytes
    if (lf < 0) {
      this.at = bytes.length
      if (this.at - this.lineStart > limit)
        this.fail(this.state === 'size' ? 'chunk-size' : 'chunk-trailer', 'chunk-line-unterminated', this.lineStart, this.lineStart + 40)
      return
    }
    const start = this.lineStart
    this.at = lf + 1
    this.lineStart = lf + 1
    if (bytes[lf - 1] !== CR || lf === start) {
      return this.fail(this.state === 'size' ? 'chunk-size' : 'chunk-trailer', 'chunk-line-bare-lf', start, lf + 1)
    }
    const text = bytes.toString('latin1', start, lf - 1)
    if (this.state === 'trailer') return this.trailerLine(text, start, lf + 1)
    const size = SIZE_LINE.exec(text)
    const hex = size?.[1]
    if (!hex) return this.fail('chunk-size', 'chunk-size-not-hex', start, lf + 1)
    const value = hex.length > 13 ? Number.POSITIVE_INFINITY : Number.parseInt(hex, 16)
    if (!Number.isSafeInteger(value)) return this.fail('chunk-size', 'chunk-size-too-large', start, lf + 1)
    this.remaining = value
    this.state = value === 0 ? 'trailer' : 'data'
  }

  private trailerLine(text: string, start: number, next: number): void {
    this.trailerBytes += next - start
    if (text.length === 0) {
      this.state = 'done'
      this.end = next
    } else if (!TRAILER_FIELD.test(text)) {
      this.fail('chunk-trailer', 'trailer-not-field', start, next)
    }
  }

  private fail(kind: ChunkDefect['kind'], problem: ChunkDefect['problem'], from: number, to: number): void {
    this.defect = { kind, problem, from, to }
  }
}

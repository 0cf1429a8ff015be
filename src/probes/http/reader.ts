/**
 * Reads one response strictly, as bytes arrive, and keeps every defect a balancer would refuse with the
 * bytes that show it. Bounded: a header block over 32 KiB or a body over the budget stops the reading.
 * Interim 1xx responses are skipped; the final response is judged.
 */
import { ByteLog } from './byte-log.js'
import { ChunkedDecoder } from './chunked.js'
import type { Evidence } from './evidence.js'
import { framingOf } from './framing.js'
import { HeadScanner, parseHead, valuesOf } from './head.js'
import type { HttpDefect, HttpDefectKind, HttpFraming, HttpResponseHead } from './types.js'

/**
 * ALB answers 502 when the target's response header block exceeds 32 KiB (ELB User Guide for ALB,
 * "Troubleshoot your Application Load Balancers"); applied to every edge.
 */
export const MAX_HEADER_BLOCK_BYTES = 32 * 1024
/** Enough for any health body; past it the body is not read further (and not judged). */
export const MAX_BODY_BYTES = 1024 * 1024
const MAX_INTERIM_RESPONSES = 4
/** Bytes kept after the announced end of the response: enough to show what they are. */
const MAX_EXCESS_BYTES = 64 * 1024
/** How far into the body stray header lines are looked for. */
const STRAY_HEADER_WINDOW = 8 * 1024
const STRAY_HEADER_LINES = /^(?:\r\n)*(?:[!#$%&'*+.^_`|~0-9A-Za-z-]+:[^\r\n]*\r\n)+\r\n/

/** Defects about where the body ends: they are consequences when the header block was cut short by a stray empty line. */
const BODY_DEFECTS: ReadonlySet<HttpDefectKind> = new Set([
  'no-framing', 'body-exceeds-content-length', 'incomplete-body',
  'chunk-size', 'chunk-data-end', 'chunk-trailer', 'after-last-chunk', 'incomplete-chunked',
])

/** `head`: reading the header block; `body`: reading the body; `done`: the response ended where announced;
 * `failed`: unreadable from here; `stopped`: over the byte budget; `ended`: the stream ended (see defects). */
export type ReaderPhase = 'head' | 'body' | 'done' | 'failed' | 'stopped' | 'ended'

export type EndCause = { cause: 'closed' | 'reset' } | { cause: 'timeout'; afterMs: number }

export class ResponseReader {
  phase: ReaderPhase = 'head'
  readonly log = new ByteLog()
  readonly defects: HttpDefect[] = []
  readonly interim: number[] = []
  head?: HttpResponseHead
  framing?: HttpFraming
  persistent = false
  announcedTimeoutMs?: number
  /** The Location header as sent (to follow it); the head carries it escaped. */
  location?: string
  private scanner = new HeadScanner(0)
  private lastHeadLine = 0
  private bodyStart = 0
  private length?: number
  private chunked?: ChunkedDecoder
  private bodyEnd?: number

  constructor(
    private readonly method: string,
    private readonly evidence: Evidence,
    private readonly maxBodyBytes = MAX_BODY_BYTES,
  ) {}

  push(chunk: Uint8Array): void {
    if (this.phase === 'failed' || this.phase === 'stopped' || this.phase === 'ended') return
    if (this.phase === 'done' && this.log.length - (this.bodyEnd ?? 0) > MAX_EXCESS_BYTES) return
    this.log.append(chunk)
    const bytes = this.log.view()
    while (this.phase === 'head' && this.readHead(bytes)) { /* interim responses: read the next head */ }
    if (this.phase === 'body') this.readBody(bytes)
    if (this.phase === 'done') this.noteExcess(bytes)
  }

  get bodyBytes(): number {
    if (!this.head) return 0
    if (this.chunked) return this.chunked.dataBytes
    const received = this.log.length - this.bodyStart
    return this.length === undefined ? received : Math.min(received, this.length)
  }

  /** Reading is over: the stream ended, the deadline passed (an unfinished response becomes its defect), or `how` is absent: the reader itself stopped. */
  end(how?: EndCause): void {
    if (how && this.phase === 'head') this.endInHead(how)
    else if (how && this.phase === 'body') this.endInBody(how)
    if (this.phase !== 'done') this.phase = 'ended'
    this.reclassifyStrayHeaderLines()
  }

  /** Returns true when an interim response was consumed and another head follows. */
  private readHead(bytes: Buffer): boolean {
    const scan = this.scanner.scan(bytes, MAX_HEADER_BLOCK_BYTES)
    if (scan === 'incomplete') return false
    if (scan === 'too-large') {
      this.defects.push({
        kind: 'header-block-too-large',
        reason: `the header block is over ${MAX_HEADER_BLOCK_BYTES} bytes`,
        bytes: this.evidence.of(bytes, this.scanner.start, this.scanner.start + 60),
        offset: this.scanner.start,
      })
      this.phase = 'failed'
      return false
    }
    const parsed = parseHead(bytes, scan, this.evidence)
    this.defects.push(...parsed.defects.filter((d) => !this.defects.some((seen) => seen.kind === d.kind)))
    if (parsed.status === undefined || parsed.version === undefined) {
      this.phase = 'failed'
      return false
    }
    if (parsed.status >= 100 && parsed.status < 200 && parsed.status !== 101) {
      this.interim.push(parsed.status)
      if (this.interim.length > MAX_INTERIM_RESPONSES) {
        const statusLine = scan.lines[0]
        this.defects.push({ kind: 'status-line', reason: `more than ${MAX_INTERIM_RESPONSES} interim 1xx responses`, bytes: this.evidence.of(bytes, statusLine?.start ?? 0, statusLine?.next ?? 0), offset: statusLine?.start ?? 0 })
        this.phase = 'failed'
        return false
      }
      this.scanner = new HeadScanner(scan.end)
      return true
    }
    const framing = framingOf(bytes, this.method, parsed.version, parsed.status, parsed.fields, this.evidence)
    this.defects.push(...framing.defects)
    this.head = { version: parsed.version, status: parsed.status, fieldNames: parsed.fields.map((f) => f.name), headBytes: scan.end - this.scanner.start }
    const location = valuesOf(parsed.fields, 'location')[0]?.value
    if (location !== undefined) {
      this.location = location
      this.head.location = this.evidence.ofText(location, 400)
    }
    this.framing = framing.framing
    this.persistent = framing.persistent
    if (framing.length !== undefined) this.length = framing.length
    if (framing.announcedTimeoutMs !== undefined) this.announcedTimeoutMs = framing.announcedTimeoutMs
    this.lastHeadLine = scan.lines.at(-1)?.start ?? this.scanner.start
    this.bodyStart = scan.end
    if (framing.framing === 'chunked') this.chunked = new ChunkedDecoder(scan.end)
    this.phase = 'body'
    return false
  }

  private readBody(bytes: Buffer): void {
    if (this.framing === 'none') {
      this.finishBody(this.bodyStart)
    } else if (this.length !== undefined && this.framing === 'length') {
      if (bytes.length - this.bodyStart >= this.length) this.finishBody(this.bodyStart + this.length)
    } else if (this.chunked) {
      this.chunked.advance(bytes)
      const defect = this.chunked.defect
      if (defect) {
        this.defects.push({ kind: defect.kind, reason: defect.reason, bytes: this.evidence.of(bytes, defect.from, defect.to), offset: defect.from })
        this.phase = 'failed'
      } else if (this.chunked.end !== undefined) {
        this.finishBody(this.chunked.end)
      }
    }
    if (this.phase === 'body' && bytes.length - this.bodyStart > this.maxBodyBytes) this.phase = 'stopped'
  }

  private finishBody(end: number): void {
    this.bodyEnd = end
    this.phase = 'done'
  }

  /** Bytes after the announced end: the edge would read them as the start of the next response. */
  private noteExcess(bytes: Buffer): void {
    const end = this.bodyEnd ?? bytes.length
    if (bytes.length <= end) return
    const extra = plural(bytes.length - end, 'byte')
    const evidence = { bytes: this.evidence.of(bytes, end), offset: end }
    const announced = this.framing === 'length' ? this.length ?? 0 : 0
    const defect: HttpDefect =
      this.framing === 'chunked' ? { kind: 'after-last-chunk', reason: `${extra} after the last chunk`, ...evidence }
      : this.framing === 'length' ? { kind: 'body-exceeds-content-length', reason: `${extra} beyond the announced ${announced}`, contentLength: announced, ...evidence }
      : { kind: 'body-exceeds-content-length', reason: `a body (${extra}) on a ${this.method === 'HEAD' ? 'response to HEAD' : `${this.head?.status} response`}, which has none`, contentLength: 0, ...evidence }
    // More may arrive later: the latest count replaces the earlier one.
    const earlier = this.defects.findIndex((d) => d.kind === defect.kind)
    if (earlier >= 0) this.defects[earlier] = defect
    else this.defects.push(defect)
  }

  private endInHead(how: EndCause): void {
    const received = this.log.length
    const reason =
      how.cause === 'timeout'
        ? received === 0 ? `nothing arrived within the read timeout of ${how.afterMs} ms` : `only ${plural(received, 'byte')} arrived within the read timeout of ${how.afterMs} ms, and the header block had not ended`
        : received === 0 ? `${describeEnd(how)} before sending a byte` : `${describeEnd(how)} after ${plural(received, 'byte')}, before the header block ended`
    const defect: HttpDefect = { kind: 'no-response', reason, stage: 'response' }
    if (received > 0) Object.assign(defect, { bytes: this.evidence.of(this.log.view(), 0, received, 60), offset: 0 })
    this.defects.push(defect)
  }

  private endInBody(how: EndCause): void {
    const what = describeEnd(how)
    if (this.framing === 'length') {
      this.defects.push({ kind: 'incomplete-body', reason: `${what} after ${this.bodyBytes} of ${this.length} announced body bytes`, contentLength: this.length ?? 0 })
    } else if (this.framing === 'chunked') {
      const end = this.log.length
      const from = Math.max(this.bodyStart, end - 40)
      this.defects.push({ kind: 'incomplete-chunked', reason: `${what} before the last chunk`, bytes: this.evidence.of(this.log.view(), from, end), offset: from })
    } else if (this.framing === 'close') {
      const evidence = { bytes: this.evidence.of(this.log.view(), this.bodyStart, this.bodyStart + 40), offset: this.bodyStart }
      if (how.cause === 'timeout') {
        this.defects.push({ kind: 'no-framing', reason: `no Content-Length or Transfer-Encoding, and the body had not ended after ${how.afterMs} ms (${this.bodyBytes} bytes)`, ...evidence })
      } else if (this.bodyBytes > 0) {
        this.defects.push({ kind: 'no-framing', reason: `the ${this.bodyBytes}-byte body ends only where the connection closes`, ...evidence })
      }
    }
  }

  /**
   * `A: 1\r\n\r\nB: 2\r\n\r\n`: the empty line ends the header block early, and what looks like a body
   * is more header fields. Only trusted when the framing already failed, so a body that merely looks
   * like header lines is never blamed.
   */
  private reclassifyStrayHeaderLines(): void {
    if (!this.head || !this.defects.some((d) => BODY_DEFECTS.has(d.kind))) return
    const bytes = this.log.view()
    const after = bytes.toString('latin1', this.bodyStart, Math.min(bytes.length, this.bodyStart + STRAY_HEADER_WINDOW))
    const stray = STRAY_HEADER_LINES.exec(after)
    if (!stray) return
    const kept = this.defects.filter((d) => !BODY_DEFECTS.has(d.kind))
    this.defects.length = 0
    this.defects.push(...kept, {
      kind: 'empty-line-in-headers',
      reason: 'an empty line inside the header block: the fields after it arrive as body',
      bytes: this.evidence.of(bytes, this.lastHeadLine, this.bodyStart + stray[0].length),
      offset: this.lastHeadLine,
    })
  }
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

function describeEnd(how: EndCause): string {
  switch (how.cause) {
    case 'closed': return 'the origin closed the connection'
    case 'reset': return 'the origin reset the connection'
    case 'timeout': return `the read timeout of ${how.afterMs} ms passed`
  }
}

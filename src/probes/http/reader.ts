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
import type { HttpDefect, HttpDefectKind, HttpFraming, HttpProblem, HttpResponseHead } from './types.js'

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
/** A body whose last bytes came this recently when the deadline passed was still arriving. */
const STILL_ARRIVING_MS = 500
const STRAY_HEADER_LINES = /^(?:\r\n)*(?:[!#$%&'*+.^_`|~0-9A-Za-z-]+:[^\r\n]*\r\n)+\r\n/

/** Defects about where the body ends: they are consequences when the header block was cut short by a stray empty line. */
const BODY_DEFECTS: ReadonlySet<HttpDefectKind> = new Set([
  'no-framing',
  'body-exceeds-content-length',
  'incomplete-body',
  'chunk-size',
  'chunk-data-end',
  'chunk-trailer',
  'after-last-chunk',
  'incomplete-chunked',
  'body-unread',
])

/** `head`: reading the header block; `body`: reading the body; `done`: the response ended where announced;
 * `failed`: unreadable from here; `stopped`: over the byte budget; `ended`: the stream ended (see defects). */
export type ReaderPhase = 'head' | 'body' | 'done' | 'failed' | 'stopped' | 'ended'

/** `quietMs`: how long before the deadline the last byte arrived (absent: none arrived). */
export type EndCause = { cause: 'closed' | 'reset' } | { cause: 'timeout'; afterMs: number; quietMs?: number }

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
    while (this.phase === 'head' && this.readHead(bytes)) {
      /* interim responses: read the next head */
    }
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
        problem: 'header-block-too-large',
        limit: MAX_HEADER_BLOCK_BYTES,
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
        this.defects.push({
          kind: 'status-line',
          problem: 'too-many-interim',
          limit: MAX_INTERIM_RESPONSES,
          bytes: this.evidence.of(bytes, statusLine?.start ?? 0, statusLine?.next ?? 0),
          offset: statusLine?.start ?? 0,
        })
        this.phase = 'failed'
        return false
      }
      this.scanner = new HeadScanner(scan.end)
      return true
    }
    const framing = framingOf(bytes, this.method, parsed.version, parsed.status, parsed.fields, this.evidence)
    this.defects.push(...framing.defects)
    this.head = {
      version: parsed.version,
      status: parsed.status,
      fieldNames: parsed.fields.map((f) => f.name),
      headBytes: scan.end - this.scanner.start,
    }
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
        this.defects.push({
          kind: defect.kind,
          problem: defect.problem,
          bytes: this.evidence.of(bytes, defect.from, defect.to),
          offset: defect.from,
        })
        this.phase = 'failed'
      } else if (this.chunked.end !== undefined) {
        this.finishBody(this.chunked.end)
      }
    }
    if (this.phase === 'body' && bytes.length - this.bodyStart > this.maxBodyBytes) this.stopOverBudget()
  }

  /** The body goes on past the byte budget: it is left unread, and that is said. */
  private stopOverBudget(): void {
    this.phase = 'stopped'
    const facts = { bodyBytes: this.bodyBytes, limit: this.maxBodyBytes }
    if (this.framing === 'length' || this.framing === 'chunked') {
      this.defects.push({ kind: 'body-unread', problem: 'body-over-byte-budget', framing: this.framing, ...this.announced(), ...facts })
    } else if (this.framing === 'close') {
      this.defects.push({ kind: 'no-framing', problem: 'unframed-body-over-budget', ...facts, ...this.bodyEvidence() })
    }
  }

  private announced(): Pick<HttpDefect, 'contentLength'> {
    return this.framing === 'length' && this.length !== undefined ? { contentLength: this.length } : {}
  }

  private bodyEvidence(): { bytes: string; offset: number } {
    return { bytes: this.evidence.of(this.log.view(), this.bodyStart, this.bodyStart + 40), offset: this.bodyStart }
  }

  private finishBody(end: number): void {
    this.bodyEnd = end
    this.phase = 'done'
  }

  /** Bytes after the announced end: the edge would read them as the start of the next response. */
  private noteExcess(bytes: Buffer): void {
    const end = this.bodyEnd ?? bytes.length
    if (bytes.length <= end) return
    const extra = { extraBytes: bytes.length - end, bytes: this.evidence.of(bytes, end), offset: end }
    const defect: HttpDefect =
      this.framing === 'chunked'
        ? { kind: 'after-last-chunk', problem: 'bytes-after-last-chunk', ...extra }
        : this.framing === 'length'
          ? { kind: 'body-exceeds-content-length', problem: 'bytes-beyond-length', contentLength: this.length ?? 0, ...extra }
          : {
              kind: 'body-exceeds-content-length',
              problem: 'body-not-allowed',
              contentLength: 0,
              method: this.method,
              ...(this.head ? { status: this.head.status } : {}),
              ...extra,
            }
    // More may arrive later: the latest count replaces the earlier one.
    const earlier = this.defects.findIndex((d) => d.kind === defect.kind)
    if (earlier >= 0) this.defects[earlier] = defect
    else this.defects.push(defect)
  }

  private endInHead(how: EndCause): void {
    const received = this.log.length
    const problem: HttpProblem =
      how.cause === 'timeout'
        ? received === 0
          ? 'nothing-before-timeout'
          : 'partial-head-before-timeout'
        : received === 0
          ? 'ended-before-any-byte'
          : 'ended-in-head'
    const defect: HttpDefect = { kind: 'no-response', problem, stage: 'response', ...endFacts(how), bytesReceived: received }
    if (received > 0) Object.assign(defect, { bytes: this.evidence.of(this.log.view(), 0, received, 60), offset: 0 })
    this.defects.push(defect)
  }

  private endInBody(how: EndCause): void {
    const facts = { ...endFacts(how), bytesReceived: this.log.length, bodyBytes: this.bodyBytes }
    if (
      (this.framing === 'length' || this.framing === 'chunked') &&
      how.cause === 'timeout' &&
      how.quietMs !== undefined &&
      how.quietMs < STILL_ARRIVING_MS
    ) {
      // Still arriving at the deadline: an endless (or merely long) body, not a broken one.
      this.defects.push({ kind: 'body-unread', problem: 'body-over-time-budget', framing: this.framing, ...this.announced(), ...facts })
    } else if (this.framing === 'length') {
      this.defects.push({ kind: 'incomplete-body', problem: 'ended-in-body', contentLength: this.length ?? 0, ...facts })
    } else if (this.framing === 'chunked') {
      const end = this.log.length
      const from = Math.max(this.bodyStart, end - 40)
      this.defects.push({
        kind: 'incomplete-chunked',
        problem: 'ended-in-chunks',
        ...facts,
        bytes: this.evidence.of(this.log.view(), from, end),
        offset: from,
      })
    } else if (this.framing === 'close') {
      if (how.cause === 'timeout') {
        this.defects.push({ kind: 'no-framing', problem: 'unframed-body-timeout', ...facts, ...this.bodyEvidence() })
      } else if (how.cause === 'reset') {
        // Only a clean close ends such a body: a reset cuts it short, however many bytes came.
        this.defects.push({ kind: 'incomplete-body', problem: 'unframed-body-reset', ...facts, ...this.bodyEvidence() })
      } else if (this.bodyBytes > 0) {
        this.defects.push({ kind: 'no-framing', problem: 'unframed-body-close', ...facts, ...this.bodyEvidence() })
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
      problem: 'stray-empty-line',
      bytes: this.evidence.of(bytes, this.lastHeadLine, this.bodyStart + stray[0].length),
      offset: this.lastHeadLine,
    })
  }
}

function endFacts(how: EndCause): Pick<HttpDefect, 'end' | 'afterMs'> {
  return how.cause === 'timeout' ? { end: 'timeout', afterMs: how.afterMs } : { end: how.cause }
}

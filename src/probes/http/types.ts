/** What the HTTP exchange observes. Facts about bytes and timings; checks decide what they mean. */

export type HttpDefectKind =
  // No (complete) response.
  | 'no-response'
  | 'incomplete-body'
  // Status line and header block syntax.
  | 'leading-empty-line'
  | 'status-line'
  | 'bare-lf'
  | 'control-character'
  | 'field-syntax'
  | 'obs-fold'
  | 'header-block-too-large'
  | 'transfer-encoding'
  // An empty line, or a line of stray CRs, where header fields continue.
  | 'empty-line-in-headers'
  // Framing.
  | 'content-length-invalid'
  | 'content-length-conflict'
  | 'cl-and-te'
  | 'body-exceeds-content-length'
  | 'no-framing'
  | 'chunk-size'
  | 'chunk-data-end'
  | 'chunk-trailer'
  | 'after-last-chunk'
  | 'incomplete-chunked'

export interface HttpDefect {
  kind: HttpDefectKind
  /** What is wrong, in words. */
  reason: string
  /** The offending bytes, escaped (`\r`, `\n`, `\xNN`), config header values masked. */
  bytes?: string
  /** Where the offending bytes start in the response stream. */
  offset?: number
  /** The Content-Length value(s) as sent, escaped. */
  value?: string
  /** The announced body length, where the defect is about it. */
  contentLength?: number
  /** For `no-response`: the step that failed (`connect`, `tls`) or `response`. */
  stage?: 'connect' | 'tls' | 'response'
}

/** How the end of the body is known. `unknown`: the framing headers are broken, read until close. */
export type HttpFraming = 'none' | 'length' | 'chunked' | 'close' | 'unknown'

export interface HttpResponseHead {
  /** `HTTP/1.1` */
  version: string
  status: number
  /** Field names in the order sent (values stay out: they may echo what the request carried). */
  fieldNames: string[]
  /** The Location value, escaped and masked, on a redirect. */
  location?: string
  /** Size of the header block, status line and final empty line included. */
  headBytes: number
}

export interface HttpKeepAlive {
  /** `Keep-Alive: timeout=N`, in ms. */
  announcedTimeoutMs?: number
  /** Milliseconds from the end of the response to the origin closing the idle connection; absent: open all along. */
  closedAfterMs?: number
  /** How long the idle connection was watched. */
  watchedMs: number
}

export interface HttpRedirect {
  /** The Location, escaped and masked. */
  location: string
  /** host[:port] of the Location. */
  host: string
  /** Where following it (undici, up to its redirect limit) ends, or why it could not be followed. */
  followed?: { url: string; status: number } | { error: string }
}

export interface HttpTimings {
  connectMs?: number
  tlsMs?: number
  firstByteMs?: number
  /** From the request written to the end of the response. */
  responseMs?: number
  totalMs: number
}

/** One request as the edge would send it, and everything seen on that connection. */
export interface HttpExchangeObservation {
  address: string
  port: number
  tls: boolean
  /** The Host (and SNI) sent. */
  host: string
  method: string
  path: string
  /** The final (non-1xx) response head, when one parsed. */
  head?: HttpResponseHead
  /** Interim 1xx statuses that came first. */
  interim: number[]
  framing?: HttpFraming
  bodyBytes: number
  defects: HttpDefect[]
  /** The response announced a reusable connection (HTTP/1.1 without `Connection: close`, clean framing). */
  persistent: boolean
  /** Set when the response ended cleanly on a reusable connection and the idle connection was watched. */
  keepAlive?: HttpKeepAlive
  /** A redirect to another host than the one asked for. */
  redirect?: HttpRedirect
  timings: HttpTimings
}

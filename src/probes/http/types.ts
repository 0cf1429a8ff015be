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
  // The body went on past the byte or time budget: unread, so unjudged.
  | 'body-unread'

/** What exactly is wrong, one word per case: the catalogue words each; checks may choose a code by it. */
export const HTTP_PROBLEMS = [
  // No (complete) response.
  'connect-timeout',
  'connect-error',
  'tls-timeout',
  'tls-error',
  'nothing-before-timeout',
  'partial-head-before-timeout',
  'ended-before-any-byte',
  'ended-in-head',
  'ended-in-body',
  // Status line and header block.
  'leading-empty-line',
  'bare-lf',
  'status-line-syntax',
  'unsupported-version',
  'status-out-of-range',
  'too-many-interim',
  'stray-cr-line',
  'stray-empty-line',
  'whitespace-before-first-field',
  'obs-fold',
  'no-colon',
  'empty-name',
  'space-before-colon',
  'name-not-token',
  'bare-cr-in-value',
  'control-byte-in-value',
  'header-block-too-large',
  'te-not-chunked-last',
  // Framing.
  'cl-empty',
  'cl-negative',
  'cl-too-large',
  'cl-not-integer',
  'cl-conflict',
  'cl-and-te',
  'bytes-beyond-length',
  'body-not-allowed',
  'unframed-body-timeout',
  'unframed-body-close',
  'unframed-body-reset',
  'unframed-body-over-budget',
  'chunk-data-no-crlf',
  'chunk-line-unterminated',
  'chunk-line-bare-lf',
  'chunk-size-not-hex',
  'chunk-size-too-large',
  'trailer-not-field',
  'bytes-after-last-chunk',
  'ended-in-chunks',
  // The body went on past a budget.
  'body-over-byte-budget',
  'body-over-time-budget',
] as const

export type HttpProblem = (typeof HTTP_PROBLEMS)[number]

/** How the stream ended when it ended too early: the origin closed it, reset it, or the read deadline passed. */
export type HttpStreamEnd = 'closed' | 'reset' | 'timeout'

/** One defect: its kind (which code), its problem (which words) and the facts the words need; never a sentence. */
export interface HttpDefect {
  kind: HttpDefectKind
  problem: HttpProblem
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
  /** How the stream ended, for defects the end caused. */
  end?: HttpStreamEnd
  /** The deadline that passed, in ms (from the connect, or of the step named by `stage`). */
  afterMs?: number
  /** Response bytes that had arrived when the stream ended. */
  bytesReceived?: number
  /** Body bytes read. */
  bodyBytes?: number
  /** Bytes after the announced end of the response. */
  extraBytes?: number
  /** The bound that was passed (bytes, or responses for `too-many-interim`). */
  limit?: number
  /** Empty lines before the status line. */
  count?: number
  /** The status the defect is about (outside 100-599, or one that has no body). */
  status?: number
  /** The protocol version the status line names. */
  version?: string
  /** The request method, where the words depend on it (a body on a response to HEAD). */
  method?: string
  /** The header field the defect is in. */
  field?: string
  /** The body's framing, where the words depend on it. */
  framing?: HttpFraming
  /** An exception's text, verbatim (connect and TLS failures). */
  error?: string
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

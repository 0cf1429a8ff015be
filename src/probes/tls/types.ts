/** What the TLS probes observe: facts about one hello, never a verdict. */

export type TlsFailureKind =
  | 'alert' // the server sent a TLS alert
  | 'closed' // the server closed the connection without an alert
  | 'reset' // ECONNRESET
  | 'timeout' // no complete answer within the read deadline
  | 'not-tls' // the server answered with something that is not TLS (e.g. HTTP)
  | 'malformed' // TLS records or handshake messages that do not parse
  | 'too-large' // a record or message over the byte budget
  | 'connect' // the TCP connection itself failed

export interface TlsAlert {
  level: number
  description: number
  /** RFC 8446 / 5246 name, e.g. `handshake_failure`. */
  name: string
}

export interface TlsHelloSuccess {
  ok: true
  /** Protocol version the server chose, e.g. `TLSv1.2`. */
  version: string
  /** IANA code point of the cipher suite the server chose. */
  cipherSuite: number
  /** The Certificate message's certificates, DER, in the order the server sent them. */
  certificates: Buffer[]
  /** The server sent a CertificateRequest (asks the client for a certificate). */
  certificateRequested: boolean
}

export interface TlsHelloFailure {
  ok: false
  kind: TlsFailureKind
  alert?: TlsAlert
  /** The first bytes received, escaped, when they tell what the server is (e.g. `HTTP/1.1 400`). */
  received?: string
  error?: string
}

export type TlsHelloResult = (TlsHelloSuccess | TlsHelloFailure) & {
  address: string
  port: number
  /** SNI sent; undefined when the hello carried no SNI. */
  sni?: string
  /** Protocol version offered, e.g. `TLSv1.2`. */
  offered: string
  ms: number
}

/** The edge's hello at one protocol version, and what was needed to explain a refusal or list the suites. */
export interface TlsVersionScan {
  /** The version offered, e.g. `TLSv1.2`. */
  version: string
  /** The edge's own ClientHello at this version. */
  edge: TlsHelloResult
  /** Where the edge's hello was refused: its suites with every group and signature scheme we know. */
  edgeSuitesWide?: TlsHelloResult
  /** Where that was refused too: every suite usable in the version (is the version itself accepted?). */
  everySuite?: TlsHelloResult
  /** Where the edge's hello was accepted: IANA code points of the edge's suites the origin accepts, in the edge's order. */
  acceptedSuites?: number[]
  /**
   * Where the enumeration was cut short because a hello failed twice (no answer, a reset, bytes that are
   * not TLS, a pick outside the offer) rather than being refused: the edge's suites left untested, so
   * neither accepted nor refused.
   */
  untestedSuites?: number[]
}

/** Everything learnt about one HTTPS address x port x SNI with the edge's hellos. */
export interface TlsTargetScan {
  address: string
  port: number
  sni?: string
  /** One per version the edge may use with this origin, lowest first. */
  versions: TlsVersionScan[]
  /**
   * Only where none of those versions is accepted: a wide hello at each version the edge is not
   * configured for, to say what the origin speaks instead (a TLS 1.3-only origin, say).
   */
  otherVersions: TlsHelloResult[]
  /** Connections made for this target (shared probes counted once per target). */
  probes: number
  ms: number
}

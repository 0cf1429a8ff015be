import type { SeverityPolicy } from '../findings/severity-policy.js'
import type { EdgeName, SslProtocol } from '../vocabulary.js'

/** A cipher suite the edge offers, by IANA code point and both names. */
export interface CipherSuite {
  code: number
  openssl: string
  iana: string
}

export interface NamedCode {
  code: number
  name: string
}

/** Whose rules and limits apply to an origin: what the edge sends and what it accepts. Data only. */
export interface EdgeProfile {
  name: EdgeName
  title: string
  /** Versions the edge can use towards origins, lowest first. */
  protocols: readonly SslProtocol[]
  /** Versions the edge itself calls deprecated (TLS_WEAK_PROTOCOL_ONLY). */
  deprecatedProtocols: readonly SslProtocol[]
  /** The ClientHello's cipher suites, in the edge's order. */
  cipherSuites: readonly CipherSuite[]
  /** supported_groups, in order. */
  groups: readonly NamedCode[]
  /** signature_algorithms, in order. */
  signatureAlgorithms: readonly NamedCode[]
  /** Whether the edge fails on a bad origin certificate. */
  validatesCertificates: boolean
  /** Severities this edge lowers, as data (an edge that does not validate certificates still connects through a bad one). */
  severityPolicy: SeverityPolicy
  keyLimits: {
    rsaMinBits: number
    rsaMaxBits: number
    /** Named curves accepted for ECDSA keys (Node's names: prime256v1, secp384r1, ...). */
    ecdsaCurves: readonly string[]
  }
  timeouts: {
    connectMs: number
    readMs: number
    /** How long the edge keeps an idle origin connection for reuse. */
    keepAliveMs: number
  }
  /**
   * The security policy the profile assumes towards targets where the balancer's real one depends on
   * its listener (which the config cannot say): TLS findings name it.
   */
  assumedTargetPolicy?: string
  /** Where each fact above comes from. */
  sources: readonly string[]
}

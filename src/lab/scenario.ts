/** What a planted origin is: how it serves TLS, DNS and HTTP, and the findings the gate must report for it. */
import type { SecureVersion } from 'node:tls'
import type { EdgeName, HttpMethod, SslProtocol } from '../config/types.js'
import type { SuiteName } from '../edges/suites.js'
import type { FindingCode, Severity } from '../findings/finding.js'
import type { DnsPlant } from './dns/hierarchy.js'

export const LAB_ZONE = 'lab.origin-preflight.test'

/** How a planted origin serves TLS. */
export type TlsBehaviour =
  | {
      kind: 'chain'
      certificate: CertificateRecipe
      order?: 'as-issued' | 'root-before-intermediate' | 'leaf-only'
      openssl?: OpenSslLimits
    }
  /** Our own TLS server without cryptography: serves suites OpenSSL 3 cannot (RC4-MD5, DES-CBC3-SHA). */
  | { kind: 'raw-suites'; certificate: CertificateRecipe; versions: Exclude<SslProtocol, 'TLSv1.3'>[]; suites: SuiteName[] }
  | { kind: 'sni-dependent'; certificate: CertificateRecipe; withoutSni: CertificateRecipe }
  | { kind: 'client-certificate-required'; certificate: CertificateRecipe }
  | { kind: 'plain-http' }
  | { kind: 'none' }
  /** Declared http-only: plain HTTP on the HTTP port, no TLS listener. */
  | { kind: 'http-only' }

/** What Node's OpenSSL server is limited to (security level 0 unless `ciphers` says otherwise). */
export interface OpenSslLimits {
  minVersion?: SecureVersion
  maxVersion?: SecureVersion
  /** An OpenSSL cipher string for TLS 1.2 and earlier. */
  ciphers?: string
  /** Serve DHE suites (Node's built-in Diffie-Hellman parameters). */
  dhe?: boolean
}

export interface CertificateRecipe {
  /** SAN DNS names; the first is also the CN. */
  names: string[]
  issuer?: 'lab' | 'rogue' | 'self'
  key?: 'p256' | 'p384' | 'p521' | 'rsa2048'
  /** Validity relative to now, in days. */
  validFromDays?: number
  validToDays?: number
  signatureHash?: 'sha256' | 'sha1'
}

export interface Expectation {
  code: FindingCode
  severity: Severity
  /** The address the finding must name, where it matters. */
  address?: string
}

export interface Scenario {
  name: string
  /** What is planted, for the verdict table. */
  fault: string
  domain: string
  hostHeader?: string
  edge?: EdgeName
  tls: TlsBehaviour
  /** `ssl-protocols` of the origin, where not the default. */
  sslProtocols?: SslProtocol[]
  /** Extra addresses the origin is declared with, beyond the one it is served on. */
  extraAddresses?: string[]
  /** Origins with `health`: the request declared and how the server answers it. */
  http?: HttpPlan
  /** Every finding the gate must report; anything else is a false alarm. */
  expect: Expectation[]
  /** Planted DNS: the origin is then found through the lab's name servers, not pinned with `addresses:`. */
  dns?: DnsPlant
}

export interface HttpPlan {
  health: { path: string; method?: HttpMethod; expectStatus?: number[] }
  answer: HttpAnswer
}

/** After answering: close, keep the connection open (idle), or close it after a delay. */
export type AfterAnswer = 'close' | 'keep-open' | { closeAfterMs: number }

export type HttpAnswer =
  /** These bytes, to every request on the connection. */
  | { kind: 'bytes'; response: string; then: AfterAnswer }
  /** Reads the request, then closes without a byte. */
  | { kind: 'silent-close' }
  /** These bytes, one a second. */
  | { kind: 'drip'; response: string }
  /** A 301 to this same server under its address (another host than the one asked for), which answers 200 there. */
  | { kind: 'redirect-elsewhere' }
  /** Node's own `http` server with its defaults (keep-alive timeout 5 s). */
  | { kind: 'node-http' }
  /** A chunked 200 whose chunks never end. */
  | { kind: 'endless-chunked' }
  /** These bytes, then a TCP reset instead of the rest. */
  | { kind: 'reset-after'; response: string }

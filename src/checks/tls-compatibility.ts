import { byProtocolAge } from '../vocabulary.js'
import type { EdgeProfile } from '../edges/types.js'
import { suiteByCode } from '../edges/suites.js'
import { hex16 } from '../probes/tls/names.js'
import { acceptedAt, everyVersionRefused, spokeTls } from '../probes/tls/outcome.js'
import type { TlsHelloResult, TlsTargetScan, TlsVersionScan } from '../probes/tls/types.js'

/** What the edge's hellos at every allowed version say about one address x port x SNI. */
export type TlsVerdict =
  /** The edge's own hello is accepted at `accepted`; `weakOnly` when all of them are ones the edge deprecates. */
  | { kind: 'compatible'; accepted: string[]; weakOnly: boolean }
  /** Every allowed version refused, by an origin that speaks TLS: `originSpeaks` what it accepted instead. */
  | { kind: 'no-common-protocol'; offered: string[]; originSpeaks: string[] }
  /** `versions` accepted, but only with suites the edge does not offer: `originChose` one of them. */
  | { kind: 'no-common-cipher'; versions: string[]; originChose: string }
  /** Anything else (a key or curve the edge lacks, not TLS, silence, resets): TLS_HANDSHAKE_FAILED's. */
  | { kind: 'failed' }

export function judgeTlsScan(scan: TlsTargetScan, edge: EdgeProfile): TlsVerdict {
  const accepted = scan.versions.filter((v) => acceptedAt(v.edge, v.version)).map((v) => v.version)
  if (accepted.length > 0) {
    return { kind: 'compatible', accepted, weakOnly: accepted.every((v) => (edge.deprecatedProtocols as readonly string[]).includes(v)) }
  }
  // The edge's suites work once the hello names more curves or signature schemes: a key problem.
  if (scan.versions.some((v) => acceptedAt(v.edgeSuitesWide, v.version))) return { kind: 'failed' }
  const cipherOnly = scan.versions.filter((v) => acceptedAt(v.everySuite, v.version))
  const chose = cipherOnly.map((v) => v.everySuite).find((r) => r?.ok)
  if (chose?.ok) return { kind: 'no-common-cipher', versions: cipherOnly.map((v) => v.version), originChose: suiteName(chose.cipherSuite) }
  const results = [...scan.versions.flatMap(resultsOf), ...scan.otherVersions]
  if (everyVersionRefused(scan.versions) && results.some(spokeTls)) {
    return { kind: 'no-common-protocol', offered: scan.versions.map((v) => v.version), originSpeaks: originSpeaks(results) }
  }
  return { kind: 'failed' }
}

/** Whether a verdict names the failure more precisely than TLS_HANDSHAKE_FAILED would. */
export function explainsFailure(verdict: TlsVerdict): boolean {
  return verdict.kind === 'no-common-protocol' || verdict.kind === 'no-common-cipher'
}

/** The scan of the same address, port and SNI as a hello, if any. */
export function scanFor(
  scans: readonly TlsTargetScan[] | undefined,
  hello: Pick<TlsHelloResult, 'address' | 'port' | 'sni'>,
): TlsTargetScan | undefined {
  return scans?.find((s) => s.address === hello.address && s.port === hello.port && s.sni === hello.sni)
}

/** OpenSSL name when known, else the code point in hex. */
export function suiteName(code: number): string {
  return suiteByCode(code)?.openssl ?? hex16(code)
}

/** Versions the origin answered with a ServerHello, whatever was offered: what it speaks. */
function originSpeaks(results: readonly TlsHelloResult[]): string[] {
  const versions = new Set(results.flatMap((r) => (r.ok ? [r.version] : [])))
  return [...versions].sort(byProtocolAge)
}

function resultsOf(v: TlsVersionScan): TlsHelloResult[] {
  return [v.edge, v.edgeSuitesWide, v.everySuite].filter((r): r is TlsHelloResult => r !== undefined)
}

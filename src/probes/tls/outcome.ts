import type { TlsHelloResult, TlsHelloSuccess, TlsVersionScan } from './types.js'

/** The server answered a hello offering `version` with a ServerHello for exactly that version. */
export function acceptedAt(result: TlsHelloResult | undefined, version: string): result is TlsHelloResult & TlsHelloSuccess {
  return result !== undefined && result.ok && result.version === version
}

/**
 * The server refused the offer at TLS level: an alert, a hang-up right after the hello, or a ServerHello
 * for a lower version (servers pick their highest version not above the client's). Not a refusal: an
 * answer that is not TLS, a timeout, a failed connect, malformed or oversized records.
 */
export function refusedByTls(result: TlsHelloResult, version: string): boolean {
  if (result.ok) return result.version !== version
  return result.kind === 'alert' || result.kind === 'closed' || result.kind === 'reset'
}

/** Proof the peer speaks TLS: a ServerHello or an alert. */
export function spokeTls(result: TlsHelloResult): boolean {
  return result.ok || result.kind === 'alert'
}

/** The last hello sent at one version: the widest that was needed. */
export function lastAnswer(scan: TlsVersionScan): TlsHelloResult {
  return scan.everySuite ?? scan.edgeSuitesWide ?? scan.edge
}

/** Nothing was accepted at any of these versions in any form, and every answer was a TLS-level refusal. */
export function everyVersionRefused(versions: readonly TlsVersionScan[]): boolean {
  return versions.length > 0 && versions.every((v) => refusedByTls(lastAnswer(v), v.version))
}

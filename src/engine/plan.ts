import type { OriginConfig } from '../config/types.js'
import { CHECK_FAMILIES, type CheckFamily, type SslProtocol } from '../vocabulary.js'
import type { EdgeProfile } from '../edges/types.js'

export interface PortPlan {
  port: number
  tls: boolean
}

/** The ports the protocol policy makes the edge use. */
export function portsFor(origin: OriginConfig): PortPlan[] {
  switch (origin.protocolPolicy) {
    case 'http-only':
      return [{ port: origin.httpPort, tls: false }]
    case 'https-only':
      return [{ port: origin.httpsPort, tls: true }]
    case 'match-viewer':
      // One port for both is a config mistake the edge would show as failed TLS or failed HTTP; probe it once as HTTPS.
      return origin.httpPort === origin.httpsPort
        ? [{ port: origin.httpsPort, tls: true }]
        : [
            { port: origin.httpPort, tls: false },
            { port: origin.httpsPort, tls: true },
          ]
  }
}

/** The names the edge sends as SNI (and Host): every forwarded Host when set, else the origin domain. */
export function sniNamesFor(origin: OriginConfig): string[] {
  return origin.hostHeaders.length > 0 ? [...origin.hostHeaders] : [origin.domain]
}

/**
 * The version of the edge's hello that shows the certificate chain: the highest allowed version below
 * TLS 1.3 (whose Certificate message is encrypted), or TLS 1.3 when nothing else is allowed.
 */
export function chainProbeVersion(origin: OriginConfig, edge: EdgeProfile): SslProtocol | undefined {
  const allowed = allowedVersions(origin, edge)
  const readable = allowed.filter((p) => p !== 'TLSv1.3')
  return readable.at(-1) ?? allowed.at(-1)
}

/** The versions the edge may use with this origin: its own, within `ssl-protocols`, lowest first. */
export function allowedVersions(origin: OriginConfig, edge: EdgeProfile): SslProtocol[] {
  return edge.protocols.filter((p) => origin.sslProtocols.includes(p))
}

/** The families that run for an origin: all, less `checks.skip`, within `--only`. */
export function familiesFor(origin: OriginConfig, only: readonly CheckFamily[] | undefined): Set<CheckFamily> {
  // Without `health` there is no HTTP exchange to make: the family does not apply. What a source leaves
  // unknown (or CloudFront would refuse) is not probed at all: a guess would be a verdict on nothing.
  const blocked = origin.unchecked ?? []
  return new Set(
    CHECK_FAMILIES.filter(
      (f) =>
        !origin.skip.includes(f) && !blocked.includes(f) && (!only || only.includes(f)) && (f !== 'http' || origin.health !== undefined),
    ),
  )
}

import type { DnsWalk } from './dns/walk-types.js'
import type { HttpExchangeObservation } from './http/types.js'
import type { TlsHelloResult, TlsTargetScan } from './tls/types.js'
import type { Family, Resolution, ResolvedAddress, TcpObservation } from './types.js'

/** An address of a family the edge uses that this machine has no route to: unprobed, never passed. */
export interface UnavailableAddress {
  address: string
  family: Family
}

/** Everything the probes saw for one origin. Checks read their slice of it; they never probe. */
export interface Observations {
  resolution: Resolution
  /** Addresses of the families the edge connects over that this machine can reach. */
  addresses: ResolvedAddress[]
  /** Addresses the edge uses but this machine cannot probe (no route for the family). */
  unavailable: UnavailableAddress[]
  /** One per address x port the protocol policy uses. */
  tcp: TcpObservation[]
  /** The edge's ClientHello with its SNI at the version that shows the chain, one per open HTTPS address x SNI name. */
  tls: TlsHelloResult[]
  /** The same ClientHello without SNI, one per open HTTPS address. */
  tlsWithoutSni: TlsHelloResult[]
  /**
   * A wider hello, made only where the edge's was refused with an alert, to read the certificate that
   * explains the refusal. Never evidence of compatibility.
   */
  tlsDiagnostic: TlsHelloResult[]
  /** Per open HTTPS address x SNI name: the edge's hello at each allowed version, and the suites accepted. */
  tlsScans: TlsTargetScan[]
  /** The health request as the edge sends it, one per open address x port. */
  http: HttpExchangeObservation[]
  /** The authoritative walk for the origin's domain (absent where nothing walked). */
  dns?: DnsWalk
}

export type ObservationKey = keyof Observations

/** Every key, in the order probes produce them. */
export const OBSERVATION_KEYS = [
  'resolution',
  'addresses',
  'unavailable',
  'dns',
  'tcp',
  'tls',
  'tlsWithoutSni',
  'tlsDiagnostic',
  'tlsScans',
  'http',
] as const satisfies readonly ObservationKey[]

/** An origin nothing was observed for: the start of every observation bag, in the engine and in tests. */
export function emptyObservations(): Observations {
  return {
    resolution: { ok: true, addresses: [], ms: 0 },
    addresses: [],
    unavailable: [],
    tcp: [],
    tls: [],
    tlsWithoutSni: [],
    tlsDiagnostic: [],
    tlsScans: [],
    http: [],
  }
}

import type { CheckFamily, OriginConfig } from '../config/types.js'
import type { EdgeProfile } from '../edges/types.js'
import type { FindingCode, FindingDraft } from '../findings/finding.js'
import type { TrustStore } from '../cert/trust.js'
import type { ResolvedAddress, Resolution, TcpObservation } from '../probes/types.js'
import type { TlsHelloResult, TlsTargetScan } from '../probes/tls/types.js'
import type { HttpExchangeObservation } from '../probes/http/types.js'
import type { DnsWalk } from '../probes/dns/walk-types.js'

/** Everything the probes saw for one origin. Checks read it; they never probe. */
export interface OriginObservations {
  resolution: Resolution
  /** Addresses of the families the edge connects over that this machine can reach. */
  addresses: ResolvedAddress[]
  /** Addresses the edge uses but this machine cannot probe (no route for the family). */
  unavailable: { address: string; family: 4 | 6; reason: string }[]
  /** One per address x port the protocol policy uses. */
  tcp: TcpObservation[]
  /** The edge's ClientHello with its SNI, one per open HTTPS address x SNI name. */
  tls: TlsHelloResult[]
  /** The same ClientHello without SNI, one per open HTTPS address. */
  tlsWithoutSni: TlsHelloResult[]
  /**
   * A wider hello, made only where the edge's was refused with an alert, to read the certificate that
   * explains the refusal. Never evidence of compatibility.
   */
  tlsDiagnostic: TlsHelloResult[]
  /** Per open HTTPS address x SNI name (with the `tls` family): the edge's hello at each allowed version, and the suites accepted. */
  tlsScans?: TlsTargetScan[]
  /** The health request as the edge sends it, one per open address x port; absent without `health`. */
  http?: HttpExchangeObservation[]
  /** The authoritative walk for the origin's domain, where the resolver walks (absent with `dns` skipped and addresses pinned). */
  dns?: DnsWalk
}

export interface CheckContext {
  origin: OriginConfig
  edge: EdgeProfile
  trust: TrustStore
  /** The only clock a check may read. */
  now: Date
}

export interface CheckDefinition {
  /** Stable id; the file under src/checks/ has this name. */
  id: string
  /** The family `checks.skip` and `--only` select, and the finding's `check` field. */
  family: CheckFamily
  /**
   * Families that depend on what this check judges. It also runs when only they run: a refused port or
   * a failed lookup is why nothing else could be judged, and a gate must never pass in silence.
   */
  prerequisiteOf?: readonly CheckFamily[]
  /** Every code this check may emit. */
  codes: readonly FindingCode[]
  run(observations: OriginObservations, context: CheckContext): FindingDraft[]
}

export function defineCheck(check: CheckDefinition): CheckDefinition {
  return check
}

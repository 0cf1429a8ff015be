import type { Observations } from '../probes/observations.js'
import { suiteName } from '../checks/tls-compatibility.js'
import { clientHelloFor } from '../edges/hello.js'
import type { EdgeProfile } from '../edges/types.js'
import type { SslProtocol } from '../config/types.js'
import { acceptedAt } from '../probes/tls/outcome.js'
import type { TlsVersionScan } from '../probes/tls/types.js'
import type { TlsTargetReport } from './report.js'

/** The report's view of the TLS scans: per target and version, the edge's suites the origin accepts. */
export function tlsSummary(observations: Pick<Observations, 'tlsScans'>, edge: EdgeProfile): TlsTargetReport[] {
  return (observations.tlsScans ?? []).map((scan) => {
    const speaks = scan.otherVersions.flatMap((r) => (acceptedAt(r, r.offered) ? [r.offered] : []))
    return {
      address: scan.address,
      port: scan.port,
      ...(scan.sni === undefined ? {} : { name: scan.sni }),
      versions: scan.versions.map((v) => ({
        version: v.version,
        accepted: acceptedAt(v.edge, v.version),
        suites: (v.acceptedSuites ?? []).map(suiteName),
        offered: clientHelloFor(edge, v.version as SslProtocol).cipherSuites.length,
        ...(v.untestedSuites ? { untested: v.untestedSuites.map(suiteName) } : {}),
        ...(acceptedAt(v.edge, v.version) ? {} : { outcome: outcomeOf(v) }),
      })),
      ...(scan.otherVersions.length > 0 ? { originAlsoSpeaks: speaks } : {}),
      probes: scan.probes,
      ms: scan.ms,
    }
  })
}

/** Why the edge's hello at one version got no ServerHello for it, in a few words. */
function outcomeOf(v: TlsVersionScan): string {
  if (acceptedAt(v.edgeSuitesWide, v.version)) return 'accepted only with curves or signature schemes the edge does not offer'
  if (acceptedAt(v.everySuite, v.version))
    return `version accepted, none of the edge's suites (it picks ${suiteName(v.everySuite.cipherSuite)})`
  const { edge } = v
  if (edge.ok) return `answered with ${edge.version}`
  if (edge.kind === 'alert') return `refused with alert ${edge.alert?.name ?? 'unknown'}`
  return edge.kind === 'not-tls' ? 'not TLS' : edge.kind
}

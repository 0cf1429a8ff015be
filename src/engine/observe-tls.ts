import type { OriginConfig } from '../config/types.js'
import { clientHelloFor } from '../edges/hello.js'
import type { EdgeProfile } from '../edges/types.js'
import type { ClientHelloSpec } from '../probes/tls/client-hello.js'
import { probeTlsHello, type TlsProbeLimits, type TlsProbeTarget } from '../probes/tls/probe.js'
import type { TlsHelloResult } from '../probes/tls/types.js'
import type { ObservationKey, Observations } from '../probes/observations.js'
import type { ObserveContext, ProbeCache } from './probe-cache.js'
import { allowedVersions, chainProbeVersion, sniNamesFor } from './plan.js'
import { scanTlsTarget } from './tls-scan.js'

type TlsObservations = Pick<Observations, 'tls' | 'tlsWithoutSni' | 'tlsDiagnostic' | 'tlsScans'>

/**
 * Every hello for one open HTTPS address and port. Per SNI name: the edge's hello at each allowed version
 * (where `tlsScans` is needed; else only at the chain version, for the certificate), the wide hellos that
 * explain a refusal, and the suite enumeration. Plus the edge's hello without SNI. Identical hellos are
 * sent once per run (the cache), and at most a few at a time to one address.
 */
export async function observeTlsEndpoint(
  address: string,
  port: number,
  origin: OriginConfig,
  edge: EdgeProfile,
  ctx: ObserveContext,
  needs: ReadonlySet<ObservationKey>,
  into: TlsObservations,
): Promise<void> {
  const chainVersion = chainProbeVersion(origin, edge)
  if (!chainVersion) return
  const scanning = needs.has('tlsScans')
  const { connectMs, readMs } = origin.timeouts
  const limits = { connectTimeoutMs: connectMs, readTimeoutMs: readMs }
  const send = (spec: ClientHelloSpec, again = false): Promise<TlsHelloResult> =>
    ctx.cache.get(
      `tls|${address}|${port}|${connectMs}|${readMs}|${helloKey(spec, ctx.cache)}${again ? '|again' : ''}`,
      () => (again ? probeTlsHello({ address, port }, spec, limits) : helloOverSpare(ctx, { address, port }, spec, limits)),
      ctx.cache.perAddress.for(address),
    )

  const versions = scanning ? allowedVersions(origin, edge) : [chainVersion]
  const [scans, withoutSni] = await Promise.all([
    Promise.all(sniNamesFor(origin).map((sni) => scanTlsTarget({ address, port, sni, edge, versions, enumerate: scanning }, send))),
    needs.has('tlsWithoutSni') ? send(clientHelloFor(edge, chainVersion)) : undefined,
  ])
  for (const scan of scans) {
    const atChainVersion = scan.versions.find((v) => v.version === chainVersion)
    if (!atChainVersion) continue
    into.tls.push(atChainVersion.edge)
    // The certificate behind a refusal, read with a wider hello: the key or curve may be why.
    const diagnostic = [atChainVersion.edgeSuitesWide, atChainVersion.everySuite].find((r) => r?.ok) ?? atChainVersion.edgeSuitesWide
    if (diagnostic && !atChainVersion.edge.ok && atChainVersion.edge.kind === 'alert') into.tlsDiagnostic.push(diagnostic)
    if (scanning) into.tlsScans.push(scan)
  }
  if (withoutSni) into.tlsWithoutSni.push(withoutSni)
}

/**
 * The hello over the connection the bare connect left open, where there is one. A peer that closes it
 * before answering may have closed it for waiting, not for the hello: that is asked again on a fresh
 * connection, whose answer stands.
 */
async function helloOverSpare(ctx: ObserveContext, target: TlsProbeTarget, spec: ClientHelloSpec, limits: TlsProbeLimits) {
  const spare = ctx.cache.spares.take(target.address, target.port)
  if (!spare) return probeTlsHello(target, spec, limits)
  const result = await probeTlsHello({ ...target, socket: spare.socket }, spec, limits)
  return !result.ok && (result.kind === 'closed' || result.kind === 'reset') ? probeTlsHello(target, spec, limits) : result
}

/** Everything that makes two hellos differ on the wire, except the random bytes. */
function helloKey(spec: ClientHelloSpec, cache: ProbeCache): string {
  const offer = cache.abbreviate([spec.cipherSuites.join(','), spec.groups.join(','), spec.signatureAlgorithms.join(',')].join('|'))
  return [spec.version, spec.sni ?? '', offer].join('|')
}

import { compareNumeric } from '../text/compare.js'
import type { OriginConfig } from '../config/types.js'
import type { EdgeProfile } from '../edges/types.js'
import type { HttpExchangeObservation } from '../probes/http/types.js'
import { emptyObservations, type ObservationKey, type Observations } from '../probes/observations.js'
import { fixedAddresses } from '../probes/resolve.js'
import { canReach } from '../probes/routes.js'
import { probeTcp } from '../probes/tcp.js'
import type { ResolvedAddress, TcpObservation } from '../probes/types.js'
import { observeHttpTarget } from './observe-http.js'
import { observeTlsEndpoint } from './observe-tls.js'
import { chainProbeVersion, portsFor, sniNamesFor } from './plan.js'
import type { ObserveContext } from './probe-cache.js'

/** Observations that need a TCP connection first. */
const OVER_TCP: readonly ObservationKey[] = ['tcp', 'tls', 'tlsWithoutSni', 'tlsDiagnostic', 'tlsScans', 'http']
const OVER_TLS: readonly ObservationKey[] = ['tls', 'tlsWithoutSni', 'tlsDiagnostic', 'tlsScans']

/** Makes the probes that produce what the origin's checks `need`, and nothing more. */
export async function observeOrigin(
  origin: OriginConfig,
  edge: EdgeProfile,
  needs: ReadonlySet<ObservationKey>,
  ctx: ObserveContext,
): Promise<Observations> {
  const observations = emptyObservations()
  // The walk runs for the DNS check even where the config pins the addresses it connects to.
  if (needs.has('dns') || !origin.addresses) observations.dns = await ctx.resolver.walk(origin.domain)
  observations.resolution = origin.addresses
    ? fixedAddresses(origin.addresses)
    : await ctx.cache.share(`resolve|${ctx.resolver.name}|${origin.domain}`, () =>
        ctx.resolver.resolve(origin.domain, origin.timeouts.connectMs),
      )
  if (!observations.resolution.ok) return observations

  for (const a of observations.resolution.addresses.filter((a) => edgeUsesFamily(origin, a))) {
    if (canReach(a.address, a.family)) observations.addresses.push(a)
    else observations.unavailable.push({ address: a.address, family: a.family })
  }

  if (!OVER_TCP.some((key) => needs.has(key))) return observations
  const wantsTls = OVER_TLS.some((key) => needs.has(key))
  const ports = portsFor(origin)
  const { connectMs, connectAttempts } = origin.timeouts
  // A connection is kept open only for a probe certain to ask over it: a hello, or the HTTP exchange.
  const helloFollows = wantsTls && chainProbeVersion(origin, edge) !== undefined
  const httpExchanges: Promise<HttpExchangeObservation | undefined>[] = []
  await Promise.all(
    observations.addresses.flatMap(({ address }) =>
      ports.map(async ({ port, tls }) => {
        const tcp = await ctx.cache.get<TcpObservation>(
          `tcp|${address}|${port}|${connectMs}|${connectAttempts}`,
          // The first hello to this port (or, with none, its HTTP exchange) goes over the connection the connect opened.
          () =>
            probeTcp(
              address,
              port,
              connectMs,
              connectAttempts,
              (tls && helloFollows) || needs.has('http') ? (s, ms) => ctx.cache.spares.put(address, port, s, ms) : undefined,
            ),
          ctx.cache.perAddress.for(address),
          true,
        )
        observations.tcp.push(tcp)
        if (tcp.outcome !== 'open') return
        // Every name the edge may forward is a Host (and SNI) it sends: one exchange each.
        if (needs.has('http')) {
          for (const host of sniNamesFor(origin)) {
            const exchange = observeHttpTarget(origin, edge, { address, port, tls, host }, ctx)
            exchange.catch(() => undefined) // awaited below; this only keeps an early failure from counting as unhandled
            httpExchanges.push(exchange)
          }
        }
        if (tls && wantsTls) await observeTlsEndpoint(address, port, origin, edge, ctx, needs, observations)
      }),
    ),
  )
  observations.http = (await Promise.all(httpExchanges)).filter((h) => h !== undefined)
  sortByTarget(observations.tcp)
  sortByTarget(observations.http)
  sortByTarget(observations.tls)
  sortByTarget(observations.tlsDiagnostic)
  sortByTarget(observations.tlsScans)
  return observations
}

function edgeUsesFamily(origin: OriginConfig, address: ResolvedAddress): boolean {
  if (address.source === 'config') return true
  if (origin.ipAddressType === 'dualstack') return true
  return origin.ipAddressType === (address.family === 4 ? 'ipv4' : 'ipv6')
}

/** Probes finish in any order; reports must not. */
function sortByTarget<T extends { address: string; port: number }>(items: T[]): void {
  items.sort((a, b) => compareNumeric(a.address, b.address) || a.port - b.port)
}

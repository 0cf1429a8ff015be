import type { CheckFamily, OriginConfig } from '../config/types.js'
import type { OriginObservations } from '../checks/define.js'
import type { EdgeProfile } from '../edges/types.js'
import { clientHelloFor, diagnosticHelloFor } from '../edges/hello.js'
import type { ClientHelloSpec } from '../probes/tls/clientHello.js'
import { probeTlsHello } from '../probes/tls/probe.js'
import { probeTcp } from '../probes/tcp.js'
import { fixedAddresses, type AddressResolver } from '../probes/resolve.js'
import { canReach } from '../probes/routes.js'
import type { ResolvedAddress, TcpObservation, TlsHelloResult } from '../probes/types.js'
import type { HttpExchangeObservation } from '../probes/http/types.js'
import { chainProbeVersion, portsFor, sniNamesFor } from './plan.js'
import type { Away } from './limit.js'
import { observeHttpTarget } from './observe-http.js'

/** Probe results shared by every origin of a run: one probe per (address, port, SNI, hello). */
export class ProbeCache {
  private readonly entries = new Map<string, Promise<unknown>>()
  constructor(private readonly limit: <T>(task: () => Promise<T>) => Promise<T>) {}

  get<T>(key: string, probe: () => Promise<T>): Promise<T> {
    let entry = this.entries.get(key) as Promise<T> | undefined
    if (!entry) {
      entry = this.limit(probe)
      this.entries.set(key, entry)
    }
    return entry
  }

  get size(): number {
    return this.entries.size
  }
}

export interface ObserveContext {
  resolver: AddressResolver
  cache: ProbeCache
  families: Set<CheckFamily>
  /** Lets the origin's place go while its idle connections are watched. */
  away?: Away
}

export async function observeOrigin(origin: OriginConfig, edge: EdgeProfile, ctx: ObserveContext): Promise<OriginObservations> {
  // The walk runs for the DNS checks even where the config pins the addresses it connects to.
  const walk = ctx.resolver.walk && (ctx.families.has('dns') || !origin.addresses) ? await ctx.resolver.walk(origin.domain) : undefined
  const resolution = origin.addresses
    ? fixedAddresses(origin.addresses)
    : await ctx.cache.get(`resolve|${ctx.resolver.name}|${origin.domain}`, () => ctx.resolver.resolve(origin.domain, origin.timeouts.connectMs))
  const observations: OriginObservations = { resolution, addresses: [], unavailable: [], tcp: [], tls: [], tlsWithoutSni: [], tlsDiagnostic: [] }
  if (walk) observations.dns = walk
  if (!resolution.ok) return observations

  for (const a of resolution.addresses.filter((a) => edgeUsesFamily(origin, a))) {
    if (canReach(a.address, a.family)) observations.addresses.push(a)
    else observations.unavailable.push({ address: a.address, family: a.family, reason: `this machine has no IPv${a.family} route` })
  }

  const wantsTcp = ['ports', 'tls', 'certificate', 'http'].some((f) => ctx.families.has(f as CheckFamily))
  if (!wantsTcp) return observations
  const ports = portsFor(origin)
  const { connectMs, readMs } = origin.timeouts
  const httpExchanges: Promise<HttpExchangeObservation | undefined>[] = []
  await Promise.all(
    observations.addresses.flatMap(({ address }) =>
      ports.map(async ({ port, tls }) => {
        const tcp = await ctx.cache.get<TcpObservation>(`tcp|${address}|${port}|${connectMs}`, () => probeTcp(address, port, connectMs))
        observations.tcp.push(tcp)
        if (tcp.outcome === 'open' && ctx.families.has('http')) {
          const exchange = observeHttpTarget(origin, edge, { address, port, tls }, ctx)
          exchange.catch(() => undefined) // awaited below; this only keeps an early failure from counting as unhandled
          httpExchanges.push(exchange)
        }
        if (!tls || tcp.outcome !== 'open') return
        if (!ctx.families.has('tls') && !ctx.families.has('certificate')) return
        const version = chainProbeVersion(origin, edge)
        if (!version) return
        const send = (kind: string, spec: ClientHelloSpec) => {
          const key = `tls|${kind}|${address}|${port}|${spec.sni ?? ''}|${edge.name}|${version}|${connectMs}|${readMs}`
          return ctx.cache.get<TlsHelloResult>(key, () => probeTlsHello({ address, port }, spec, { connectTimeoutMs: connectMs, readTimeoutMs: readMs }))
        }
        const [withSni, withoutSni] = await Promise.all([
          Promise.all(sniNamesFor(origin).map((name) => send('edge', clientHelloFor(edge, version, name)))),
          ctx.families.has('tls') ? send('edge', clientHelloFor(edge, version)) : undefined,
        ])
        observations.tls.push(...withSni)
        if (withoutSni) observations.tlsWithoutSni.push(withoutSni)
        const refused = withSni.filter((h) => !h.ok && h.kind === 'alert')
        observations.tlsDiagnostic.push(...(await Promise.all(refused.map((h) => send('diagnostic', diagnosticHelloFor(edge, version, h.sni))))))
      }),
    ),
  )
  if (httpExchanges.length > 0) observations.http = (await Promise.all(httpExchanges)).filter((h) => h !== undefined)
  sortByTarget(observations.tcp)
  if (observations.http) sortByTarget(observations.http)
  sortByTarget(observations.tls)
  sortByTarget(observations.tlsDiagnostic)
  return observations
}

function edgeUsesFamily(origin: OriginConfig, address: ResolvedAddress): boolean {
  if (address.source === 'config') return true
  if (origin.ipAddressType === 'dualstack') return true
  return origin.ipAddressType === (address.family === 4 ? 'ipv4' : 'ipv6')
}

/** Probes finish in any order; reports must not. */
function sortByTarget<T extends { address: string; port: number }>(items: T[]): void {
  items.sort((a, b) => a.address.localeCompare(b.address, 'en', { numeric: true }) || a.port - b.port)
}

import type { CheckFamily, OriginConfig } from '../config/types.js'
import type { OriginObservations } from '../checks/define.js'
import type { EdgeProfile } from '../edges/types.js'
import { probeTcp } from '../probes/tcp.js'
import { fixedAddresses, type AddressResolver } from '../probes/resolve.js'
import { canReach } from '../probes/routes.js'
import type { ResolvedAddress, TcpObservation } from '../probes/types.js'
import type { HttpExchangeObservation } from '../probes/http/types.js'
import { AddressLimits } from './address-limit.js'
import { observeTlsEndpoint } from './observe-tls.js'
import { portsFor } from './plan.js'
import type { Away } from './limit.js'
import { observeHttpTarget } from './observe-http.js'

/** Probe results shared by every origin of a run: one probe per (address, port, SNI, hello). */
export class ProbeCache {
  private readonly entries = new Map<string, Promise<unknown>>()
  constructor(private readonly limit: <T>(task: () => Promise<T>) => Promise<T>) {}

  /** Connections in flight per address, for probes that ask for it. */
  readonly perAddress = new AddressLimits()

  /** `within` (a per-address limit) is taken before the run's own, so waiting never holds a run-wide slot. */
  get<T>(key: string, probe: () => Promise<T>, within?: <U>(task: () => Promise<U>) => Promise<U>): Promise<T> {
    let entry = this.entries.get(key) as Promise<T> | undefined
    if (!entry) {
      entry = within ? within(() => this.limit(probe)) : this.limit(probe)
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
  const observations: OriginObservations = { resolution, addresses: [], unavailable: [], tcp: [], tls: [], tlsWithoutSni: [], tlsDiagnostic: [], tlsScans: [] }
  if (walk) observations.dns = walk
  if (!resolution.ok) return observations

  for (const a of resolution.addresses.filter((a) => edgeUsesFamily(origin, a))) {
    if (canReach(a.address, a.family)) observations.addresses.push(a)
    else observations.unavailable.push({ address: a.address, family: a.family, reason: `this machine has no IPv${a.family} route` })
  }

  const wantsTcp = ['ports', 'tls', 'certificate', 'http'].some((f) => ctx.families.has(f as CheckFamily))
  if (!wantsTcp) return observations
  const ports = portsFor(origin)
  const { connectMs, connectAttempts } = origin.timeouts
  const httpExchanges: Promise<HttpExchangeObservation | undefined>[] = []
  await Promise.all(
    observations.addresses.flatMap(({ address }) =>
      ports.map(async ({ port, tls }) => {
        const tcp = await ctx.cache.get<TcpObservation>(`tcp|${address}|${port}|${connectMs}|${connectAttempts}`, () => probeTcp(address, port, connectMs, connectAttempts))
        observations.tcp.push(tcp)
        if (tcp.outcome === 'open' && ctx.families.has('http')) {
          const exchange = observeHttpTarget(origin, edge, { address, port, tls }, ctx)
          exchange.catch(() => undefined) // awaited below; this only keeps an early failure from counting as unhandled
          httpExchanges.push(exchange)
        }
        if (!tls || tcp.outcome !== 'open') return
        if (!ctx.families.has('tls') && !ctx.families.has('certificate')) return
        await observeTlsEndpoint(address, port, origin, edge, ctx, observations)
      }),
    ),
  )
  if (httpExchanges.length > 0) observations.http = (await Promise.all(httpExchanges)).filter((h) => h !== undefined)
  sortByTarget(observations.tcp)
  if (observations.http) sortByTarget(observations.http)
  sortByTarget(observations.tls)
  sortByTarget(observations.tlsDiagnostic)
  sortByTarget(observations.tlsScans ?? [])
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

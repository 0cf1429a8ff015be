/**
 * The HTTP exchange of one origin on one address and port, shared through the probe cache. The
 * exchange holds a socket slot (run-wide and per address) only until its response is in; the idle watch that follows (up to the
 * edge's reuse window, within the read deadline) waits outside every limit, so long watches run in
 * parallel with everything else.
 */
import type { OriginConfig } from '../config/types.js'
import type { EdgeProfile } from '../edges/types.js'
import { keepAliveWindowFor } from '../edges/keep-alive.js'
import { Evidence } from '../probes/http/evidence.js'
import { startHttpExchange, type HttpExchange, type HttpResponded } from '../probes/http/exchange.js'
import { followRedirect, redirectHost, type FollowedRedirect } from '../probes/http/redirect.js'
import type { HttpExchangeObservation } from '../probes/http/types.js'
import type { Away } from './limit.js'
import type { ProbeCache } from './probe-cache.js'
import type { SpareSocket } from './spare-sockets.js'

/** Watch a little past the edge's window: a close right at its end still counts as before it. */
const IDLE_WATCH_MARGIN_MS = 250

export interface HttpTargetPlan {
  address: string
  port: number
  tls: boolean
  /** The Host (and, over TLS, the SNI) this exchange sends: one of the names the edge may forward. */
  host: string
}

export interface HttpObserveContext {
  cache: ProbeCache
  away?: Away
}

export async function observeHttpTarget(
  origin: OriginConfig,
  edge: EdgeProfile,
  target: HttpTargetPlan,
  ctx: HttpObserveContext,
): Promise<HttpExchangeObservation | undefined> {
  const health = origin.health
  if (!health) return undefined
  const { host } = target
  const { connectMs, readMs } = origin.timeouts
  const idleWatchMs = keepAliveWindowFor(origin, edge) + IDLE_WATCH_MARGIN_MS
  const request = { method: health.method, path: health.path, host, headers: health.headers }
  const secrets = Object.values(health.headers)
  const key = [
    'http',
    target.address,
    target.port,
    target.tls,
    host,
    health.method,
    health.path,
    JSON.stringify(Object.entries(health.headers).sort()),
    connectMs,
    readMs,
    idleWatchMs,
  ].join('|')
  const started = await ctx.cache.get<{ exchange: HttpExchange; responded: HttpResponded }>(
    key,
    async () => {
      const begin = (connected?: SpareSocket) =>
        startHttpExchange(
          { address: target.address, port: target.port, ...(target.tls ? { servername: host } : {}), ...(connected ? { connected } : {}) },
          request,
          { connectTimeoutMs: connectMs, readTimeoutMs: readMs, idleWatchMs },
          secrets,
        )
      // Over the connection the bare connect left open, where there is one (see `helloOverSpare`).
      const spare = ctx.cache.spares.take(target.address, target.port)
      const exchange = begin(spare)
      const responded = await exchange.responded
      if (!spare || responded.status !== undefined || !endedUnanswered((await exchange.done).observation)) return { exchange, responded }
      const fresh = begin()
      return { exchange: fresh, responded: await fresh.responded }
    },
    ctx.cache.perAddress.for(target.address),
    // Its keep-alive watch is the origin's longest wait: started early, it overlaps the rest of the run.
    true,
  )

  const { status, location } = started.responded
  const elsewhere =
    location !== undefined && status !== undefined && status >= 300 && status < 400 ? redirectHost(location, host, target.tls) : undefined
  const following =
    elsewhere && location !== undefined
      ? ctx.cache.get<FollowedRedirect>(`redirect|${location}|${host}|${connectMs}|${readMs}`, () =>
          followRedirect(location, `${target.tls ? 'https' : 'http'}://${host}/`, { connectTimeoutMs: connectMs, readTimeoutMs: readMs }),
        )
      : undefined
  const away = ctx.away ?? ((wait) => wait)
  const [{ observation }, followed] = await away(Promise.all([started.exchange.done, following]))
  if (!elsewhere || !observation.head?.location) return observation
  const evidence = new Evidence(secrets)
  return {
    ...observation,
    redirect: {
      location: observation.head.location,
      host: elsewhere,
      ...(followed
        ? { followed: 'url' in followed ? { url: evidence.ofText(followed.url, 400), status: followed.status } : followed }
        : {}),
    },
  }
}

/**
 * The connection ended or broke before a byte of response, and not at a deadline: on a connection that
 * waited for its request, that may be the waiting, so the exchange is made again on a fresh one.
 */
function endedUnanswered(observation: HttpExchangeObservation): boolean {
  return !observation.head && observation.timings.firstByteMs === undefined && !observation.defects.some((d) => d.afterMs !== undefined)
}

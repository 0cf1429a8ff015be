/**
 * Where a redirect to another host leads. This is an ordinary client's job, so undici does it (its
 * fetch follows up to 20 hops); nothing from the config is sent along: custom headers are the edge's
 * secret for the origin, not for whatever host the origin points at.
 */
import { Agent, fetch } from 'undici'
import { escapeControl } from '../../text/escape.js'

export interface RedirectLimits {
  connectTimeoutMs: number
  /** For the whole chain of hops. */
  readTimeoutMs: number
}

export type FollowedRedirect = { url: string; status: number } | { error: string }

/** The host[:port] a Location points at, or undefined when it stays on the host that was asked (relative, same host). */
export function redirectHost(location: string, requestedHost: string, tls: boolean): string | undefined {
  let url: URL
  try {
    url = new URL(location, `${tls ? 'https' : 'http'}://${requestedHost}/`)
  } catch {
    return undefined
  }
  return url.hostname.toLowerCase() === requestedHost.toLowerCase() ? undefined : url.host
}

export async function followRedirect(location: string, base: string, limits: RedirectLimits): Promise<FollowedRedirect> {
  let url: URL
  try {
    url = new URL(location, base)
  } catch {
    return { error: 'the Location is not a URL' }
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { error: `not followed: ${url.protocol} URL` }
  const agent = new Agent({
    connect: { timeout: limits.connectTimeoutMs, rejectUnauthorized: false },
    headersTimeout: limits.readTimeoutMs,
    bodyTimeout: limits.readTimeoutMs,
  })
  try {
    const response = await fetch(url, {
      redirect: 'follow',
      dispatcher: agent,
      signal: AbortSignal.timeout(limits.connectTimeoutMs + limits.readTimeoutMs),
    })
    await response.body?.cancel().catch(() => undefined)
    return { url: response.url, status: response.status }
  } catch (error) {
    return { error: escapeControl(describe(error)) }
  } finally {
    await agent.destroy().catch(() => undefined)
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : ''
  return `${error.message}${cause}`
}

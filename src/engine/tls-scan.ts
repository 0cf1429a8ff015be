import { SSL_PROTOCOLS, type SslProtocol } from '../config/types.js'
import { clientHelloFor, wideHelloFor } from '../edges/hello.js'
import type { EdgeProfile } from '../edges/types.js'
import type { ClientHelloSpec } from '../probes/tls/client-hello.js'
import { acceptedAt, everyVersionRefused, refusedByTls } from '../probes/tls/outcome.js'
import type { TlsHelloResult, TlsTargetScan, TlsVersionScan } from '../probes/tls/types.js'

/**
 * Sends one hello (shared, cached and bounded by the caller) and reports what came back. `again`: the
 * same hello once more, on a fresh connection, not answered from the cache (a retry after a failure).
 */
export type SendHello = (spec: ClientHelloSpec, again?: boolean) => Promise<TlsHelloResult>

export interface TlsScanPlan {
  address: string
  port: number
  sni?: string
  edge: EdgeProfile
  /** The versions the edge may use with this origin, lowest first. */
  versions: readonly SslProtocol[]
  /** List the edge's suites the origin accepts at each accepted version. */
  enumerate: boolean
}

/**
 * The edge's hello once per allowed version, all versions at once. Where one is refused, a wide hello with
 * the edge's suites, then one with every suite of that version, tell a key or curve problem from a cipher
 * problem from a version problem. Where one is accepted, the edge's other suites are enumerated, one
 * connection per accepted suite (the caller bounds connections per address). Where no version is accepted at
 * all, the versions the edge does not use are tried, to say what the origin speaks instead.
 */
export async function scanTlsTarget(plan: TlsScanPlan, send: SendHello): Promise<TlsTargetScan> {
  const started = performance.now()
  let probes = 0
  const counted: SendHello = (spec, again) => {
    probes += 1
    return send(spec, again)
  }
  const versions = await Promise.all(plan.versions.map((version) => scanVersion(plan, version, counted)))
  const otherVersions = everyVersionRefused(versions)
    ? await Promise.all(
        SSL_PROTOCOLS.filter((v) => !plan.versions.includes(v)).map((v) => counted(wideHelloFor(plan.edge, v, 'every-suite', plan.sni))),
      )
    : []
  return {
    address: plan.address,
    port: plan.port,
    ...(plan.sni === undefined ? {} : { sni: plan.sni }),
    versions,
    otherVersions,
    probes,
    ms: Math.round(performance.now() - started),
  }
}

async function scanVersion(plan: TlsScanPlan, version: SslProtocol, send: SendHello): Promise<TlsVersionScan> {
  const edgeHello = clientHelloFor(plan.edge, version, plan.sni)
  const edge = await send(edgeHello)
  if (acceptedAt(edge, version)) {
    if (!plan.enumerate) return { version, edge }
    const { accepted, untested } = await enumerate(edgeHello, edge.cipherSuite, version, send)
    return { version, edge, acceptedSuites: accepted, ...(untested.length > 0 ? { untestedSuites: untested } : {}) }
  }
  // A ServerHello for a lower version already says this one is refused; anything not TLS needs no more.
  if (edge.ok || !refusedByTls(edge, version)) return { version, edge }
  const edgeSuitesWide = await send(wideHelloFor(plan.edge, version, 'edge-suites', plan.sni))
  if (!refusedByTls(edgeSuitesWide, version)) return { version, edge, edgeSuitesWide }
  const everySuite = await send(wideHelloFor(plan.edge, version, 'every-suite', plan.sni))
  return { version, edge, edgeSuitesWide, everySuite }
}

/**
 * The suite the server picked from the full offer is accepted. It is struck from the offer and the rest
 * offered again, until the server refuses what is left: one connection per accepted suite and one more,
 * the fewest that can prove the list (each hello names at most one accepted suite, and only a refusal
 * proves none of the rest is). Splitting the offer instead would add a connection per refused part.
 * The hellos follow each other, so the depth is the number of accepted suites: a few round trips, well
 * inside the keep-alive window watched meanwhile, and nothing the per-address limit has to hold back.
 *
 * Only a refusal (an alert, or a ServerHello for another version) ends the list. A hello that fails
 * instead (no answer, a reset, bytes that are not TLS, a pick outside the offer) proves nothing about the
 * suites left: it is sent once more on a fresh connection, and if that fails too, the suites left are
 * reported untested rather than counted as refused.
 */
async function enumerate(
  edgeHello: ClientHelloSpec,
  chosen: number,
  version: SslProtocol,
  send: SendHello,
): Promise<{ accepted: number[]; untested: number[] }> {
  const accepted = new Set([chosen])
  let offer = edgeHello.cipherSuites.filter((code) => code !== chosen)
  let untested: number[] = []
  const picked = (result: TlsHelloResult): number | undefined =>
    acceptedAt(result, version) && offer.includes(result.cipherSuite) ? result.cipherSuite : undefined
  while (offer.length > 0) {
    const spec = { ...edgeHello, cipherSuites: offer }
    let result = await send(spec)
    if (picked(result) === undefined && !saidNo(result, version)) result = await send(spec, true)
    const suite = picked(result)
    if (suite === undefined) {
      if (!saidNo(result, version)) untested = offer
      break
    }
    accepted.add(suite)
    offer = offer.filter((code) => code !== suite)
  }
  return { accepted: edgeHello.cipherSuites.filter((code) => accepted.has(code)), untested }
}

/** The server refused the offer: an alert, or a ServerHello for another version. A hang-up or silence is no answer. */
function saidNo(result: TlsHelloResult, version: SslProtocol): boolean {
  return result.ok ? result.version !== version : result.kind === 'alert'
}

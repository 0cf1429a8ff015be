import { SSL_PROTOCOLS, type SslProtocol } from '../config/types.js'
import { clientHelloFor, wideHelloFor } from '../edges/hello.js'
import type { EdgeProfile } from '../edges/types.js'
import type { ClientHelloSpec } from '../probes/tls/client-hello.js'
import { acceptedAt, everyVersionRefused, refusedByTls } from '../probes/tls/outcome.js'
import type { TlsHelloResult, TlsTargetScan, TlsVersionScan } from '../probes/tls/types.js'

/** Sends one hello (shared, cached and bounded by the caller) and reports what came back. */
export type SendHello = (spec: ClientHelloSpec) => Promise<TlsHelloResult>

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
  const counted: SendHello = (spec) => {
    probes += 1
    return send(spec)
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
    return { version, edge, ...(plan.enumerate ? { acceptedSuites: await enumerate(edgeHello, edge.cipherSuite, version, send) } : {}) }
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
 */
async function enumerate(edgeHello: ClientHelloSpec, chosen: number, version: SslProtocol, send: SendHello): Promise<number[]> {
  const accepted = new Set([chosen])
  let offer = edgeHello.cipherSuites.filter((code) => code !== chosen)
  while (offer.length > 0) {
    const result = await send({ ...edgeHello, cipherSuites: offer })
    // A pick outside the offer is a broken server, not an accepted suite.
    if (!acceptedAt(result, version) || !offer.includes(result.cipherSuite)) break
    accepted.add(result.cipherSuite)
    offer = offer.filter((code) => code !== result.cipherSuite)
  }
  return edgeHello.cipherSuites.filter((code) => accepted.has(code))
}

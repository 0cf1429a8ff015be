import { SSL_PROTOCOLS, type SslProtocol } from '../config/types.js'
import { clientHelloFor, wideHelloFor } from '../edges/hello.js'
import type { EdgeProfile } from '../edges/types.js'
import type { ClientHelloSpec } from '../probes/tls/clientHello.js'
import { acceptedAt, everyVersionRefused, refusedByTls } from '../probes/tls/outcome.js'
import type { TlsHelloResult, TlsTargetScan, TlsVersionScan } from '../probes/types.js'

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
 * problem from a version problem. Where one is accepted, each other suite of the edge is offered alone,
 * in parallel (the caller bounds connections per address). Where no version is accepted at all, the
 * versions the edge does not use are tried, to say what the origin speaks instead.
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

/** The suite the server picked from the full offer is accepted; every other one is offered alone. */
async function enumerate(edgeHello: ClientHelloSpec, chosen: number, version: SslProtocol, send: SendHello): Promise<number[]> {
  const others = edgeHello.cipherSuites.filter((code) => code !== chosen)
  const results = await Promise.all(others.map((code) => send({ ...edgeHello, cipherSuites: [code] })))
  const accepted = new Set([chosen, ...others.filter((code, i) => acceptedAt(results[i], version) && results[i]?.cipherSuite === code)])
  return edgeHello.cipherSuites.filter((code) => accepted.has(code))
}

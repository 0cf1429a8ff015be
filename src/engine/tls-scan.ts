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
 * problem from a version problem. Where one is accepted, the edge's other suites are enumerated by
 * halving, in parallel (the caller bounds connections per address). Where no version is accepted at
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
 * The suite the server picked from the full offer is accepted. The rest is split in two halves, each
 * offered as a whole, at once: a refused half is settled in one connection, an accepted one names
 * another accepted suite and is split again. Servers that accept few of the edge's suites, the common
 * case, cost a few connections instead of one per suite, and the depth stays logarithmic.
 */
async function enumerate(edgeHello: ClientHelloSpec, chosen: number, version: SslProtocol, send: SendHello): Promise<number[]> {
  const acceptedAmong = async (offer: number[]): Promise<number[]> => {
    if (offer.length === 0) return []
    const result = await send({ ...edgeHello, cipherSuites: offer })
    // A pick outside the offer is a broken server, not an accepted suite.
    if (!acceptedAt(result, version) || !offer.includes(result.cipherSuite)) return []
    return [result.cipherSuite, ...(await halves(offer.filter((code) => code !== result.cipherSuite)))]
  }
  const halves = async (rest: number[]): Promise<number[]> => {
    const middle = Math.ceil(rest.length / 2)
    return (await Promise.all([acceptedAmong(rest.slice(0, middle)), acceptedAmong(rest.slice(middle))])).flat()
  }
  const accepted = new Set([chosen, ...(await halves(edgeHello.cipherSuites.filter((code) => code !== chosen)))])
  return edgeHello.cipherSuites.filter((code) => accepted.has(code))
}

import { isAtOrBelow, isBelow } from './names.js'
import type { Delegation } from './inspect.js'
import type { Question } from './wire.js'
import type { DnsExchange, DnsResponse } from './types.js'
import type { NameLookup, ZoneObservation } from './walk-types.js'

export type DescentStep =
  | { kind: 'cut'; delegation: Delegation }
  | { kind: 'inside' }
  | { kind: 'nxdomain'; at: NonNullable<NameLookup['stoppedAt']> }
  | { kind: 'failed'; reason: string }

const OK_RCODES = new Set(['NOERROR', 'NXDOMAIN'])

/**
 * One step down from `zone` towards `name`: asks the zone's authoritative servers, in turn, about the
 * next label (QNAME minimisation, RFC 9156: `label.zone NS`, or the name's own A at the last label),
 * and reads a referral as a zone cut. Servers that fail or refer elsewhere are passed over.
 */
export async function descend(
  zone: ZoneObservation,
  question: Question,
  name: string,
  ask: (address: string, question: Question) => Promise<DnsExchange>,
): Promise<DescentStep> {
  const servers = zone.servers.filter((s) => s.status === 'authoritative')
  if (servers.length === 0) return { kind: 'failed', reason: `no name server of ${zone.zone} answers authoritatively` }
  const problems: string[] = []
  for (const server of servers) {
    const exchange = await ask(server.address, question)
    if (!exchange.ok) {
      problems.push(`${server.server} (${server.address}): ${exchange.failure.kind}`)
      continue
    }
    const response = exchange.response
    if (!OK_RCODES.has(response.rcode)) {
      problems.push(`${server.server} (${server.address}): ${response.rcode}`)
      continue
    }
    const referral = referralIn(response, zone.zone, name)
    if (referral)
      return {
        kind: 'cut',
        delegation: {
          ...referral,
          parent: zone.zone,
          referral: { server: server.server, address: server.address, query: `${question.name} ${question.type}` },
        },
      }
    if (response.aa && response.rcode === 'NXDOMAIN') {
      return {
        kind: 'nxdomain',
        at: { server: server.server, address: server.address, query: `${question.name} ${question.type}`, rcode: 'NXDOMAIN' },
      }
    }
    // A server that holds the child zone too answers the cut's NS itself, authoritatively.
    const apexNs = response.answers.filter((r) => r.type === 'NS' && r.name === question.name)
    if (response.aa && question.type === 'NS' && apexNs.length > 0 && question.name !== zone.zone) {
      const delegation = delegationFrom(
        question.name,
        apexNs.map((r) => r.data),
        response,
        zone.zone,
      )
      return {
        kind: 'cut',
        delegation: {
          ...delegation,
          parent: zone.zone,
          referral: { server: server.server, address: server.address, query: `${question.name} ${question.type}` },
        },
      }
    }
    if (response.aa) return { kind: 'inside' }
    problems.push(
      `${server.server} (${server.address}): ${response.authorities.some((r) => r.type === 'NS') ? 'refers elsewhere' : 'not authoritative'}`,
    )
  }
  return { kind: 'failed', reason: `no name server of ${zone.zone} answered ${question.name} ${question.type} (${problems.join('; ')})` }
}

/** A referral to a zone strictly below `zone` that encloses `name`; upward and sideways ones are not. */
function referralIn(response: DnsResponse, zone: string, name: string): Omit<Delegation, 'parent'> | undefined {
  if (response.aa || response.answers.length > 0) return undefined
  const ns = response.authorities.filter((r) => r.type === 'NS')
  const cut = ns[0]?.name
  if (!cut || !isBelow(cut, zone) || !isAtOrBelow(name, cut)) return undefined
  return delegationFrom(
    cut,
    ns.filter((r) => r.name === cut).map((r) => r.data),
    response,
    zone,
  )
}

/** The delegation's NS set and the glue the parent gave: addresses of those names within its own bailiwick. */
function delegationFrom(cut: string, names: string[], response: DnsResponse, parent: string): Omit<Delegation, 'parent'> {
  const wanted = new Set(names)
  const glue = response.additionals
    .filter((r) => (r.type === 'A' || r.type === 'AAAA') && wanted.has(r.name) && isAtOrBelow(r.name, parent))
    .map((r) => ({ name: r.name, address: r.data }))
  return { zone: cut, ns: [...new Set(names)].sort(), glue }
}

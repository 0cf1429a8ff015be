import type { FindingDraft } from '../../findings/finding.js'
import type { DnsWalk, LookupAnswer, NameLookup } from '../../probes/dns/walk-types.js'

const OK_RCODES = new Set(['NOERROR', 'NXDOMAIN'])

/** The answers for each name of the chain, and what the chain ends in. */
export function judgeAnswers(walk: DnsWalk): FindingDraft[] {
  return [...walk.chain.flatMap((lookup) => [...failedLookups(lookup), ...inconsistent(lookup)]), ...outcome(walk)]
}

const serverOf = (a: LookupAnswer) => `${a.server} (${a.address})`

function failedLookups(lookup: NameLookup): FindingDraft[] {
  return lookup.answers
    .filter((a) => a.rcode !== undefined && !OK_RCODES.has(a.rcode))
    .map((a) => ({
      code: 'DNS_SERVFAIL',
      address: a.address,
      details: { zone: lookup.zone ?? '', server: a.server, address: a.address, query: a.query, rcode: a.rcode!, resolver: serverOf(a) },
    }))
}

/** Servers of one zone answering one question differently (records, or NXDOMAIN against NOERROR). */
function inconsistent(lookup: NameLookup): FindingDraft[] {
  const usable = lookup.answers.filter((a) => a.aa && a.rcode !== undefined && OK_RCODES.has(a.rcode))
  const differing = [...new Set(usable.map((a) => a.query))].filter((query) => {
    const forQuery = usable.filter((a) => a.query === query)
    return new Set(forQuery.map(signature)).size > 1
  })
  if (differing.length === 0) return []
  const answers = usable.filter((a) => differing.includes(a.query)).map((a) => `${serverOf(a)} ${a.query}: ${signature(a)}`)
  return [{ code: 'DNS_INCONSISTENT_ANSWERS', details: { zone: lookup.zone ?? '', query: lookup.name, queries: differing, answers } }]
}

function signature(answer: LookupAnswer): string {
  return answer.records.length ? answer.records.join(', ') : answer.rcode === 'NXDOMAIN' ? 'NXDOMAIN' : 'no records'
}

function outcome(walk: DnsWalk): FindingDraft[] {
  const result = walk.outcome
  const last = walk.chain.at(-1)
  const witness = (lookup: NameLookup | undefined, rcode?: string): { address?: string; server?: string; resolver: string } => {
    const answer = lookup?.answers.find((a) => (rcode ? a.rcode === rcode : a.aa))
    const at = lookup?.stoppedAt ?? answer
    return at
      ? { address: at.address, server: at.server, resolver: `${at.server} (${at.address})` }
      : { resolver: 'the authoritative walk' }
  }
  const zone = { zone: last?.zone ?? '' }
  switch (result.kind) {
    case 'nxdomain': {
      const w = witness(last, 'NXDOMAIN')
      return [
        {
          code: 'DNS_NXDOMAIN',
          ...(w.address ? { address: w.address, port: walk.port } : {}),
          details: { query: result.name, ...zone, ...json(w) },
        },
      ]
    }
    case 'nodata': {
      const w = witness(last)
      const chain = walk.chain.map((l) => l.name)
      return [
        {
          code: 'DNS_NO_ADDRESS',
          ...(w.address ? { address: w.address, port: walk.port } : {}),
          details: { query: result.name, ...zone, ...json(w), ...(chain.length > 1 ? { chain } : {}) },
        },
      ]
    }
    case 'cname-dangling': {
      const w = witness(last, 'NXDOMAIN')
      return [
        {
          code: 'DNS_CNAME_DANGLING',
          ...(w.address ? { address: w.address, port: walk.port } : {}),
          details: { query: result.name, target: result.target, ...zone, ...json(w) },
        },
      ]
    }
    case 'cname-loop':
      return [
        {
          code: 'DNS_CNAME_LOOP',
          details: {
            query: walk.name,
            chain: result.chain,
            links: result.chain.length - 1,
            zones: [...new Set(walk.chain.flatMap((l) => (l.zone ? [l.zone] : [])))],
          },
        },
      ]
    default:
      return []
  }
}

function json(witness: { address?: string; server?: string; resolver: string }): Record<string, string> {
  return Object.fromEntries(Object.entries(witness).filter((entry): entry is [string, string] => entry[1] !== undefined))
}

import { isAtOrBelow, isBelow } from '../../probes/dns/names.js'
import type { LabRecord, LabZone } from './records.js'

export interface Reply {
  rcode: 'NOERROR' | 'NXDOMAIN' | 'SERVFAIL' | 'REFUSED' | 'FORMERR' | 'NOTIMP'
  aa: boolean
  tc?: boolean
  answers: LabRecord[]
  authorities: LabRecord[]
  additionals: LabRecord[]
}

const CHAIN_LIMIT = 8

/**
 * What an authoritative server holding `zones` answers (RFC 1034 4.3.2, no wildcards): the closest
 * zone it holds, a referral at a zone cut, CNAMEs chased inside the zone, NXDOMAIN or NODATA with the
 * zone's SOA, and REFUSED for names outside every zone it holds.
 */
export function answerQuery(zones: readonly LabZone[], qname: string, qtype: string, dnssec = false): Reply {
  const zone = zones.filter((z) => isAtOrBelow(qname, z.origin)).sort((a, b) => depth(b.origin) - depth(a.origin))[0]
  if (!zone) return { rcode: 'REFUSED', aa: false, answers: [], authorities: [], additionals: [] }
  const cut = cutAbove(zone, qname)
  if (cut && !(qtype === 'DS' && qname === cut)) return referral(zone, cut)
  const reply = authoritative(zone, qname, qtype)
  return dnssec ? { ...reply, answers: withSignatures(zone, reply.answers) } : reply
}

/** Each answered RRset followed by the RRSIGs the zone holds over it (for queries with the DO bit). */
function withSignatures(zone: LabZone, answers: LabRecord[]): LabRecord[] {
  const sets = [...new Set(answers.map((r) => `${r.name} ${r.type}`))]
  const signatures = zone.records.filter((r) => r.type === 'RRSIG' && sets.includes(`${r.name} ${r.data.split(' ')[0]}`))
  return [...answers, ...signatures]
}

function authoritative(zone: LabZone, qname: string, qtype: string): Reply {
  const answers: LabRecord[] = []
  const soa = zone.records.filter((r) => r.type === 'SOA')
  const seen = new Set<string>([qname])
  let name = qname
  for (let link = 0; link <= CHAIN_LIMIT; link++) {
    const here = zone.records.filter((r) => r.name === name)
    const cname = here.find((r) => r.type === 'CNAME')
    if (cname && qtype !== 'CNAME') {
      answers.push(cname)
      const target = cname.data
      if (!isAtOrBelow(target, zone.origin) || seen.has(target) || cutAbove(zone, target)) break
      seen.add(target)
      name = target
      continue
    }
    const matching = here.filter((r) => r.type === qtype)
    if (matching.length > 0) {
      answers.push(...matching)
      return { rcode: 'NOERROR', aa: true, answers, authorities: [], additionals: qtype === 'NS' ? glueFor(zone, matching) : [] }
    }
    const exists = zone.records.some((r) => isAtOrBelow(r.name, name))
    return { rcode: exists ? 'NOERROR' : 'NXDOMAIN', aa: true, answers, authorities: soa, additionals: [] }
  }
  return { rcode: 'NOERROR', aa: true, answers, authorities: [], additionals: [] }
}

function referral(zone: LabZone, cut: string): Reply {
  const ns = zone.records.filter((r) => r.name === cut && r.type === 'NS')
  return { rcode: 'NOERROR', aa: false, answers: [], authorities: ns, additionals: glueFor(zone, ns) }
}

/** Addresses the zone holds for the name servers named: glue, in-zone or below a cut. */
function glueFor(zone: LabZone, ns: readonly LabRecord[]): LabRecord[] {
  const targets = new Set(ns.map((r) => r.data))
  return zone.records.filter((r) => (r.type === 'A' || r.type === 'AAAA') && targets.has(r.name))
}

/** The topmost delegation point strictly inside the zone at or above the name: the zone ends there. */
function cutAbove(zone: LabZone, name: string): string | undefined {
  const cuts = zone.records.filter((r) => r.type === 'NS' && isBelow(r.name, zone.origin) && isAtOrBelow(name, r.name)).map((r) => r.name)
  return cuts.sort((a, b) => depth(a) - depth(b))[0]
}

function depth(name: string): number {
  return name === '.' ? 0 : name.split('.').length
}

import { compareNumeric } from '../../text/compare.js'
import type { Question } from './wire.js'
import type { DnsExchange } from './types.js'
import type { LookupAnswer, NameLookup, ZoneObservation } from './walk-types.js'

export const LOOKUP_TYPES = ['A', 'AAAA', 'CNAME'] as const
const OK_RCODES = new Set(['NOERROR', 'NXDOMAIN'])

/**
 * Asks every authoritative server of the zone that holds `name`, on every address, for its A, AAAA and
 * CNAME records. The name's addresses are the union of what they serve: the edge may get any of them.
 */
export async function lookupAt(
  zone: ZoneObservation,
  name: string,
  ask: (address: string, question: Question) => Promise<DnsExchange>,
): Promise<Omit<NameLookup, 'queries'>> {
  const servers = zone.servers.filter((s) => s.status === 'authoritative')
  const answers: LookupAnswer[] = (
    await Promise.all(
      servers.flatMap((server) =>
        LOOKUP_TYPES.map(async (type): Promise<LookupAnswer> => {
          const exchange = await ask(server.address, { name, type })
          const base = { server: server.server, address: server.address, query: `${name} ${type}` }
          if (!exchange.ok) return { ...base, records: [], error: `${exchange.failure.kind}: ${exchange.failure.detail}` }
          const { response } = exchange
          const records = response.answers
            .filter((r) => r.name === name && (r.type === type || r.type === 'CNAME'))
            .map((r) => `${r.type} ${r.data}`)
            .sort()
          const signatures = response.answers.filter((r) => r.name === name && r.type === 'RRSIG').map((r) => r.data)
          return { ...base, rcode: response.rcode, aa: response.aa, records, ...(signatures.length ? { signatures } : {}) }
        }),
      ),
    )
  ).sort((a, b) => a.server.localeCompare(b.server) || compareNumeric(a.address, b.address) || a.query.localeCompare(b.query))

  const usable = answers.filter((a) => a.aa && a.rcode !== undefined && OK_RCODES.has(a.rcode))
  const base = { name, zone: zone.zone, answers }
  if (usable.length === 0) {
    return {
      ...base,
      outcome: 'unresolved',
      addresses: [],
      reason: servers.length
        ? `no server of ${zone.zone} answered ${name} authoritatively`
        : `no name server of ${zone.zone} answers authoritatively`,
    }
  }
  const data = (type: string) => [
    ...new Set(usable.flatMap((a) => a.records.filter((r) => r.startsWith(`${type} `)).map((r) => r.slice(type.length + 1)))),
  ]
  const addresses = [...data('A'), ...data('AAAA')]
  if (addresses.length > 0) return { ...base, outcome: 'addresses', addresses }
  const target = data('CNAME')[0]
  if (target) return { ...base, outcome: 'cname', addresses: [], target }
  if (usable.every((a) => a.rcode === 'NXDOMAIN')) return { ...base, outcome: 'nxdomain', addresses: [] }
  return { ...base, outcome: 'nodata', addresses: [] }
}

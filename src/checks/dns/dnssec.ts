import type { FindingDraft } from '../../findings/finding.js'
import { dsMatches } from '../../probes/dns/keys.js'
import type { DnsWalk, NameLookup, ZoneObservation } from '../../probes/dns/walk-types.js'

/**
 * What a validating resolver would reject (DNS_DNSSEC_BOGUS): a DS at the parent that matches no DNSKEY
 * of the zone, or, in a zone the parent vouches for with a DS, a signature over the origin's records
 * outside its validity. Only the time window and the key digests are checked, not the cryptography.
 */
export function judgeDnssec(walk: DnsWalk, now: Date): FindingDraft[] {
  const secure = new Set(walk.zones.filter((z) => z.dnssec && z.dnssec.ds.length > 0).map((z) => z.zone))
  const found = [
    ...walk.zones.flatMap(anchor),
    ...walk.chain.filter((l) => l.zone && secure.has(l.zone)).flatMap((lookup) => signatures(lookup, now)),
  ]
  return found.map((f) => ({ ...f, port: walk.port }))
}

function anchor(zone: ZoneObservation): FindingDraft[] {
  const dnssec = zone.dnssec
  if (!dnssec || dnssec.ds.length === 0 || !dnssec.dnskeys || !dnssec.dnskeyFrom) return []
  const keys = dnssec.dnskeys
  if (dnssec.ds.some((ds) => keys.some((key) => dsMatches(zone.zone, ds, key)))) return []
  const keyTags = dnssec.ds.map((r) => Number(r.split(' ')[0]))
  const problem = keys.length ? 'ds-matches-no-dnskey' : 'no-dnskey'
  const { server, address } = dnssec.dnskeyFrom
  return [
    {
      code: 'DNS_DNSSEC_BOGUS',
      address,
      details: {
        zone: zone.zone,
        server,
        address,
        query: `${zone.zone} DNSKEY`,
        problem,
        parent: zone.parent ?? 'the parent',
        keyTags,
        ds: dnssec.ds,
        dnskeys: keys,
        dsFrom: `${dnssec.dsFrom.server} (${dnssec.dsFrom.address})`,
      },
    },
  ]
}

/** One finding per name: the first signature out of its window, with every server that serves one. */
function signatures(lookup: NameLookup, now: Date): FindingDraft[] {
  const seconds = Math.floor(now.getTime() / 1000)
  const outside = lookup.answers.flatMap((answer) =>
    (answer.signatures ?? []).flatMap((signature) => {
      const [covered = '', , , , expiration = '0', inception = '0'] = signature.split(' ')
      if (Number(expiration) < seconds) return [{ answer, covered, problem: 'rrsig-expired', at: iso(expiration) }]
      if (Number(inception) > seconds) return [{ answer, covered, problem: 'rrsig-not-yet-valid', at: iso(inception) }]
      return []
    }),
  )
  const first = outside[0]
  if (!first) return []
  return [
    {
      code: 'DNS_DNSSEC_BOGUS',
      address: first.answer.address,
      details: {
        zone: lookup.zone ?? '',
        server: first.answer.server,
        address: first.answer.address,
        query: first.answer.query,
        problem: first.problem,
        covered: first.covered,
        at: first.at,
        servers: [...new Set(outside.map((o) => `${o.answer.server} (${o.answer.address})`))],
      },
    },
  ]
}

function iso(epochSeconds: string): string {
  return new Date(Number(epochSeconds) * 1000).toISOString()
}

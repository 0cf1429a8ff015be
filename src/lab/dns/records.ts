import type * as dnsPacket from 'dns-packet'
import { absolute, canonicalName } from '../../probes/dns/names.js'

export type LabRecordType = 'A' | 'AAAA' | 'NS' | 'CNAME' | 'SOA' | 'TXT' | 'DNSKEY' | 'DS' | 'RRSIG'

/**
 * A record in presentation form; names without the trailing dot. SOA data: `mname rname serial`;
 * DNSKEY, DS and RRSIG as in a zone file (RRSIG times `YYYYMMDDHHmmSS`, its signer with the dot).
 */
export interface LabRecord {
  name: string
  type: LabRecordType
  data: string
  ttl?: number
}

export interface LabZone {
  origin: string
  records: LabRecord[]
}

const TTL = 300
const NAME_DATA = new Set<LabRecordType>(['NS', 'CNAME'])

export function soaRecord(origin: string, serial: number, mname = `ns1.${origin}`): LabRecord {
  return { name: origin, type: 'SOA', data: `${mname} hostmaster.${origin === '.' ? 'lab' : origin} ${serial}` }
}

export function toPacketAnswer(record: LabRecord): dnsPacket.Answer {
  const base = { name: record.name, ttl: record.ttl ?? TTL, class: 'IN' as const }
  if (record.type === 'SOA') {
    const [mname = '.', rname = '.', serial = '1'] = record.data.split(' ')
    return { ...base, type: 'SOA', data: { mname, rname, serial: Number(serial), refresh: 3600, retry: 600, expire: 86_400, minimum: 300 } }
  }
  if (record.type === 'TXT') return { ...base, type: 'TXT', data: record.data }
  const fields = record.data.trim().split(/\s+/)
  if (record.type === 'DNSKEY') {
    const [flags = '0', , algorithm = '0', ...key] = fields
    return {
      ...base,
      type: 'DNSKEY',
      data: { flags: Number(flags), algorithm: Number(algorithm), key: Buffer.from(key.join(''), 'base64') },
    }
  }
  if (record.type === 'DS') {
    const [keyTag = '0', algorithm = '0', digestType = '0', ...digest] = fields
    return {
      ...base,
      type: 'DS',
      data: {
        keyTag: Number(keyTag),
        algorithm: Number(algorithm),
        digestType: Number(digestType),
        digest: Buffer.from(digest.join(''), 'hex'),
      },
    }
  }
  if (record.type === 'RRSIG') {
    const [typeCovered = 'A', algorithm, labels, originalTTL, expiration = '', inception = '', keyTag, signersName = '.', ...signature] =
      fields
    return {
      ...base,
      type: 'RRSIG',
      data: {
        typeCovered,
        algorithm: Number(algorithm),
        labels: Number(labels),
        originalTTL: Number(originalTTL),
        expiration: epochOf(expiration),
        inception: epochOf(inception),
        keyTag: Number(keyTag),
        signersName: canonicalName(signersName),
        signature: Buffer.from(signature.join(''), 'base64'),
      },
    }
  }
  return { ...base, type: record.type, data: record.data }
}

/** `YYYYMMDDHHmmSS` (RFC 4034 3.2) as seconds since the epoch. */
function epochOf(time: string): number {
  const [, y, mo, d, h, mi, s] = /^(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)$/.exec(time) ?? []
  return y ? Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)) / 1000 : Number(time)
}

/** Seconds since the epoch as an RRSIG time, `YYYYMMDDHHmmSS`. */
export function rrsigTime(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, '').slice(0, 14)
}

/** One zone-file line, as Knot (or any RFC 1035 server) loads it. */
export function zoneFileLine(record: LabRecord): string {
  const owner = absolute(canonicalName(record.name))
  const ttl = record.ttl ?? TTL
  switch (record.type) {
    case 'SOA': {
      const [mname = '.', rname = '.', serial = '1'] = record.data.split(' ')
      return `${owner} ${ttl} IN SOA ${absolute(mname)} ${absolute(rname)} ${serial} 3600 600 86400 300`
    }
    case 'TXT':
      return `${owner} ${ttl} IN TXT "${record.data.replace(/["\\]/g, '')}"`
    default:
      return `${owner} ${ttl} IN ${record.type} ${NAME_DATA.has(record.type) ? absolute(canonicalName(record.data)) : record.data}`
  }
}

export function zoneFile(zone: LabZone): string {
  const soa = zone.records.filter((r) => r.type === 'SOA')
  const rest = zone.records.filter((r) => r.type !== 'SOA')
  return [...soa, ...rest].map(zoneFileLine).join('\n') + '\n'
}

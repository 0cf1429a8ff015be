import * as dnsPacket from 'dns-packet'
import { canonicalName } from './names.js'
import type { DnsRecord, DnsResponse } from './types.js'

/** EDNS0 buffer size: the 2020 DNS flag day's value, safe from fragmentation on every path. */
export const EDNS_UDP_SIZE = 1232

export interface Question {
  name: string
  type: string
}

/** A query as a resolver walking the delegation sends it: no recursion desired, EDNS0, DO on request. */
export function encodeQuery(id: number, question: Question, dnssec = false): Buffer {
  return dnsPacket.encode({
    type: 'query',
    id,
    flags: 0,
    questions: [{ name: question.name, type: question.type as dnsPacket.RecordType, class: 'IN' }],
    additionals: [
      {
        type: 'OPT',
        name: '.',
        udpPayloadSize: EDNS_UDP_SIZE,
        extendedRcode: 0,
        ednsVersion: 0,
        flags: dnssec ? dnsPacket.DNSSEC_OK : 0,
        flag_do: dnssec,
        options: [],
      },
    ],
  })
}

export type Decoded = { ok: true; response: DnsResponse } | { ok: false; reason: 'mismatch' | 'malformed'; detail: string }

/** Decodes a message and accepts it only as the response to our id and question. */
export function decodeResponse(bytes: Buffer, id: number, question: Question): Decoded {
  let packet: dnsPacket.DecodedPacket & { rcode?: string }
  try {
    packet = dnsPacket.decode(bytes)
  } catch (error) {
    return { ok: false, reason: 'malformed', detail: `undecodable message of ${bytes.length} bytes: ${(error as Error).message}` }
  }
  if (packet.id !== id || !packet.flag_qr)
    return { ok: false, reason: 'mismatch', detail: `id ${packet.id}${packet.flag_qr ? '' : ' (a query)'}, expected ${id}` }
  const asked = packet.questions?.[0]
  // RFC 7766 allows an empty question section only in error answers; we require the question echoed.
  if (!asked || canonicalName(asked.name) !== canonicalName(question.name) || asked.type !== question.type) {
    return {
      ok: false,
      reason: 'mismatch',
      detail: `question ${asked ? `${asked.name} ${asked.type}` : '(none)'}, expected ${question.name} ${question.type}`,
    }
  }
  return {
    ok: true,
    response: {
      rcode: packet.rcode ?? 'NOERROR',
      aa: packet.flag_aa,
      tc: packet.flag_tc,
      answers: records(packet.answers),
      authorities: records(packet.authorities),
      additionals: records(packet.additionals),
    },
  }
}

function records(answers: dnsPacket.Answer[] | undefined): DnsRecord[] {
  return (answers ?? [])
    .filter((a) => a.type !== 'OPT')
    .map((a) => {
      const record = a as dnsPacket.Answer & { ttl?: number; data?: unknown }
      return { name: canonicalName(record.name), type: record.type, ttl: record.ttl ?? 0, data: renderData(record.type, record.data) }
    })
}

function renderData(type: string, data: unknown): string {
  if (typeof data === 'string') return ['NS', 'CNAME', 'DNAME', 'PTR'].includes(type) ? canonicalName(data) : data
  if (type === 'DNSKEY' && data && typeof data === 'object') {
    const key = data as dnsPacket.DnskeyData
    return `${key.flags} 3 ${key.algorithm} ${key.key.toString('base64')}`
  }
  if (type === 'DS' && data && typeof data === 'object') {
    const ds = data as dnsPacket.DsData
    return `${ds.keyTag} ${ds.algorithm} ${ds.digestType} ${ds.digest.toString('hex').toUpperCase()}`
  }
  if (type === 'RRSIG' && data && typeof data === 'object') {
    // Times as seconds since the epoch; the signature itself is not kept.
    const sig = data as dnsPacket.RrsigData
    return [
      sig.typeCovered,
      sig.algorithm,
      sig.labels,
      sig.originalTTL,
      sig.expiration,
      sig.inception,
      sig.keyTag,
      canonicalName(sig.signersName),
    ].join(' ')
  }
  if (type === 'SOA' && data && typeof data === 'object') {
    const soa = data as dnsPacket.SoaData
    return [canonicalName(soa.mname), canonicalName(soa.rname), soa.serial, soa.refresh, soa.retry, soa.expire, soa.minimum].join(' ')
  }
  if (Buffer.isBuffer(data)) return data.toString('hex')
  if (Array.isArray(data)) return data.map((d) => (Buffer.isBuffer(d) ? d.toString('utf8') : String(d))).join(' ')
  return JSON.stringify(data, (_, v: unknown) => (v && typeof v === 'object' && 'type' in v && v.type === 'Buffer' ? '(bytes)' : v)) ?? ''
}

/** The serial of an SOA record rendered by this module. */
export function soaSerial(record: DnsRecord): number | undefined {
  const serial = Number(record.data.split(' ')[2])
  return Number.isFinite(serial) ? serial : undefined
}

import { createHash } from 'node:crypto'
import { canonicalName } from './names.js'

/** DNSKEY arithmetic of RFC 4034: key tags (appendix B) and DS digests (section 5.1.4). */

const DIGESTS: Record<number, string> = { 1: 'sha1', 2: 'sha256', 4: 'sha384' }

/** The DNSKEY RDATA (flags, protocol, algorithm, key) from its presentation `flags 3 alg base64`. */
export function dnskeyRdata(presentation: string): Buffer {
  const [flags = '0', protocol = '3', algorithm = '0', ...key] = presentation.trim().split(/\s+/)
  const head = Buffer.alloc(4)
  head.writeUInt16BE(Number(flags))
  head.writeUInt8(Number(protocol), 2)
  head.writeUInt8(Number(algorithm), 3)
  return Buffer.concat([head, Buffer.from(key.join(''), 'base64')])
}

export function keyTag(rdata: Buffer): number {
  let sum = 0
  for (let i = 0; i < rdata.length; i++) sum += i & 1 ? rdata[i]! : rdata[i]! << 8
  sum += (sum >> 16) & 0xffff
  return sum & 0xffff
}

/** The owner name in canonical wire form: lower case labels, each after its length. */
function wireName(name: string): Buffer {
  const canonical = canonicalName(name)
  const labels = canonical === '.' ? [] : canonical.split('.')
  return Buffer.concat([...labels.map((l) => Buffer.concat([Buffer.from([Buffer.byteLength(l)]), Buffer.from(l)])), Buffer.from([0])])
}

/** The DS a parent publishes for this DNSKEY of `zone`: `tag alg digestType HEX`, or undefined for an unknown digest. */
export function dsFor(zone: string, dnskey: string, digestType = 2): string | undefined {
  const algorithm = DIGESTS[digestType]
  if (!algorithm) return undefined
  const rdata = dnskeyRdata(dnskey)
  const digest = createHash(algorithm)
    .update(Buffer.concat([wireName(zone), rdata]))
    .digest('hex')
    .toUpperCase()
  return `${keyTag(rdata)} ${rdata[3]} ${digestType} ${digest}`
}

/** Whether a DS record (`tag alg digestType HEX`) names this DNSKEY of `zone`. */
export function dsMatches(zone: string, ds: string, dnskey: string): boolean {
  const [, , digestType] = ds.split(' ')
  const expected = dsFor(zone, dnskey, Number(digestType))
  return expected !== undefined && expected === ds.toUpperCase().split(' ').join(' ')
}

import { randomBytes } from 'node:crypto'
import type { SslProtocol } from '../../vocabulary.js'
import { wireVersion } from './names.js'
import { u16, u24, vector16, vector8 } from './wire.js'

/** What a ClientHello offers. Code points are IANA's (suites, groups, signature schemes). */
export interface ClientHelloSpec {
  version: SslProtocol
  cipherSuites: number[]
  groups: number[]
  signatureAlgorithms: number[]
  sni?: string
}

const CONTENT_HANDSHAKE = 22
const HANDSHAKE_CLIENT_HELLO = 1
const X25519 = 29
/** RFC 5746: signals secure renegotiation support in hellos that carry no extensions. */
const EMPTY_RENEGOTIATION_INFO_SCSV = 0x00ff

const EXT = {
  serverName: 0,
  supportedGroups: 10,
  ecPointFormats: 11,
  signatureAlgorithms: 13,
  extendedMasterSecret: 23,
  supportedVersions: 43,
  keyShare: 51,
  renegotiationInfo: 0xff01,
} as const

/**
 * Random bytes for hellos, drawn from a block filled at once: one call into the random source per 128
 * hellos instead of one per field. Each field still gets bytes no other field got.
 */
const RANDOM_BLOCK = 4096
let randomBlock = Buffer.alloc(0)
let randomAt = 0

function randomField(length: number): Buffer {
  if (randomAt + length > randomBlock.length) {
    randomBlock = randomBytes(RANDOM_BLOCK)
    randomAt = 0
  }
  randomAt += length
  return randomBlock.subarray(randomAt - length, randomAt)
}

/** A complete handshake record holding one ClientHello, ready to write to the socket. */
export function buildClientHello(spec: ClientHelloSpec): Buffer {
  const isTls13 = spec.version === 'TLSv1.3'
  const isSsl3 = spec.version === 'SSLv3'
  // TLS 1.3 hides behind 1.2 on the wire (RFC 8446 section 4.1.2) and names itself in supported_versions.
  const clientVersion = isTls13 ? wireVersion('TLSv1.2') : wireVersion(spec.version)
  // A 32-byte session id makes middleboxes see a resumption attempt (RFC 8446 appendix D.4).
  const sessionId = isTls13 ? randomField(32) : Buffer.alloc(0)
  const suites = isSsl3 ? [...spec.cipherSuites, EMPTY_RENEGOTIATION_INFO_SCSV] : spec.cipherSuites

  const body = Buffer.concat([
    u16(clientVersion),
    randomField(32),
    vector8(sessionId),
    vector16(Buffer.concat(suites.map(u16))),
    vector8(Buffer.from([0])), // null compression only
    isSsl3 ? Buffer.alloc(0) : vector16(extensions(spec)),
  ])
  const handshake = Buffer.concat([Buffer.from([HANDSHAKE_CLIENT_HELLO]), u24(body.length), body])
  // Record version 0x0301 for every TLS hello: old servers reject higher record versions.
  const recordVersion = isSsl3 ? wireVersion('SSLv3') : wireVersion('TLSv1')
  return Buffer.concat([Buffer.from([CONTENT_HANDSHAKE]), u16(recordVersion), vector16(handshake)])
}

function extensions(spec: ClientHelloSpec): Buffer {
  const isTls13 = spec.version === 'TLSv1.3'
  const list: Buffer[] = []
  if (spec.sni !== undefined) {
    const hostName = Buffer.concat([Buffer.from([0]), vector16(Buffer.from(spec.sni, 'ascii'))])
    list.push(extension(EXT.serverName, vector16(hostName)))
  }
  list.push(extension(EXT.supportedGroups, vector16(Buffer.concat(spec.groups.map(u16)))))
  list.push(extension(EXT.ecPointFormats, vector8(Buffer.from([0])))) // uncompressed
  if (spec.version === 'TLSv1.2' || isTls13) {
    list.push(extension(EXT.signatureAlgorithms, vector16(Buffer.concat(spec.signatureAlgorithms.map(u16)))))
  }
  if (isTls13) {
    list.push(extension(EXT.supportedVersions, vector8(u16(wireVersion('TLSv1.3')))))
    list.push(extension(EXT.keyShare, vector16(keyShares(spec.groups))))
  } else {
    // Real clients send both; servers in FIPS mode refuse TLS 1.2 without extended master secret.
    list.push(extension(EXT.extendedMasterSecret, Buffer.alloc(0)))
    list.push(extension(EXT.renegotiationInfo, vector8(Buffer.alloc(0))))
  }
  return Buffer.concat(list)
}

/**
 * One x25519 share when the hello offers x25519. Any 32 bytes are a well-formed public value
 * (RFC 7748 section 5); the handshake never gets far enough to need the private key. Without x25519
 * the list is empty and the server answers with a HelloRetryRequest, which still shows its choice.
 */
function keyShares(groups: number[]): Buffer {
  if (!groups.includes(X25519)) return Buffer.alloc(0)
  return Buffer.concat([u16(X25519), vector16(randomField(32))])
}

function extension(type: number, data: Buffer): Buffer {
  return Buffer.concat([u16(type), vector16(data)])
}

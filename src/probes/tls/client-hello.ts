import { randomBytes } from 'node:crypto'
import type { SslProtocol } from '../../vocabulary.js'
import { wireVersion } from './names.js'

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

/**
 * Writes a hello into one buffer: lengths are filled in when their vector closes. One allocation per
 * hello instead of one per field (a thousand origins send thousands of hellos).
 */
class HelloWriter {
  private readonly out: Buffer
  private at = 0
  constructor(capacity: number) {
    this.out = Buffer.allocUnsafe(capacity)
  }
  u8(value: number): void {
    this.at = this.out.writeUInt8(value, this.at)
  }
  u16(value: number): void {
    this.at = this.out.writeUInt16BE(value, this.at)
  }
  u16s(values: readonly number[]): void {
    for (const value of values) this.u16(value)
  }
  bytes(data: Buffer): void {
    this.at += data.copy(this.out, this.at)
  }
  /** Opens a vector whose length takes `width` bytes; `close` writes it. */
  open(width: 1 | 2 | 3): () => void {
    const start = this.at
    this.at += width
    return () => this.out.writeUIntBE(this.at - start - width, start, width)
  }
  extension(type: number): () => void {
    this.u16(type)
    return this.open(2)
  }
  done(): Buffer {
    return this.out.subarray(0, this.at)
  }
}

/** A complete handshake record holding one ClientHello, ready to write to the socket. */
export function buildClientHello(spec: ClientHelloSpec): Buffer {
  const isTls13 = spec.version === 'TLSv1.3'
  const isSsl3 = spec.version === 'SSLv3'
  // TLS 1.3 hides behind 1.2 on the wire (RFC 8446 section 4.1.2) and names itself in supported_versions.
  const clientVersion = isTls13 ? wireVersion('TLSv1.2') : wireVersion(spec.version)
  const suites = isSsl3 ? [...spec.cipherSuites, EMPTY_RENEGOTIATION_INFO_SCSV] : spec.cipherSuites
  const sni = spec.sni === undefined ? undefined : Buffer.from(spec.sni, 'ascii')
  const w = new HelloWriter(256 + 2 * (suites.length + 2 * spec.groups.length + spec.signatureAlgorithms.length) + (sni?.length ?? 0))

  w.u8(CONTENT_HANDSHAKE)
  // Record version 0x0301 for every TLS hello: old servers reject higher record versions.
  w.u16(isSsl3 ? wireVersion('SSLv3') : wireVersion('TLSv1'))
  const record = w.open(2)
  w.u8(HANDSHAKE_CLIENT_HELLO)
  const handshake = w.open(3)
  w.u16(clientVersion)
  w.bytes(randomField(32))
  // A 32-byte session id makes middleboxes see a resumption attempt (RFC 8446 appendix D.4).
  const sessionId = w.open(1)
  if (isTls13) w.bytes(randomField(32))
  sessionId()
  const suiteList = w.open(2)
  w.u16s(suites)
  suiteList()
  w.u8(1) // null compression only
  w.u8(0)
  if (!isSsl3) {
    const list = w.open(2)
    writeExtensions(w, spec, sni)
    list()
  }
  handshake()
  record()
  return w.done()
}

function writeExtensions(w: HelloWriter, spec: ClientHelloSpec, sni: Buffer | undefined): void {
  const isTls13 = spec.version === 'TLSv1.3'
  if (sni) {
    const end = w.extension(EXT.serverName)
    const names = w.open(2)
    w.u8(0) // host_name
    const name = w.open(2)
    w.bytes(sni)
    name()
    names()
    end()
  }
  let end = w.extension(EXT.supportedGroups)
  let list = w.open(2)
  w.u16s(spec.groups)
  list()
  end()
  end = w.extension(EXT.ecPointFormats)
  w.u8(1)
  w.u8(0) // uncompressed
  end()
  if (spec.version === 'TLSv1.2' || isTls13) {
    end = w.extension(EXT.signatureAlgorithms)
    list = w.open(2)
    w.u16s(spec.signatureAlgorithms)
    list()
    end()
  }
  if (isTls13) {
    end = w.extension(EXT.supportedVersions)
    w.u8(2)
    w.u16(wireVersion('TLSv1.3'))
    end()
    end = w.extension(EXT.keyShare)
    list = w.open(2)
    writeKeyShares(w, spec.groups)
    list()
    end()
  } else {
    // Real clients send both; servers in FIPS mode refuse TLS 1.2 without extended master secret.
    w.extension(EXT.extendedMasterSecret)()
    end = w.extension(EXT.renegotiationInfo)
    w.u8(0)
    end()
  }
}

/**
 * One x25519 share when the hello offers x25519. Any 32 bytes are a well-formed public value
 * (RFC 7748 section 5); the handshake never gets far enough to need the private key. Without x25519
 * the list is empty and the server answers with a HelloRetryRequest, which still shows its choice.
 */
function writeKeyShares(w: HelloWriter, groups: readonly number[]): void {
  if (!groups.includes(X25519)) return
  w.u16(X25519)
  const share = w.open(2)
  w.bytes(randomField(32))
  share()
}

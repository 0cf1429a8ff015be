/** Parsers for the cleartext server handshake messages the probe needs. Undefined means malformed. */
import { sharedDer } from '../../cert/shared-der.js'
import { Cursor } from './wire.js'

/** RFC 8446 section 4.1.3: a ServerHello with this random is a HelloRetryRequest. */
const HELLO_RETRY_REQUEST_RANDOM = Buffer.from('cf21ad74e59a6111be1d8c021e65b891c2a211167abb8c5e079e09e2c8a8339c', 'hex')
const EXT_SUPPORTED_VERSIONS = 43

export interface ServerHello {
  /** The negotiated version: supported_versions when present (TLS 1.3), else legacy_version. */
  version: number
  cipherSuite: number
  helloRetryRequest: boolean
}

export function parseServerHello(body: Buffer): ServerHello | undefined {
  const reader = new Cursor(body)
  const legacyVersion = reader.u16()
  const random = reader.bytes(32)
  reader.bytes(reader.u8()) // session id
  const cipherSuite = reader.u16()
  reader.u8() // compression method
  if (legacyVersion === undefined || random === undefined || cipherSuite === undefined || reader.failed) {
    return undefined
  }
  let version = legacyVersion
  // SSLv3 and extension-less TLS servers end the message here.
  if (!reader.atEnd) {
    const extensions = reader.vector16()
    if (extensions === undefined || !reader.atEnd) return undefined
    const selected = selectedVersion(extensions)
    if (selected === null) return undefined
    if (selected !== undefined) version = selected
  }
  return { version, cipherSuite, helloRetryRequest: random.equals(HELLO_RETRY_REQUEST_RANDOM) }
}

/** The supported_versions value, undefined when absent, null when the extension block does not parse. */
function selectedVersion(extensions: Buffer): number | undefined | null {
  const reader = new Cursor(extensions)
  let selected: number | undefined
  while (!reader.atEnd) {
    const type = reader.u16()
    const data = reader.vector16()
    if (type === undefined || data === undefined) return null
    if (type === EXT_SUPPORTED_VERSIONS) {
      if (data.length !== 2) return null
      selected = data.readUInt16BE(0)
    }
  }
  return selected
}

/**
 * The TLS 1.2 (and earlier) Certificate message: a 24-bit-length list of 24-bit-length DER certificates,
 * kept in the order sent. Each is copied so the socket's chunks can be released, once per distinct
 * certificate (see `sharedDer`).
 */
export function parseCertificateList(body: Buffer): Buffer[] | undefined {
  const outer = new Cursor(body)
  const list = outer.vector24()
  if (list === undefined || !outer.atEnd) return undefined
  const reader = new Cursor(list)
  const certificates: Buffer[] = []
  while (!reader.atEnd) {
    const der = reader.vector24()
    if (der === undefined || der.length === 0) return undefined
    certificates.push(sharedDer(der))
  }
  return certificates
}

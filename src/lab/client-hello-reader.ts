import { Cursor } from '../probes/tls/wire.js'

/** What a test server needs from a ClientHello. */
export interface ClientHelloSummary {
  /** legacy_version, e.g. 0x0303. */
  clientVersion: number
  /** supported_versions (TLS 1.3 clients), when sent. */
  supportedVersions?: number[]
  cipherSuites: number[]
  /** Whether the hello had an extension block (SSLv3 hellos have none). */
  hasExtensions: boolean
  sni?: string
}

const RECORD_HANDSHAKE = 22
const CLIENT_HELLO = 1
const EXT_SERVER_NAME = 0
const EXT_SUPPORTED_VERSIONS = 43
/** No real ClientHello comes near this; more is not a client we want to talk to. */
export const MAX_CLIENT_HELLO_BYTES = 64 * 1024

/**
 * Reads the first ClientHello from the bytes received so far, across records. `incomplete`: wait for
 * more; `invalid`: not a TLS ClientHello (an SSLv2 hello, HTTP, garbage, or over the size bound).
 */
export function readClientHello(received: Buffer): ClientHelloSummary | 'incomplete' | 'invalid' {
  if (received.length > MAX_CLIENT_HELLO_BYTES) return 'invalid'
  const fragments: Buffer[] = []
  let at = 0
  while (at + 5 <= received.length) {
    if (received[at] !== RECORD_HANDSHAKE || received[at + 1] !== 3) return 'invalid'
    const length = received.readUInt16BE(at + 3)
    if (at + 5 + length > received.length) break
    fragments.push(received.subarray(at + 5, at + 5 + length))
    at += 5 + length
    const handshake = Buffer.concat(fragments)
    if (handshake.length >= 4) {
      if (handshake[0] !== CLIENT_HELLO) return 'invalid'
      const bodyLength = handshake.readUIntBE(1, 3)
      if (handshake.length >= 4 + bodyLength) return parseBody(handshake.subarray(4, 4 + bodyLength)) ?? 'invalid'
    }
  }
  if (received.length >= 1 && received[0] !== RECORD_HANDSHAKE) return 'invalid'
  return 'incomplete'
}

function parseBody(body: Buffer): ClientHelloSummary | undefined {
  const reader = new Cursor(body)
  const clientVersion = reader.u16()
  reader.bytes(32) // random
  reader.vector8() // session id
  const suites = reader.vector16()
  reader.vector8() // compression methods
  if (clientVersion === undefined || suites === undefined || reader.failed || suites.length % 2 !== 0) return undefined
  const cipherSuites: number[] = []
  for (let i = 0; i < suites.length; i += 2) cipherSuites.push(suites.readUInt16BE(i))
  const summary: ClientHelloSummary = { clientVersion, cipherSuites, hasExtensions: !reader.atEnd }
  if (reader.atEnd) return summary
  const extensions = new Cursor(reader.vector16() ?? Buffer.alloc(0))
  while (!extensions.atEnd) {
    const type = extensions.u16()
    const data = extensions.vector16()
    if (type === undefined || data === undefined) return undefined
    if (type === EXT_SERVER_NAME) summary.sni = serverName(data)
    if (type === EXT_SUPPORTED_VERSIONS) summary.supportedVersions = versionsOf(data)
  }
  return summary
}

function serverName(data: Buffer): string | undefined {
  const list = new Cursor(new Cursor(data).vector16() ?? Buffer.alloc(0))
  const type = list.u8()
  const name = list.vector16()
  return type === 0 && name ? name.toString('ascii') : undefined
}

function versionsOf(data: Buffer): number[] {
  const list = new Cursor(data).vector8() ?? Buffer.alloc(0)
  const versions: number[] = []
  for (let i = 0; i + 1 < list.length; i += 2) versions.push(list.readUInt16BE(i))
  return versions
}

import { randomBytes } from 'node:crypto'
import { createServer, type Server, type Socket } from 'node:net'
import type { SslProtocol } from '../config/types.js'
import { wireVersion } from '../probes/tls/names.js'
import { u16, u24, vector16, vector24, vector8 } from '../probes/tls/wire.js'
import { readClientHello, type ClientHelloSummary } from './client-hello-reader.js'

export interface RawTlsServerOptions {
  /** Versions it accepts (up to TLS 1.2: it cannot encrypt, and TLS 1.3 encrypts from the ServerHello on). */
  versions: readonly Exclude<SslProtocol, 'TLSv1.3'>[]
  /** IANA code points it accepts, in its order of preference. */
  cipherSuites: readonly number[]
  /** DER certificates for the Certificate message, in the order to send them. */
  certificates: readonly Buffer[]
  /** How long a connection may stay open, whatever the client does. */
  idleMs?: number
}

const ALERT = { handshakeFailure: 40, protocolVersion: 70 } as const
const HANDSHAKE = { serverHello: 2, certificate: 11, serverHelloDone: 14 } as const
const EXT_RENEGOTIATION_INFO = 0xff01

/**
 * A TLS server without cryptography, for the lab and the tests: it reads a ClientHello and answers with
 * a ServerHello (its preferred suite among those offered, the highest common version), Certificate and
 * ServerHelloDone, or with the alert OpenSSL would send. It serves suites no OpenSSL 3 build serves
 * (RC4-MD5, DES-CBC3-SHA). The handshake can go no further: anything the client sends next ends the
 * connection, so only the server's choice can be observed, which is all a probe needs.
 */
export function createRawTlsServer(options: RawTlsServerOptions): Server {
  const sockets = new Set<Socket>()
  const server = createServer((socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('error', () => undefined)
    socket.setTimeout(options.idleMs ?? 5_000, () => socket.destroy())
    let received = Buffer.alloc(0)
    let answered = false
    socket.on('data', (chunk: Buffer) => {
      if (answered) return void socket.destroy()
      received = Buffer.concat([received, chunk])
      const hello = readClientHello(received)
      if (hello === 'incomplete') return
      if (hello === 'invalid') return void socket.destroy()
      answered = true
      socket.write(answer(hello, options))
    })
  })
  const close = server.close.bind(server)
  server.close = (callback?: (error?: Error) => void) => {
    for (const socket of sockets) socket.destroy()
    return close(callback)
  }
  return server
}

/** The server's first flight, or a fatal alert. */
export function answer(hello: ClientHelloSummary, options: RawTlsServerOptions): Buffer {
  const version = chooseVersion(hello, options.versions)
  if (version === undefined) return alert(ALERT.protocolVersion, hello.clientVersion)
  const suite = options.cipherSuites.find((code) => hello.cipherSuites.includes(code))
  if (suite === undefined) return alert(ALERT.handshakeFailure, version)
  const extensions = hello.hasExtensions
    ? vector16(Buffer.concat([u16(EXT_RENEGOTIATION_INFO), vector16(vector8(Buffer.alloc(0)))]))
    : Buffer.alloc(0)
  const serverHello = Buffer.concat([u16(version), randomBytes(32), vector8(Buffer.alloc(0)), u16(suite), Buffer.from([0]), extensions])
  const certificate = vector24(Buffer.concat(options.certificates.map((der) => vector24(der))))
  const flight = Buffer.concat([
    handshake(HANDSHAKE.serverHello, serverHello),
    handshake(HANDSHAKE.certificate, certificate),
    handshake(HANDSHAKE.serverHelloDone, Buffer.alloc(0)),
  ])
  return record(22, version, flight)
}

/** The highest version both sides have, as a TLS 1.2 server reads the hello (supported_versions first). */
function chooseVersion(hello: ClientHelloSummary, versions: RawTlsServerOptions['versions']): number | undefined {
  const ours = versions.map(wireVersion).sort((a, b) => b - a)
  if (hello.supportedVersions) return ours.find((v) => hello.supportedVersions?.includes(v))
  return ours.find((v) => v <= hello.clientVersion)
}

function handshake(type: number, body: Buffer): Buffer {
  return Buffer.concat([Buffer.from([type]), u24(body.length), body])
}

function record(contentType: number, version: number, fragment: Buffer): Buffer {
  return Buffer.concat([Buffer.from([contentType]), u16(Math.min(version, 0x0303)), vector16(fragment)])
}

function alert(description: number, version: number): Buffer {
  return record(21, Math.max(0x0300, Math.min(version, 0x0303)), Buffer.from([2, description]))
}

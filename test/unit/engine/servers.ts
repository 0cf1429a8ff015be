/** Certificates on disk and loopback servers for the engine tests. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { connect, createServer as createNetServer, type AddressInfo, type Server, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createServer as createTlsServer, type TlsOptions } from 'node:tls'
import { afterAll, beforeAll } from 'vitest'
import { issueCertificate, pemBundle, type CertificateRequest, type IssuedCertificate } from '../../../src/lab/pki.js'

import { LOOPBACK } from '../../helpers/loopback.js'

export { LOOPBACK }
const DAY_MS = 86_400_000

/** A root and an intermediate, the root written to `rootFile` for `overrides.trust-roots`. */
export interface TestAuthority {
  dir: string
  rootFile: string
  root: IssuedCertificate
  intermediate: IssuedCertificate
  /** A leaf for `names` issued by the intermediate; `days` shifts its validity relative to now. */
  leaf(names: string[], request?: Partial<CertificateRequest> & { validDays?: [number, number] }): IssuedCertificate
  cleanup(): void
}

export function createAuthority(organization = 'Engine Lab'): TestAuthority {
  const dir = mkdtempSync(join(tmpdir(), 'preflight-engine-'))
  const root = issueCertificate({ subject: { CN: `${organization} Root CA`, O: organization }, isCA: true })
  const intermediate = issueCertificate({
    subject: { CN: `${organization} Intermediate CA`, O: organization },
    isCA: true,
    pathLength: 0,
    issuer: root,
  })
  const rootFile = join(dir, 'root.pem')
  writeFileSync(rootFile, root.pem)
  return {
    dir,
    rootFile,
    root,
    intermediate,
    leaf(names, { validDays, ...request } = {}) {
      const now = Date.now()
      const validity = validDays
        ? { notBefore: new Date(now + validDays[0] * DAY_MS), notAfter: new Date(now + validDays[1] * DAY_MS) }
        : {}
      return issueCertificate({ subject: { CN: names[0], O: organization }, sans: names, issuer: intermediate, ...validity, ...request })
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  }
}

export interface Listening {
  server: Server
  port: number
  close(): Promise<void>
}

/** Listens on a free loopback port (or `port` on another loopback `address`); close() also drops open connections. */
export async function listenOnLoopback(server: Server, address = LOOPBACK, port = 0): Promise<Listening> {
  const sockets = new Set<Socket>()
  server.on('connection', (socket: Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, address, () => resolve())
  })
  return {
    server,
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}

export interface TlsCounters {
  /** TCP connections the TLS server accepted. */
  connections: number
  /** SNI names the server was asked for, one entry per hello that carried SNI. */
  sniNames: string[]
  /** Handshakes that completed. */
  secure: number
  /** Connections that ended before a handshake completed (probes hang up after the server's first flight). */
  clientErrors: number
}

/** A TLS server serving `leaf` with `chain`, at security level 0 so SHA-1 chains can be served too. */
export async function startTlsServer(
  leaf: IssuedCertificate,
  chain: IssuedCertificate[],
  extra: TlsOptions = {},
): Promise<Listening & { counters: TlsCounters }> {
  const counters: TlsCounters = { connections: 0, sniNames: [], secure: 0, clientErrors: 0 }
  const server = createTlsServer({
    ciphers: 'DEFAULT@SECLEVEL=0',
    key: leaf.keyPem,
    cert: pemBundle(leaf, ...chain),
    SNICallback: (name, done) => {
      counters.sniNames.push(name)
      done(null, undefined)
    },
    ...extra,
  })
  server.on('connection', () => counters.connections++)
  server.on('secureConnection', (socket) => {
    counters.secure++
    socket.on('error', () => undefined)
    socket.end()
  })
  server.on('tlsClientError', () => counters.clientErrors++)
  return { ...(await listenOnLoopback(server)), counters }
}

/** What the tap saw a client send on one connection. */
export type TapConnection = { kind: 'silent' } | { kind: 'hello'; sni: string | undefined } | { kind: 'other'; firstByte: number }

/**
 * A TCP relay in front of `targetPort` that records what each client sends first: nothing (a bare
 * connect), or a ClientHello with or without SNI. It connects upstream only once the client speaks,
 * so the server behind it sees no bare connects.
 */
export async function startTap(targetPort: number): Promise<Listening & { seen(): TapConnection[] }> {
  const records: { bytes: Buffer[] }[] = []
  const server = createNetServer((client) => {
    const record = { bytes: [] as Buffer[] }
    records.push(record)
    let upstream: Socket | undefined
    client.on('error', () => undefined)
    client.on('data', (chunk: Buffer) => {
      record.bytes.push(chunk)
      if (!upstream) {
        upstream = connect(targetPort, LOOPBACK)
        upstream.on('error', () => client.destroy())
        upstream.on('data', (answer: Buffer) => client.write(answer))
        upstream.on('close', () => client.destroy())
      }
      upstream.write(chunk)
    })
    client.on('close', () => upstream?.destroy())
  })
  const listening = await listenOnLoopback(server)
  return { ...listening, seen: () => records.map((r) => classify(Buffer.concat(r.bytes))) }
}

function classify(sent: Buffer): TapConnection {
  if (sent.length === 0) return { kind: 'silent' }
  if (sent[0] !== 0x16 || sent[5] !== 0x01) return { kind: 'other', firstByte: sent[0] ?? -1 }
  return { kind: 'hello', sni: serverNameOf(sent) }
}

/** The host_name of a ClientHello's server_name extension (RFC 6066 3), read from the first record. */
function serverNameOf(record: Buffer): string | undefined {
  let at = 5 + 4 + 2 + 32
  at += 1 + record.readUInt8(at)
  at += 2 + record.readUInt16BE(at)
  at += 1 + record.readUInt8(at)
  const end = at + 2 + record.readUInt16BE(at)
  at += 2
  while (at + 4 <= end) {
    const type = record.readUInt16BE(at)
    const length = record.readUInt16BE(at + 2)
    if (type === 0) {
      const nameLength = record.readUInt16BE(at + 4 + 2 + 1)
      return record.subarray(at + 4 + 2 + 1 + 2, at + 4 + 2 + 1 + 2 + nameLength).toString('ascii')
    }
    at += 4 + length
  }
  return undefined
}

/** For a test file: an authority made before its tests, and every tracked server closed after them. */
export function serverFixture(organization?: string): {
  readonly ca: TestAuthority
  track<T extends Listening>(listening: Promise<T>): Promise<T>
} {
  let ca: TestAuthority | undefined
  const running: Listening[] = []
  beforeAll(() => {
    ca = createAuthority(organization)
  })
  afterAll(async () => {
    await Promise.all(running.map((r) => r.close()))
    ca?.cleanup()
  })
  return {
    get ca() {
      if (!ca) throw new Error('the authority exists only once the tests run')
      return ca
    },
    async track(listening) {
      const started = await listening
      running.push(started)
      return started
    },
  }
}

import { createServer as createHttpServer } from 'node:http'
import { createServer as createNetServer, type Server } from 'node:net'
import { createSecureContext, createServer as createTlsServer, type TlsOptions } from 'node:tls'
import { pemBundle } from './pki.js'
import { issueLeaf, type LabAuthorities } from './pki-lab.js'
import type { Scenario, TlsBehaviour } from './scenario.js'
import { suite } from '../edges/suites.js'
import { createRawTlsServer } from './raw-tls-server.js'
import { openSslOptions } from './tls-limits.js'
import { startHttpOrigin } from './http-servers.js'

export const LAB_ADDRESS = '127.0.0.1'

export interface RunningOrigin {
  scenario: Scenario
  address: string
  port: number
  close(): Promise<void>
}

/** Starts one planted origin on loopback, listening on a port of the system's choosing. */
export async function startOrigin(scenario: Scenario, ca: LabAuthorities): Promise<RunningOrigin> {
  if (scenario.http) return startHttpOrigin(scenario, ca)
  const server = createServerFor(scenario.tls, ca)
  if (!server) {
    // Nothing may listen here: take a free port, then release it so connections are refused.
    const port = await freePort()
    return { scenario, address: LAB_ADDRESS, port, close: async () => {} }
  }
  const port = await listen(server)
  return { scenario, address: LAB_ADDRESS, port, close: () => closeServer(server) }
}

function createServerFor(behaviour: TlsBehaviour, ca: LabAuthorities): Server | undefined {
  const answer = 'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 3\r\nConnection: close\r\n\r\nok\n'
  switch (behaviour.kind) {
    case 'none':
      return undefined
    case 'plain-http':
      return createHttpServer((_, res) => res.end('plain http\n'))
    case 'chain':
    case 'client-certificate-required': {
      const issued = issueLeaf(behaviour.certificate, ca)
      const order = behaviour.kind === 'chain' ? (behaviour.order ?? 'as-issued') : 'as-issued'
      const served =
        order === 'leaf-only'
          ? [issued.leaf]
          : order === 'root-before-intermediate' && issued.root
            ? [issued.leaf, issued.root, ...issued.chain]
            : [issued.leaf, ...issued.chain]
      const options: TlsOptions = { key: issued.leaf.keyPem, cert: pemBundle(...served) }
      if (behaviour.kind === 'client-certificate-required')
        Object.assign(options, { requestCert: true, rejectUnauthorized: true, ca: ca.root.pem })
      if (behaviour.kind === 'chain' && behaviour.openssl) Object.assign(options, openSslOptions(behaviour.openssl))
      return tlsAnswering(options, answer)
    }
    case 'raw-suites': {
      const issued = issueLeaf(behaviour.certificate, ca)
      const cipherSuites = behaviour.suites.map((name) => suite(name).code)
      return createRawTlsServer({
        versions: behaviour.versions,
        cipherSuites,
        certificates: [issued.leaf, ...issued.chain].map((c) => c.der),
      })
    }
    case 'sni-dependent': {
      const named = issueLeaf(behaviour.certificate, ca)
      const fallback = issueLeaf(behaviour.withoutSni, ca)
      const namedContext = createSecureContext({
        ciphers: 'DEFAULT@SECLEVEL=0',
        key: named.leaf.keyPem,
        cert: pemBundle(named.leaf, ...named.chain),
      })
      const wanted = new Set(behaviour.certificate.names)
      return tlsAnswering(
        {
          key: fallback.leaf.keyPem,
          cert: pemBundle(fallback.leaf, ...fallback.chain),
          SNICallback: (name, done) => done(null, wanted.has(name) ? namedContext : undefined),
        },
        answer,
      )
    }
  }
}

function tlsAnswering(options: TlsOptions, answer: string): Server {
  // Security level 0: the lab must be able to serve what OpenSSL 3 refuses by default (SHA-1 chains).
  const server = createTlsServer({ ciphers: 'DEFAULT@SECLEVEL=0', ...options }, (socket) => {
    socket.on('error', () => {})
    socket.once('data', () => socket.end(answer))
  })
  // Probes hang up mid-handshake on purpose; that is not the lab's error.
  server.on('tlsClientError', () => {})
  return server
}

function listen(server: Server, address = LAB_ADDRESS): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, address, () => {
      const bound = server.address()
      resolve(typeof bound === 'object' && bound ? bound.port : 0)
    })
  })
}

async function freePort(): Promise<number> {
  const server = createNetServer()
  const port = await listen(server)
  await closeServer(server)
  return port
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve())
    ;(server as Server & { closeAllConnections?: () => void }).closeAllConnections?.()
  })
}

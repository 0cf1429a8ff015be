/** Loopback servers that answer an HTTP request with whatever bytes a test scripts. */
import { createServer, type Server, type Socket } from 'node:net'
import { createServer as createTlsServer } from 'node:tls'
import { pemBundle, type IssuedCertificate } from '../../../src/lab/pki.js'
import { listenOnLoopback, type Listening } from '../engine/servers.js'

export { LOOPBACK } from '../engine/servers.js'

/** Called once per complete request head; `socket` is the connection to answer on. */
export type Answer = (socket: Socket, request: string) => void

export interface ScriptedServer extends Listening {
  /** Every request head received, in order. */
  requests: string[]
  /** SNI names asked for (TLS servers). */
  servernames: (string | undefined)[]
}

function serve(answer: Answer, requests: string[]): (socket: Socket) => void {
  return (socket) => {
    socket.on('error', () => undefined)
    let pending = ''
    socket.on('data', (chunk: Buffer) => {
      pending += chunk.toString('latin1')
      for (let end = pending.indexOf('\r\n\r\n'); end >= 0; end = pending.indexOf('\r\n\r\n')) {
        const request = pending.slice(0, end + 4)
        pending = pending.slice(end + 4)
        requests.push(request)
        answer(socket, request)
      }
    })
  }
}

export async function startScripted(answer: Answer): Promise<ScriptedServer> {
  const requests: string[] = []
  const server: Server = createServer(serve(answer, requests))
  return { ...(await listenOnLoopback(server)), requests, servernames: [] }
}

export async function startScriptedTls(answer: Answer, leaf: IssuedCertificate, chain: IssuedCertificate[]): Promise<ScriptedServer> {
  const requests: string[] = []
  const servernames: (string | undefined)[] = []
  const server = createTlsServer({ key: leaf.keyPem, cert: pemBundle(leaf, ...chain) }, (socket) => {
    servernames.push((socket as unknown as { servername?: string | false }).servername || undefined)
    serve(answer, requests)(socket)
  })
  server.on('tlsClientError', () => undefined)
  return { ...(await listenOnLoopback(server)), requests, servernames }
}

/** Writes `bytes` one a second until the client goes. */
export function drip(bytes: string): Answer {
  return (socket) => {
    let at = 0
    const next = () => {
      if (socket.destroyed || at >= bytes.length) return
      socket.write(bytes[at++] ?? '')
      setTimeout(next, 1000).unref()
    }
    next()
  }
}

export const OK = 'HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nok\n'

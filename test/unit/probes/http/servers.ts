/** Loopback servers that answer an HTTP request with whatever bytes a test scripts. */
import { createServer, type Server, type Socket } from 'node:net'
import { createServer as createTlsServer } from 'node:tls'
import { pemBundle, type IssuedCertificate } from '../../../../src/lab/pki.js'
import { LOOPBACK, listenOnLoopback, type Listening } from '../../engine/servers.js'

export { LOOPBACK }

/** Called once per complete request head; `socket` is the connection to answer on. */
export type Answer = (socket: Socket, request: string) => void

export interface ScriptedServer extends Listening {
  /** Every request head received, in order. */
  requests: string[]
  /** SNI names asked for (TLS servers). */
  servernames: (string | undefined)[]
}

export interface ScriptedOptions {
  /** A loopback address; default 127.0.0.1. */
  address?: string
  /** 0 (default): any free port. */
  port?: number
  /** Serve TLS with this leaf and chain. */
  tls?: { leaf: IssuedCertificate; chain: IssuedCertificate[] }
}

export async function startScripted(answer: Answer, options: ScriptedOptions = {}): Promise<ScriptedServer> {
  const requests: string[] = []
  const servernames: (string | undefined)[] = []
  const handle = (socket: Socket): void => {
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
  let server: Server
  if (options.tls) {
    const { leaf, chain } = options.tls
    server = createTlsServer({ key: leaf.keyPem, cert: pemBundle(leaf, ...chain) }, (socket) => {
      servernames.push((socket as unknown as { servername?: string | false }).servername || undefined)
      handle(socket)
    })
    server.on('tlsClientError', () => undefined)
  } else {
    server = createServer(handle)
  }
  return { ...(await listenOnLoopback(server, options.address, options.port)), requests, servernames }
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

/** Writes `head`, then `chunk` every `everyMs` until the client goes. */
export function endless(head: string, chunk: string, everyMs: number): Answer {
  return (socket) => {
    socket.write(head)
    const timer = setInterval(() => (socket.destroyed ? clearInterval(timer) : socket.write(chunk)), everyMs)
  }
}

export const OK = 'HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nok\n'

import { startDeadline, type Deadline } from '../deadline.js'
import { connect, type Socket } from 'node:net'
import type { TlsHelloFailure, TlsHelloResult, TlsHelloSuccess } from './types.js'
import { buildClientHello, type ClientHelloSpec } from './client-hello.js'
import { MAX_HANDSHAKE_BYTES, TlsRecordReader } from './records.js'
import { ServerFlight } from './server-flight.js'

export interface TlsProbeTarget {
  address: string
  port: number
  /** A connection to the target already open and unused (the bare connect's): the hello goes over it. */
  socket?: Socket
}

export interface TlsProbeLimits {
  connectTimeoutMs: number
  /** One deadline for the server's whole first flight, counted from the connect; data does not extend it. */
  readTimeoutMs: number
  /** Total bytes accepted from the server. */
  maxBytes?: number
}

/** The handshake budget plus room for record headers and stray records. */
export const DEFAULT_MAX_BYTES = MAX_HANDSHAKE_BYTES + 64 * 1024

/**
 * Sends one ClientHello over a plain TCP socket and reports what the server chose. No TLS library is
 * involved, so suites and versions that Node's OpenSSL refuses can be offered too. Never throws and
 * never rejects: every failure is a result.
 */
export function probeTlsHello(target: TlsProbeTarget, spec: ClientHelloSpec, limits: TlsProbeLimits): Promise<TlsHelloResult> {
  const started = performance.now()
  const context = { address: target.address, port: target.port, sni: spec.sni, offered: spec.version }

  return new Promise((resolve) => {
    // A connection handed over is this probe's from the start: any early finish must close it.
    let socket: Socket | undefined = target.socket
    let timer: Deadline | undefined
    let settled = false
    let connected = false
    let received = 0

    const finish = (outcome: TlsHelloSuccess | TlsHelloFailure): void => {
      if (settled) return
      settled = true
      timer?.cancel()
      socket?.destroy()
      resolve({ ...outcome, ...context, ms: Math.round(performance.now() - started) })
    }

    let hello: Buffer
    try {
      hello = buildClientHello(spec)
    } catch (error) {
      finish({ ok: false, kind: 'malformed', error: `cannot build the ClientHello: ${message(error)}` })
      return
    }

    const reader = new TlsRecordReader()
    const flight = new ServerFlight()
    const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES

    const onData = (chunk: Buffer): void => {
      received += chunk.length
      if (received > maxBytes) {
        finish({ ok: false, kind: 'too-large', error: `server sent more than ${maxBytes} bytes` })
        return
      }
      const { messages, failure } = reader.push(chunk)
      for (const tlsMessage of messages) {
        const outcome = flight.accept(tlsMessage)
        if (outcome) return finish(outcome)
      }
      if (failure) finish({ ok: false, ...failure })
    }

    const onError = (error: NodeJS.ErrnoException): void => {
      if (!connected) {
        finish({ ok: false, kind: 'connect', error: message(error) })
      } else if (error.code === 'ECONNRESET' || error.code === 'ECONNABORTED') {
        finish({ ok: false, kind: 'reset', error: `connection reset after ${received} bytes` })
      } else {
        finish({ ok: false, kind: 'closed', error: message(error) })
      }
    }

    const onClosed = (): void => {
      finish({ ok: false, kind: 'closed', error: `closed by the server after ${received} bytes` })
    }

    const onConnect = (): void => {
      connected = true
      timer?.cancel()
      timer = startDeadline(limits.readTimeoutMs, () => {
        const error = `no complete answer within ${limits.readTimeoutMs} ms (${received} bytes received)`
        finish({ ok: false, kind: 'timeout', error })
      })
      socket?.write(hello)
    }

    if (socket) {
      onConnect()
    } else {
      try {
        socket = connect({ host: target.address, port: target.port })
      } catch (error) {
        finish({ ok: false, kind: 'connect', error: message(error) })
        return
      }
      timer = startDeadline(limits.connectTimeoutMs, () => {
        finish({ ok: false, kind: 'connect', error: `no connection within ${limits.connectTimeoutMs} ms` })
      })
      socket.on('connect', onConnect)
    }
    socket.on('data', onData)
    socket.on('error', onError)
    socket.on('end', onClosed)
    socket.on('close', onClosed)
  })
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

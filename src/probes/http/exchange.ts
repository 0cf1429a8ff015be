/**
 * One HTTP/1.1 exchange made the way the edge makes it: TCP, TLS with the edge's SNI where the port is
 * HTTPS, one request with `Connection: keep-alive`, the response read strictly, then the idle connection
 * watched to see when the origin closes it. Never throws: every failure is part of the observation.
 *
 * Bounded: the connect has its own deadline; the handshake, the whole response and the idle watch share
 * one deadline of `readTimeoutMs` from the connect, so a slow-drip origin costs at most that.
 */
import { startDeadline, type Deadline } from '../deadline.js'
import { connect as connectTcp, type Socket } from 'node:net'
import { connect as connectTls, createSecureContext, type SecureContext } from 'node:tls'
import { Evidence } from './evidence.js'
import { ResponseReader, type EndCause } from './reader.js'
import { buildRequest, type HttpRequestSpec } from './request.js'
import type { HttpDefect, HttpExchangeObservation, HttpKeepAlive, HttpTimings } from './types.js'

export interface HttpTarget {
  address: string
  port: number
  /** SNI for TLS; absent: plain HTTP. */
  servername?: string
  /** A connection to the target already open and unused (the bare connect's), and how long its connect took. */
  connected?: { socket: Socket; connectMs: number }
}

export interface HttpExchangeLimits {
  connectTimeoutMs: number
  /** One deadline, from the connect, for the TLS handshake, the response and the idle watch. */
  readTimeoutMs: number
  /** How long a reusable idle connection is watched after the response (within the deadline). */
  idleWatchMs: number
  maxBodyBytes?: number
}

export interface HttpExchangeResult {
  observation: HttpExchangeObservation
  /** The Location header as sent, to follow a redirect (the observation carries it escaped). */
  location?: string
}

/** What is known once the response is in: enough to start following a redirect while the connection idles. */
export interface HttpResponded {
  status?: number
  location?: string
}

export interface HttpExchange {
  /** Settles once the response is complete or failed: from then on the connection only waits. */
  responded: Promise<HttpResponded>
  /** Settles when everything is over, idle watch included. */
  done: Promise<HttpExchangeResult>
}

/** After a response that closes the connection (or once stray bytes arrive), how long to look for more bytes. */
const EXCESS_WINDOW_MS = 300
const EXCESS_GRACE_MS = 50

export function startHttpExchange(
  target: HttpTarget,
  request: HttpRequestSpec,
  limits: HttpExchangeLimits,
  secrets: readonly string[],
): HttpExchange {
  let markResponded: (info: HttpResponded) => void = () => undefined
  const responded = new Promise<HttpResponded>((resolve) => (markResponded = resolve))
  const done = new Promise<HttpExchangeResult>((resolve) => {
    const started = performance.now()
    const since = (t: number) => Math.round(performance.now() - t)
    const reader = new ResponseReader(request.method, new Evidence(secrets), limits.maxBodyBytes)
    const timings: HttpTimings = { totalMs: 0 }
    const failures: HttpDefect[] = []
    let raw: Socket | undefined
    let socket: Socket | undefined
    let timer: Deadline | undefined
    let deadline = Number.POSITIVE_INFINITY
    let requestAt = started
    let respondedAt: number | undefined
    let lastDataAt: number | undefined
    let keepAlive: HttpKeepAlive | undefined
    let settled = false
    const respond = (): void => {
      const info: HttpResponded = {}
      if (reader.head) info.status = reader.head.status
      if (reader.location !== undefined) info.location = reader.location
      markResponded(info)
    }

    const finish = (end?: EndCause): void => {
      if (settled) return
      settled = true
      timer?.cancel()
      socket?.destroy()
      raw?.destroy()
      // Again after the watch: stray header lines may have arrived late.
      reader.end(respondedAt === undefined ? end : undefined)
      respond()
      timings.totalMs = since(started)
      resolve(result())
    }

    const result = (): HttpExchangeResult => {
      const observation: HttpExchangeObservation = {
        address: target.address,
        port: target.port,
        tls: target.servername !== undefined,
        host: request.host,
        method: request.method,
        path: request.path,
        interim: reader.interim,
        bodyBytes: reader.bodyBytes,
        defects: [...failures, ...reader.defects],
        persistent: reader.persistent,
        timings,
      }
      if (reader.head) observation.head = reader.head
      if (reader.framing) observation.framing = reader.framing
      if (keepAlive) observation.keepAlive = { ...keepAlive }
      return reader.location === undefined ? { observation } : { observation, location: reader.location }
    }

    const failBelowHttp = (stage: 'connect' | 'tls', failure: { afterMs: number } | { error: string }): void => {
      const problem =
        'error' in failure ? (stage === 'connect' ? 'connect-error' : 'tls-error') : stage === 'connect' ? 'connect-timeout' : 'tls-timeout'
      failures.push({ kind: 'no-response', stage, problem, ...failure })
      finish()
    }

    const wait = (until: number, then: () => void): void => {
      timer?.cancel()
      timer = startDeadline(Math.max(0, until - performance.now()), then)
    }

    /** The response ended where announced: watch the connection for stray bytes and for the origin closing it. */
    const watchIdle = (): void => {
      respondedAt = performance.now()
      timings.responseMs = Math.round(respondedAt - requestAt)
      reader.end()
      respond()
      const reusable = reader.persistent && reader.defects.length === 0
      const watchFor = reusable ? limits.idleWatchMs : EXCESS_WINDOW_MS
      if (reusable) {
        keepAlive = { watchedMs: 0 }
        if (reader.announcedTimeoutMs !== undefined) keepAlive.announcedTimeoutMs = reader.announcedTimeoutMs
      }
      wait(Math.min(deadline, respondedAt + watchFor), () => {
        if (keepAlive) keepAlive.watchedMs = since(respondedAt ?? started)
        finish()
      })
    }

    const onData = (chunk: Buffer): void => {
      lastDataAt = performance.now()
      if (timings.firstByteMs === undefined) timings.firstByteMs = since(started)
      const wasDone = reader.phase === 'done'
      reader.push(chunk)
      if (wasDone) {
        // Bytes on an idle connection: the next request would read them as its response.
        keepAlive = undefined
        wait(Math.min(deadline, performance.now() + EXCESS_GRACE_MS), () => finish())
      } else if (reader.phase === 'done') {
        watchIdle()
        if (reader.defects.some((d) => d.kind === 'body-exceeds-content-length' || d.kind === 'after-last-chunk')) {
          keepAlive = undefined
          wait(Math.min(deadline, performance.now() + EXCESS_GRACE_MS), () => finish())
        }
      } else if (reader.phase === 'failed' || reader.phase === 'stopped') {
        finish()
      }
    }

    const onEnd = (cause: 'closed' | 'reset'): void => {
      if (settled) return // our own destroy() after the end
      if (respondedAt !== undefined && keepAlive) {
        keepAlive.closedAfterMs = since(respondedAt)
        keepAlive.watchedMs = keepAlive.closedAfterMs
      }
      finish(respondedAt === undefined ? { cause } : undefined)
    }

    const sendRequest = (s: Socket): void => {
      socket = s
      requestAt = performance.now()
      deadline = performance.now() + limits.readTimeoutMs - (timings.tlsMs ?? 0)
      wait(deadline, () => {
        const end: EndCause = { cause: 'timeout', afterMs: limits.readTimeoutMs }
        if (lastDataAt !== undefined) end.quietMs = since(lastDataAt)
        finish(end)
      })
      s.on('data', onData)
      s.on('end', () => onEnd('closed'))
      s.on('close', () => onEnd('closed'))
      s.on('error', (error: NodeJS.ErrnoException) => onEnd(error.code === 'ECONNRESET' ? 'reset' : 'closed'))
      s.write(buildRequest(request))
    }

    const onConnect = (tcp: Socket, connectMs: number): void => {
      timings.connectMs = connectMs
      tcp.removeAllListeners('error')
      if (target.servername === undefined) return sendRequest(tcp)
      // From here the TLS socket reports what happens to the connection.
      tcp.on('error', () => undefined)
      const tlsStarted = performance.now()
      wait(tlsStarted + limits.readTimeoutMs, () => failBelowHttp('tls', { afterMs: limits.readTimeoutMs }))
      // Certificates are judged by the certificate check; this connection only carries the request.
      const secure = connectTls({ socket: tcp, servername: target.servername, rejectUnauthorized: false, secureContext: exchangeContext() })
      socket = secure
      secure.on('error', (error) => failBelowHttp('tls', { error: messageOf(error) }))
      secure.once('secureConnect', () => {
        timings.tlsMs = since(tlsStarted)
        secure.removeAllListeners('error')
        sendRequest(secure)
      })
    }

    if (target.connected) {
      raw = target.connected.socket
      return onConnect(raw, target.connected.connectMs)
    }
    try {
      raw = connectTcp({ host: target.address, port: target.port })
    } catch (error) {
      return failBelowHttp('connect', { error: messageOf(error) })
    }
    wait(performance.now() + limits.connectTimeoutMs, () => failBelowHttp('connect', { afterMs: limits.connectTimeoutMs }))
    raw.on('error', (error) => failBelowHttp('connect', { error: messageOf(error) }))
    const connecting = raw
    raw.once('connect', () => onConnect(connecting, since(started)))
  })
  return { responded, done }
}

let sharedContext: SecureContext | undefined

/** One TLS context for every exchange: building one per connection costs more than the handshake's own work. */
function exchangeContext(): SecureContext {
  return (sharedContext ??= createSecureContext({ ciphers: 'DEFAULT@SECLEVEL=0', minVersion: 'TLSv1' }))
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

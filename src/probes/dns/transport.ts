import { randomInt } from 'node:crypto'
import { createSocket } from 'node:dgram'
import { startDeadline } from '../deadline.js'
import { isIP, Socket } from 'node:net'
import { decodeResponse, type Question } from './wire.js'
import type { DnsFailure, DnsResponse, DnsTarget } from './types.js'

/** The largest DNS message either transport can carry; nothing bigger is read. */
export const MESSAGE_BUDGET = 65_535

export type Received = { ok: true; response: DnsResponse } | { ok: false; failure: DnsFailure }

const NO_ROUTE = new Set(['EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL', 'EAFNOSUPPORT'])

function failureOf(error: NodeJS.ErrnoException, transport: string): DnsFailure {
  const code = error.code ?? 'EUNKNOWN'
  if (code === 'ECONNREFUSED') return { kind: 'refused', detail: `${transport}: ${code}` }
  if (NO_ROUTE.has(code)) return { kind: 'unreachable', detail: `${transport}: ${code}` }
  if (code === 'ECONNRESET' || code === 'EPIPE') return { kind: 'closed', detail: `${transport}: ${code}` }
  return { kind: 'unreachable', detail: `${transport}: ${code} ${error.message}` }
}

/** The first result wins; later events (a late datagram, the close after an error) change nothing. */
function settleOnce(resolve: (result: Received) => void, cleanup: () => void): (result: Received) => void {
  let settled = false
  return (result) => {
    if (settled) return
    settled = true
    cleanup()
    resolve(result)
  }
}

/** How long a name server's socket stays open with nothing in flight, for the next question to reuse. */
const UDP_IDLE_MS = 500
/**
 * Questions in flight on one socket: their answers, arriving together, must fit the socket's receive
 * buffer (about 200 KB by default on Linux, with a kernel overhead of a kilobyte or two per datagram).
 */
const UDP_PER_SOCKET = 32

interface PendingQuery {
  question: Question
  /** A datagram with this query's id: the answer, or a mismatch to note. */
  receive(message: Buffer): void
  fail(failure: DnsFailure): void
}

/**
 * A connected UDP socket to one name server, shared by up to 32 questions in flight: a thousand origins
 * in a few zones ask the same servers thousands of times, and a socket per question cost more than the
 * question. Datagrams go to the question with their id (ids are unique among those in flight on the
 * socket); an error on the socket (ICMP port unreachable, say) is every question's answer, and the
 * socket is replaced. Closed once idle.
 */
class UdpChannel {
  private readonly pending = new Map<number, PendingQuery>()
  private readonly socket
  private readonly connected: Promise<void>
  private idle: NodeJS.Timeout | undefined
  private closed = false

  constructor(
    readonly target: DnsTarget,
    private readonly onClose: () => void,
  ) {
    this.socket = createSocket(isIP(target.address) === 6 ? 'udp6' : 'udp4')
    // The deadlines of the questions in flight keep the process alive, not an idle socket.
    this.socket.unref()
    this.socket.on('error', (error) => this.close(failureOf(error, 'udp')))
    this.socket.on('message', (message: Buffer) => {
      if (message.length < 2) return
      this.pending.get(message.readUInt16BE(0))?.receive(message)
    })
    // A connected socket hears ICMP port unreachable as ECONNREFUSED instead of waiting out the deadline.
    // With a callback, a failed connect (EACCES for a broadcast address, say) is no 'error' event: it is
    // the callback's argument, and every question waiting on the socket fails with it.
    this.connected = new Promise((resolve) => {
      try {
        // Node passes the error to the callback; its type declarations leave the argument out.
        this.socket.connect(target.port, target.address, (...result: unknown[]) => {
          const error = result[0] as NodeJS.ErrnoException | null | undefined
          if (error) this.close(failureOf(error, 'udp'))
          resolve()
        })
      } catch (error) {
        queueMicrotask(() => this.close(failureOf(error as NodeJS.ErrnoException, 'udp')))
        resolve()
      }
    })
    // Closed if no question ever arrives (the query failed to encode, say); `ask` disarms it.
    this.idle = setTimeout(() => this.close(), UDP_IDLE_MS).unref()
  }

  get room(): boolean {
    return !this.closed && this.pending.size < UDP_PER_SOCKET
  }

  /** An id no question in flight on this socket uses. */
  freeId(): number {
    for (;;) {
      const id = randomInt(0, 65_536)
      if (!this.pending.has(id)) return id
    }
  }

  ask(id: number, query: Buffer, pending: PendingQuery): () => void {
    clearTimeout(this.idle)
    this.pending.set(id, pending)
    void this.connected.then(() => {
      if (this.closed) return
      try {
        this.socket.send(query)
      } catch (error) {
        this.close(failureOf(error as NodeJS.ErrnoException, 'udp'))
      }
    })
    return () => {
      if (this.pending.get(id) !== pending) return
      this.pending.delete(id)
      if (this.pending.size === 0 && !this.closed) this.idle = setTimeout(() => this.close(), UDP_IDLE_MS).unref()
    }
  }

  private close(failure?: DnsFailure): void {
    if (this.closed) return
    this.closed = true
    clearTimeout(this.idle)
    this.onClose()
    const waiting = [...this.pending.values()]
    this.pending.clear()
    if (failure) for (const query of waiting) query.fail(failure)
    this.socket.close()
  }
}

const channels = new Map<string, UdpChannel[]>()

function channelFor(target: DnsTarget): UdpChannel {
  const key = `${target.address}|${target.port}`
  const open = channels.get(key) ?? []
  const free = open.find((channel) => channel.room)
  if (free) return free
  const made: UdpChannel = new UdpChannel(target, () => {
    const left = (channels.get(key) ?? []).filter((channel) => channel !== made)
    if (left.length > 0) channels.set(key, left)
    else channels.delete(key)
  })
  channels.set(key, [...open, made])
  return made
}

/**
 * One datagram out, the first matching datagram back. `encode` makes the query for the id it is given.
 * Answers with another id or question are ignored (they may be spoofed or late), so they only cost the
 * wait; the deadline bounds it.
 */
export function udpExchange(target: DnsTarget, encode: (id: number) => Buffer, question: Question, timeoutMs: number): Promise<Received> {
  const channel = channelFor(target)
  const id = channel.freeId()
  const query = encode(id)
  return new Promise((resolve) => {
    let lastMismatch: string | undefined
    const finish = settleOnce(resolve, () => {
      timer.cancel()
      done()
    })
    const timer = startDeadline(timeoutMs, () => {
      const detail = `udp: no answer within ${timeoutMs} ms${lastMismatch ? ` (ignored a mismatched answer: ${lastMismatch})` : ''}`
      finish({ ok: false, failure: { kind: 'timeout', detail } })
    })
    const done = channel.ask(id, query, {
      question,
      fail: (failure) => finish({ ok: false, failure }),
      receive: (message) => {
        if (message.length > MESSAGE_BUDGET)
          return finish({ ok: false, failure: { kind: 'too-large', detail: `udp: ${message.length} bytes` } })
        const decoded = decodeResponse(message, id, question)
        if (decoded.ok) return finish({ ok: true, response: decoded.response })
        if (decoded.reason === 'malformed') return finish({ ok: false, failure: { kind: 'malformed', detail: `udp: ${decoded.detail}` } })
        lastMismatch = decoded.detail
      },
    })
  })
}

/** One query over a fresh TCP connection (RFC 7766 framing: a two-byte length, then the message). */
export function tcpExchange(target: DnsTarget, query: Buffer, id: number, question: Question, timeoutMs: number): Promise<Received> {
  return new Promise((resolve) => {
    const socket = new Socket()
    const chunks: Buffer[] = []
    let received = 0
    const finish = settleOnce(resolve, () => {
      timer.cancel()
      socket.destroy()
    })
    const timer = startDeadline(timeoutMs, () =>
      finish({ ok: false, failure: { kind: 'timeout', detail: `tcp: no answer within ${timeoutMs} ms` } }),
    )
    socket.on('error', (error) => finish({ ok: false, failure: failureOf(error, 'tcp') }))
    socket.on('close', () => finish({ ok: false, failure: { kind: 'closed', detail: `tcp: closed after ${received} bytes` } }))
    socket.on('data', (chunk: Buffer) => {
      received += chunk.length
      if (received > MESSAGE_BUDGET + 2)
        return finish({ ok: false, failure: { kind: 'too-large', detail: `tcp: over ${MESSAGE_BUDGET + 2} bytes` } })
      chunks.push(chunk)
      const buffered = Buffer.concat(chunks)
      if (buffered.length < 2) return
      const length = buffered.readUInt16BE(0)
      if (buffered.length < length + 2) return
      const decoded = decodeResponse(buffered.subarray(2, length + 2), id, question)
      finish(
        decoded.ok
          ? { ok: true, response: decoded.response }
          : { ok: false, failure: { kind: 'malformed', detail: `tcp: ${decoded.detail}` } },
      )
    })
    socket.connect(target.port, target.address, () => {
      const length = Buffer.alloc(2)
      length.writeUInt16BE(query.length)
      socket.write(Buffer.concat([length, query]))
    })
  })
}

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

/**
 * One datagram out, the first matching datagram back. Answers with another id or question are ignored
 * (they may be spoofed or late), so they only cost the wait; the deadline bounds it.
 */
export function udpExchange(target: DnsTarget, query: Buffer, id: number, question: Question, timeoutMs: number): Promise<Received> {
  return new Promise((resolve) => {
    const socket = createSocket(isIP(target.address) === 6 ? 'udp6' : 'udp4')
    let lastMismatch: string | undefined
    const finish = settleOnce(resolve, () => {
      timer.cancel()
      socket.close()
    })
    const timer = startDeadline(timeoutMs, () => {
      const detail = `udp: no answer within ${timeoutMs} ms${lastMismatch ? ` (ignored a mismatched answer: ${lastMismatch})` : ''}`
      finish({ ok: false, failure: { kind: 'timeout', detail } })
    })
    socket.on('error', (error) => finish({ ok: false, failure: failureOf(error, 'udp') }))
    socket.on('message', (message) => {
      if (message.length > MESSAGE_BUDGET)
        return finish({ ok: false, failure: { kind: 'too-large', detail: `udp: ${message.length} bytes` } })
      const decoded = decodeResponse(message, id, question)
      if (decoded.ok) return finish({ ok: true, response: decoded.response })
      if (decoded.reason === 'malformed') return finish({ ok: false, failure: { kind: 'malformed', detail: `udp: ${decoded.detail}` } })
      lastMismatch = decoded.detail
    })
    // A connected socket hears ICMP port unreachable as ECONNREFUSED instead of waiting out the deadline.
    socket.connect(target.port, target.address, () => socket.send(query))
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

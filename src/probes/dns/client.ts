import { randomInt } from 'node:crypto'
import { tcpExchange, udpExchange, type Received } from './transport.js'
import { encodeQuery, type Question } from './wire.js'
import type { DnsExchange, DnsFailure, DnsTarget, DnsTransport } from './types.js'

export interface DnsClientOptions {
  /** Deadline of each attempt. */
  timeoutMs: number
  /** UDP attempts before falling back to TCP (each with a fresh id). */
  udpAttempts: number
  dnssec?: boolean
}

export const DEFAULT_DNS_TIMEOUT_MS = 2_000
export const DEFAULT_UDP_ATTEMPTS = 2

/**
 * Asks one server one question the way a resolver walking the delegation does: UDP first, again on a
 * timeout, then TCP when the answer is truncated or UDP never answered. Counts every query it sends.
 */
export class DnsClient {
  sent = 0
  constructor(readonly options: DnsClientOptions) {}

  async query(target: DnsTarget, question: Question, transport: DnsTransport = 'udp'): Promise<DnsExchange> {
    const started = performance.now()
    const ms = () => Math.round(performance.now() - started)
    let packets = 0
    const sent = () => packets
    if (transport === 'tcp') {
      const tcp = await this.attempt('tcp', target, question, () => packets++)
      return tcp.ok
        ? { ok: true, response: tcp.response, transport: 'tcp', ms: ms(), sent: sent() }
        : { ok: false, failure: tcp.failure, ms: ms(), sent: sent() }
    }
    let udpFailure: DnsFailure | undefined
    for (let attempt = 0; attempt < this.options.udpAttempts; attempt++) {
      const udp = await this.attempt('udp', target, question, () => packets++)
      if (udp.ok) {
        if (!udp.response.tc) return { ok: true, response: udp.response, transport: 'udp', ms: ms(), sent: sent() }
        const tcp = await this.attempt('tcp', target, question, () => packets++)
        if (tcp.ok) return { ok: true, response: tcp.response, transport: 'tcp', ms: ms(), sent: sent() }
        // The truncated answer is all there is: keep it, and say why nothing better came.
        return { ok: true, response: udp.response, transport: 'udp', ms: ms(), sent: sent(), tcpFailure: tcp.failure }
      }
      udpFailure = udp.failure
      // Refused or unroutable is definitive; only a timeout is worth another datagram.
      if (udp.failure.kind !== 'timeout') break
    }
    const tcp = await this.attempt('tcp', target, question, () => packets++)
    if (tcp.ok) return { ok: true, response: tcp.response, transport: 'tcp', ms: ms(), sent: sent(), ...(udpFailure ? { udpFailure } : {}) }
    return { ok: false, failure: udpFailure ?? tcp.failure, ms: ms(), sent: sent(), tcpFailure: tcp.failure }
  }

  private attempt(transport: DnsTransport, target: DnsTarget, question: Question, counted: () => void): Promise<Received> {
    this.sent++
    counted()
    const encode = (id: number) => encodeQuery(id, question, this.options.dnssec)
    if (transport === 'udp') return udpExchange(target, encode, question, this.options.timeoutMs)
    const id = randomInt(0, 65_536)
    return tcpExchange(target, encode(id), id, question, this.options.timeoutMs)
  }
}

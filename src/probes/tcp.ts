import { Socket } from 'node:net'
import type { TcpObservation, TcpOutcome } from './types.js'

const REFUSED = new Set(['ECONNREFUSED'])

/** One TCP connect, closed at once: open, refused, timed out, or unreachable. Never throws. */
export function probeTcp(address: string, port: number, timeoutMs: number): Promise<TcpObservation> {
  const started = performance.now()
  return new Promise((resolve) => {
    const socket = new Socket()
    let settled = false
    const finish = (outcome: TcpOutcome, errorCode?: string) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      socket.destroy()
      const observation: TcpObservation = { address, port, outcome, timeoutMs, ms: Math.round(performance.now() - started) }
      if (errorCode) observation.errorCode = errorCode
      resolve(observation)
    }
    const timer = setTimeout(() => finish('timeout', 'ETIMEDOUT'), timeoutMs)
    socket.once('connect', () => finish('open'))
    socket.once('error', (error: NodeJS.ErrnoException) => {
      const code = error.code ?? 'EUNKNOWN'
      if (REFUSED.has(code)) finish('refused', code)
      else if (code === 'ETIMEDOUT') finish('timeout', code)
      // EHOSTUNREACH, ENETUNREACH, ECONNRESET during connect, EADDRNOTAVAIL, ...
      else finish('unreachable', code)
    })
    try {
      socket.connect({ host: address, port })
    } catch (error) {
      finish('unreachable', (error as NodeJS.ErrnoException).code ?? 'EINVAL')
    }
  })
}

import { Socket } from 'node:net'
import { startDeadline } from './deadline.js'
import type { TcpAttemptFailure, TcpObservation, TcpOutcome } from './types.js'

const REFUSED = new Set(['ECONNREFUSED'])
/** What the edge retries: a connection refused or not answered. An unroutable address is not retried. */
const RETRIED = new Set<TcpOutcome>(['refused', 'timeout'])
/**
 * A deadline that fired this late (or later) says the event loop, not the peer, was slow: the attempt
 * proves nothing and is made again without counting against the edge's attempts, a few times at most.
 */
const STALLED_LATE_MS = 200
const MAX_STALLED = 2

interface Attempt {
  outcome: TcpOutcome
  errorCode?: string
  ms: number
  stalled: boolean
}

/**
 * TCP connects as the edge makes them: up to `attempts` (CloudFront's ConnectionAttempts), each within
 * `timeoutMs`, the next one made at once when one is refused or times out. The outcome is the first open
 * connection, else the last failure; the failures before it are kept (a later success after them is an
 * intermittent origin). Never throws. With `keep`, the open connection is handed over instead of closed,
 * so the probe that follows can use it rather than connect again.
 */
export async function probeTcp(
  address: string,
  port: number,
  timeoutMs: number,
  attempts = 1,
  keep?: (socket: Socket, connectMs: number) => void,
): Promise<TcpObservation> {
  const started = performance.now()
  const failures: TcpAttemptFailure[] = []
  let stalled = 0
  let last: Attempt | undefined
  let made = 0
  while (made < attempts) {
    last = await connectOnce(address, port, timeoutMs, keep)
    if (last.stalled && stalled < MAX_STALLED) {
      stalled++
      continue
    }
    made++
    if (last.outcome === 'open' || !RETRIED.has(last.outcome)) break
    if (made < attempts) failures.push(failureOf(last))
  }
  const observation: TcpObservation = {
    address,
    port,
    outcome: last!.outcome,
    timeoutMs,
    ms: Math.round(performance.now() - started),
    attempts: made,
    budget: attempts,
    failures,
  }
  if (last!.errorCode) observation.errorCode = last!.errorCode
  return observation
}

function failureOf(attempt: Attempt): TcpAttemptFailure {
  return attempt.errorCode
    ? { outcome: attempt.outcome, errorCode: attempt.errorCode, ms: attempt.ms }
    : { outcome: attempt.outcome, ms: attempt.ms }
}

/** One connect, closed at once unless it opened and `keep` takes it. */
function connectOnce(
  address: string,
  port: number,
  timeoutMs: number,
  keep?: (socket: Socket, connectMs: number) => void,
): Promise<Attempt> {
  const started = performance.now()
  return new Promise((resolve) => {
    const socket = new Socket()
    let settled = false
    const finish = (outcome: TcpOutcome, errorCode?: string, stalled = false) => {
      if (settled) return
      settled = true
      deadline.cancel()
      if (outcome === 'open' && keep) {
        socket.removeAllListeners('error')
        keep(socket, Math.round(performance.now() - started))
      } else socket.destroy()
      const attempt: Attempt = { outcome, ms: Math.round(performance.now() - started), stalled }
      if (errorCode) attempt.errorCode = errorCode
      resolve(attempt)
    }
    const deadline = startDeadline(timeoutMs, (late) => finish('timeout', 'ETIMEDOUT', late >= STALLED_LATE_MS))
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

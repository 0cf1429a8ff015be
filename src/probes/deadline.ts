/**
 * A probe's deadline that a busy event loop cannot turn into a false timeout. When the loop was blocked
 * (a thousand origins' worth of parsing), the timer and the socket's answer become due in the same turn,
 * and timers run first: the answer that did arrive in time would be read as a timeout. So the deadline
 * steps aside once (setImmediate runs after the poll phase has delivered pending I/O) before it expires.
 * `late` tells how long past its time the timer ran: a large value means the loop, not the peer, was slow.
 */
export interface Deadline {
  cancel(): void
}

export function startDeadline(ms: number, expire: (late: number) => void): Deadline {
  const due = performance.now() + ms
  let immediate: NodeJS.Immediate | undefined
  const timer = setTimeout(() => {
    const late = Math.max(0, performance.now() - due)
    immediate = setImmediate(() => expire(late))
  }, ms)
  return {
    cancel() {
      clearTimeout(timer)
      if (immediate) clearImmediate(immediate)
    },
  }
}

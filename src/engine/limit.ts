/** At most `max` tasks at once; the rest wait in order. */
export function createLimiter(max: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0
  const waiting: (() => void)[] = []
  const release = () => {
    running--
    waiting.shift()?.()
  }
  return async (task) => {
    if (running >= max) await new Promise<void>((resolve) => waiting.push(resolve))
    running++
    try {
      return await task()
    } finally {
      release()
    }
  }
}

/** Waits for `wait` without holding a place: the place is given up meanwhile and taken back after. */
export type Away = <T>(wait: Promise<T>) => Promise<T>

/**
 * Runs `work` over `items` with at most `max` in flight, keeping the input order in the result. A task
 * that only waits (an idle connection being watched) steps `away` so that others can run meanwhile.
 */
export async function mapLimited<T, R>(
  items: readonly T[],
  max: number,
  work: (item: T, index: number, away: Away) => Promise<R>,
): Promise<R[]> {
  let free = max
  const waiting: (() => void)[] = []
  const acquire = (): Promise<void> => {
    if (free > 0) {
      free--
      return Promise.resolve()
    }
    return new Promise((resolve) => waiting.push(resolve))
  }
  const release = (): void => {
    const next = waiting.shift()
    if (next) next()
    else free++
  }
  const away: Away = async (wait) => {
    release()
    try {
      return await wait
    } finally {
      await acquire()
    }
  }
  return Promise.all(
    items.map(async (item, index) => {
      await acquire()
      try {
        return await work(item, index, away)
      } finally {
        release()
      }
    }),
  )
}

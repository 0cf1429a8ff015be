/**
 * Runs a task within a limit. `first`: the task is on an origin's critical path (its connect, the HTTP
 * exchange whose keep-alive watch is the longest wait of all) and goes ahead of every waiting task that
 * is not; the rest (the suite enumeration's hellos) fill the time those waits leave.
 */
export type Limit = <T>(task: () => Promise<T>, first?: boolean) => Promise<T>

/** At most `max` tasks at once; the rest wait in order, the `first` ones ahead of the others. */
export function createLimiter(max: number): Limit {
  let running = 0
  const urgent: (() => void)[] = []
  const waiting: (() => void)[] = []
  const release = () => {
    running--
    ;(urgent.shift() ?? waiting.shift())?.()
  }
  return async (task, first = false) => {
    if (running >= max) await new Promise<void>((resolve) => (first ? urgent : waiting).push(resolve))
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

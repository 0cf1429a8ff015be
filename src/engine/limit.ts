/**
 * Runs a task within a limit. `first`: the task is on an origin's critical path (its connect, the HTTP
 * exchange whose keep-alive watch is the longest wait of all) and goes ahead of every waiting task that
 * is not; the rest (the suite enumeration's hellos) fill the time those waits leave.
 */
export type Limit = <T>(task: () => Promise<T>, first?: boolean) => Promise<T>

/**
 * At most `max` tasks at once, and at most `othersMax` of them not `first`; the rest wait in order, the
 * `first` ones ahead of the others. Keeping the others to a share leaves the event loop (and the places)
 * to the critical paths while they are busy: every origin's watch starts early and the others' work
 * overlaps it, instead of every origin waiting in one queue behind every other's enumeration.
 */
export function createLimiter(max: number, othersMax = max): Limit {
  let running = 0
  let others = 0
  const urgent: (() => void)[] = []
  const waiting: (() => void)[] = []
  // A place is taken on the task's behalf before it is woken, so no newcomer slips in between.
  const take = (first: boolean): void => {
    running++
    if (!first) others++
  }
  const wake = (): void => {
    while (running < max) {
      const first = urgent.length > 0
      if (!first && (waiting.length === 0 || others >= othersMax)) return
      take(first)
      ;(first ? urgent : waiting).shift()!()
    }
  }
  return async (task, first = false) => {
    const free = running < max && (first ? urgent.length === 0 : urgent.length === 0 && waiting.length === 0 && others < othersMax)
    if (free) take(first)
    else await new Promise<void>((resolve) => (first ? urgent : waiting).push(resolve))
    try {
      return await task()
    } finally {
      running--
      if (!first) others--
      wake()
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

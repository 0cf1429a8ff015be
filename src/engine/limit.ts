/**
 * Runs a task within a limit. `first`: the task is on an origin's critical path (its connect, the HTTP
 * exchange whose keep-alive watch is the longest wait of all) and goes ahead of every waiting task that
 * is not; the rest (the suite enumeration's hellos) fill the time those waits leave.
 */
export type Limit = <T>(task: () => Promise<T>, first?: boolean) => Promise<T>

export interface LimiterOptions {
  /** The most tasks not `first` at once (all `max` by default). */
  othersMax?: number
  /** While true, no task that is not `first` starts (those running go on); `wake()` when it turns false. */
  holdOthers?: () => boolean
  /** Called each time a task ends. */
  onRelease?: () => void
}

/** A `Limit` that can say how many tasks wait, and be told to look at its queue again. */
export type Limiter = Limit & { queued(): number; wake(): void }

/**
 * At most `max` tasks at once, and at most `othersMax` of them not `first`; the rest wait in order, the
 * `first` ones ahead of the others. Keeping the others to a share, or holding them while something more
 * pressing is queued elsewhere (`holdOthers`), leaves the event loop (and the places) to the critical
 * paths while they are busy: every origin's watch starts early and the others' work overlaps it, instead
 * of every origin waiting in one queue behind every other's enumeration.
 */
export function createLimiter(max: number, options: LimiterOptions = {}): Limiter {
  const othersMax = options.othersMax ?? max
  const held = options.holdOthers ?? (() => false)
  let running = 0
  let others = 0
  const urgent: (() => void)[] = []
  const waiting: (() => void)[] = []
  const othersMayStart = (): boolean => others < othersMax && !held()
  // A place is taken on the task's behalf before it is woken, so no newcomer slips in between.
  const take = (first: boolean): void => {
    running++
    if (!first) others++
  }
  const wake = (): void => {
    while (running < max) {
      const first = urgent.length > 0
      if (!first && (waiting.length === 0 || !othersMayStart())) return
      take(first)
      ;(first ? urgent : waiting).shift()!()
    }
  }
  const limit: Limit = async (task, first = false) => {
    const free = running < max && urgent.length === 0 && (first || (waiting.length === 0 && othersMayStart()))
    if (free) take(first)
    else await new Promise<void>((resolve) => (first ? urgent : waiting).push(resolve))
    try {
      return await task()
    } finally {
      running--
      if (!first) others--
      wake()
      options.onRelease?.()
    }
  }
  return Object.assign(limit, { queued: () => urgent.length + waiting.length, wake })
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

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

/** Runs `work` over `items` with at most `max` in flight, keeping the input order in the result. */
export async function mapLimited<T, R>(items: readonly T[], max: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const limit = createLimiter(max)
  return Promise.all(items.map((item, index) => limit(() => work(item, index))))
}

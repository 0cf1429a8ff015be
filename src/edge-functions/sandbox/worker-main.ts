/* eslint-disable
  @typescript-eslint/no-explicit-any,
  @typescript-eslint/no-unsafe-assignment,
  @typescript-eslint/no-unsafe-call,
  @typescript-eslint/no-unsafe-member-access,
  @typescript-eslint/no-unsafe-return,
  @typescript-eslint/no-unsafe-argument,
  @typescript-eslint/no-require-imports
  -- runs from its source text in another realm or thread: its values are untyped by nature */
/**
 * The worker's side: runs inside a worker thread started from this function's source text (so it works
 * the same from the TypeScript sources, the compiled files and the single bundled file). It builds a
 * node:vm context with no `require`, `process`, network or file system, no code generation from strings,
 * and its own microtask queue, so every entry into the function's code is bounded by the vm timeout.
 *
 * It must stay self-contained: no imports, no reference to anything outside its own body.
 */
export function sandboxWorkerMain(): void {
  const vm = require('node:vm')
  const nodeCrypto = require('node:crypto')
  const { parentPort, workerData } = require('node:worker_threads')
  const job: {
    prelude: string
    settings: string
    cloudFrontFunction: boolean
    scripts: Array<{ code: string; filename: string; lineOffset: number }>
    mainId: string
    loadTimeoutMs: number
  } = workerData

  const CF_ALGORITHMS = ['md5', 'sha1', 'sha256']
  function hostHash(algorithm: string, keyBase64: string, dataBase64: string, encoding: string): string {
    try {
      const name = String(algorithm).toLowerCase()
      if (job.cloudFrontFunction && !CF_ALGORITHMS.includes(name)) return '!Digest method not supported'
      const hash = keyBase64 ? nodeCrypto.createHmac(name, Buffer.from(keyBase64, 'base64')) : nodeCrypto.createHash(name)
      hash.update(Buffer.from(dataBase64, 'base64'))
      const digest: Buffer = hash.digest()
      const enc = ['hex', 'base64', 'base64url', 'latin1', 'binary'].includes(encoding) ? encoding : 'base64'
      return '=' + digest.toString(enc as BufferEncoding)
    } catch {
      return '!Digest method not supported'
    }
  }
  function hostRandom(bytes: number): string {
    try {
      return nodeCrypto.randomBytes(Math.max(0, Math.min(65536, Number(bytes) | 0))).toString('base64')
    } catch {
      return ''
    }
  }

  let context: any = null
  let loadError: any = null
  const hostTimers = new Map<number, any>()
  let timerFired: (() => void) | null = null
  const firedIds: number[] = []
  function hostTimer(id: number, ms: number): void {
    try {
      const key = Number(id)
      clearTimeout(hostTimers.get(key))
      hostTimers.delete(key)
      if (Number(ms) < 0) return
      hostTimers.set(
        key,
        setTimeout(
          () => {
            hostTimers.delete(key)
            firedIds.push(key)
            if (timerFired) timerFired()
          },
          Math.min(Number(ms), 2_147_483_647),
        ),
      )
    } catch {
      // never throw into the sandbox
    }
  }

  const stateScript = new vm.Script('__state()')
  const resultScript = new vm.Script('__result()')
  const runScript = new vm.Script('__run(globalThis.__eventJson, true)')
  /** Timing runs leave the event unwatched: the watch costs more than a small function. */
  const timedRunScript = new vm.Script('__run(globalThis.__eventJson, false)')
  const emptyScript = new vm.Script('void 0')

  function enter(script: any, timeoutMs: number): any {
    return script.runInContext(context, { timeout: Math.max(1, Math.ceil(timeoutMs)), breakOnSigint: false })
  }

  function describeHostError(error: any): any {
    const match = typeof error?.stack === 'string' ? /:(\d+)\s*$/m.exec(String(error.stack).split('\n')[0] ?? '') : null
    return {
      name: String(error?.name ?? 'Error'),
      message: String(error?.message ?? error).slice(0, 300),
      line: match ? Number(match[1]) : undefined,
    }
  }

  function load(): void {
    for (const id of hostTimers.keys()) clearTimeout(hostTimers.get(id))
    hostTimers.clear()
    firedIds.length = 0
    loadError = null
    context = vm.createContext(Object.create(null), {
      name: 'edge-function',
      codeGeneration: { strings: false, wasm: false },
      microtaskMode: 'afterEvaluate',
    })
    const prelude = new vm.Script(job.prelude, { filename: 'edge-sandbox.js' }).runInContext(context)
    prelude(job.settings, hostHash, hostRandom, hostTimer)
    try {
      for (const script of job.scripts) {
        const compiled = new vm.Script(script.code, { filename: script.filename, lineOffset: script.lineOffset })
        enter(compiled, job.loadTimeoutMs)
      }
      if (!job.cloudFrontFunction) enter(new vm.Script(`__start(${JSON.stringify(job.mainId)})`), job.loadTimeoutMs)
    } catch (error: any) {
      loadError = error?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT' ? { timeout: true } : describeHostError(error)
    }
  }

  /** Lets the sandbox's timers fire until it settles, nothing is left to run, or the deadline passes. */
  async function drive(deadline: number, done: () => boolean): Promise<'done' | 'idle' | 'timeout'> {
    for (;;) {
      if (done()) return 'done'
      if (hostTimers.size === 0 && firedIds.length === 0) return 'idle'
      const left = deadline - Date.now()
      if (left <= 0) return 'timeout'
      if (firedIds.length === 0) {
        await new Promise<void>((resolve) => {
          const guard = setTimeout(resolve, left)
          timerFired = () => {
            clearTimeout(guard)
            resolve()
          }
        })
        timerFired = null
      }
      const id = firedIds.shift()
      if (id === undefined) continue
      try {
        enter(new vm.Script(`__fire(${id})`), Math.max(1, deadline - Date.now()))
      } catch (error: any) {
        if (error?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return 'timeout'
        throw error
      }
    }
  }

  /** What entering the context costs with nothing to run (the vm's watchdog): not the function's time. */
  function entryCostMs(timeoutMs: number): number {
    let best = Infinity
    for (let i = 0; i < 3; i++) {
      const started = process.hrtime.bigint()
      enter(emptyScript, timeoutMs)
      best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e6)
    }
    return best
  }

  const state = () => JSON.parse(enter(stateScript, 1000))

  async function runOnce(eventJson: string, timeoutMs: number, watched: boolean): Promise<any> {
    const deadline = Date.now() + timeoutMs
    if (loadError) return loadError.timeout ? { outcome: 'timeout', phase: 'init' } : { outcome: 'init-threw', error: loadError }
    if (!state().initDone) {
      const init = await drive(deadline, () => state().initDone)
      if (init !== 'done') return { outcome: init === 'timeout' ? 'timeout' : 'never-settles', phase: 'init' }
    }
    context.__eventJson = eventJson
    const started = process.hrtime.bigint()
    try {
      enter(watched ? runScript : timedRunScript, timeoutMs)
    } catch (error: any) {
      if (error?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return { outcome: 'timeout', elapsedMs: timeoutMs }
      return { outcome: 'threw', error: describeHostError(error) }
    }
    const syncMs = Math.max(0, Number(process.hrtime.bigint() - started) / 1e6 - entryCostMs(timeoutMs))
    const driven = await drive(deadline, () => state().settled)
    const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6
    if (driven === 'timeout') return { outcome: 'timeout', elapsedMs }
    if (driven === 'idle') {
      const s = state()
      return { outcome: s.waitingForCallback ? 'returned-without-callback' : 'never-settles', elapsedMs }
    }
    return { ...JSON.parse(enter(resultScript, 1000)), syncMs, elapsedMs }
  }

  parentPort.on('message', async (message: { eventJson: string; timeoutMs: number; repeats: number; fresh: boolean; enoughMs: number }) => {
    try {
      if (context === null || message.fresh) load()
      const first = await runOnce(message.eventJson, message.timeoutMs, true)
      const durations: number[] = []
      // A compute budget is judged on the fastest of a few runs in the same context: the first pays for compiling.
      // A busy machine slows some runs: more are tried until one is clearly fast, or the tries run out.
      for (let i = 1; i < message.repeats && first.outcome === 'returned'; i++) {
        const again = await runOnce(message.eventJson, message.timeoutMs, false)
        if (typeof again.syncMs === 'number') durations.push(again.syncMs)
        if (i >= 3 && Math.min(...durations) < message.enoughMs) break
      }
      parentPort.postMessage({ ...first, durationsMs: durations.filter((d) => typeof d === 'number') })
    } catch (error: any) {
      parentPort.postMessage({ outcome: 'host-error', error: describeHostError(error) })
    }
  })
  parentPort.postMessage({ ready: true })
}

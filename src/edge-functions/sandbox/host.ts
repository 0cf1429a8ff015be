/**
 * The host's side of the sandbox: one worker thread per function, with memory limits, fed one request at
 * a time; a worker that outlives its request's budget (a loop the vm timeout could not stop) is
 * terminated. The worker runs from source text (`eval`), so no separate file has to be found at run
 * time, from the sources or from the bundle.
 */
import { Worker } from 'node:worker_threads'
import { sandboxPrelude } from './prelude.js'
import { sandboxWorkerMain } from './worker-main.js'

export interface SandboxScript {
  code: string
  /** The file name stack traces show: the function's file as reports show it. */
  filename: string
  lineOffset: number
}

export interface SandboxJob {
  settings: {
    kind: 'cloudfront-function' | 'lambda-edge'
    runtime: string
    /** Every file of the function's code, main first, as stack traces name them. */
    files: string[]
    handler: string
    kvs: Record<string, string> | null
    functionName: string
    memoryMb: number
  }
  scripts: SandboxScript[]
  mainId: string
  /** Heap limit of the worker. */
  memoryMb: number
  loadTimeoutMs: number
}

export interface SandboxRequest {
  eventJson: string
  /** The vm's own limit on each entry into the function's code. */
  timeoutMs: number
  /** Timing runs at most; they stop once the fastest is under `enoughMs`. */
  repeats: number
  enoughMs: number
  /** A new context for this request (CloudFront Functions keep no state between requests). */
  fresh: boolean
}

/** What one request did, as the worker saw it; `outcome` says which fields are set. */
export interface SandboxOutcome {
  outcome:
    | 'returned'
    | 'threw'
    | 'rejected'
    | 'callback-error'
    | 'init-threw'
    | 'no-handler'
    | 'unserialisable'
    | 'never-settles'
    | 'returned-without-callback'
    | 'timeout'
    | 'out-of-memory'
    | 'host-error'
  json?: string
  error?: { name: string; message: string; file?: string; line?: number; kvsMissingKey?: boolean; denied?: boolean }
  writes?: Array<{ op: 'set' | 'delete'; path: string[]; file?: string; line?: number }>
  calls?: Array<{ helper: string; file?: string; line?: number }>
  denied?: Array<{ capability: string; what: string; file?: string; line?: number }>
  kvsMissing?: string[]
  durationsMs?: number[]
  elapsedMs?: number
  phase?: 'init'
}

/**
 * Some TypeScript loaders wrap named functions in a `__name(fn, "name")` helper of the module; the text
 * runs away from its module, so it brings a harmless one.
 */
const NAME_HELPER =
  'var __name = function (target, value) { try { Object.defineProperty(target, "name", ' +
  '{ value: value, configurable: true }) } catch (e) {} return target };'
const WORKER_SOURCE = `${NAME_HELPER}(${sandboxWorkerMain.toString()})()`
const PRELUDE_SOURCE = `(function () { ${NAME_HELPER} return (${sandboxPrelude.toString()}) })()`
/** Time for the worker to answer after the vm's own timeout should have fired. */
const GRACE_MS = 2000

export class SandboxSession {
  private worker: Worker | null = null
  private ready: Promise<void> | null = null
  private pending: { resolve: (o: SandboxOutcome) => void } | null = null
  private exitOutcome: SandboxOutcome | null = null

  constructor(private readonly job: SandboxJob) {}

  private start(): Promise<void> {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        prelude: PRELUDE_SOURCE,
        settings: JSON.stringify(this.job.settings),
        cloudFrontFunction: this.job.settings.kind === 'cloudfront-function',
        scripts: this.job.scripts,
        mainId: this.job.mainId,
        loadTimeoutMs: this.job.loadTimeoutMs,
      },
      resourceLimits: { maxOldGenerationSizeMb: this.job.memoryMb, maxYoungGenerationSizeMb: 16, stackSizeMb: 4 },
      // The function's console goes nowhere: the sandbox counts its lines instead.
      stdout: true,
      stderr: true,
      env: {},
    })
    worker.stdout.resume()
    worker.stderr.resume()
    this.worker = worker
    return new Promise<void>((resolve) => {
      worker.once('message', () => resolve())
      worker.on('message', (message: SandboxOutcome & { ready?: boolean }) => {
        if (message.ready) return
        const pending = this.pending
        this.pending = null
        pending?.resolve(message)
      })
      worker.on('error', (error: Error & { code?: string }) => {
        this.exitOutcome =
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? { outcome: 'out-of-memory' }
            : { outcome: 'host-error', error: { name: error.name, message: error.message } }
      })
      worker.on('exit', () => {
        this.worker = null
        resolve()
        const pending = this.pending
        this.pending = null
        pending?.resolve(this.exitOutcome ?? { outcome: 'host-error', error: { name: 'Error', message: 'worker exited' } })
      })
    })
  }

  /** Runs one request; `deadlineMs` bounds the whole exchange, after which the worker is ended. */
  async run(request: SandboxRequest, deadlineMs: number): Promise<SandboxOutcome> {
    if (this.worker === null) {
      this.exitOutcome = null
      this.ready = this.start()
    }
    await this.ready
    const worker = this.worker
    if (worker === null) return this.exitOutcome ?? { outcome: 'host-error', error: { name: 'Error', message: 'worker did not start' } }
    let timer: NodeJS.Timeout | undefined
    const answer = new Promise<SandboxOutcome>((resolve) => {
      this.pending = { resolve }
      timer = setTimeout(() => {
        this.exitOutcome = { outcome: 'timeout', elapsedMs: deadlineMs }
        void worker.terminate()
      }, deadlineMs + GRACE_MS)
    })
    worker.postMessage(request)
    try {
      return await answer
    } finally {
      clearTimeout(timer)
    }
  }

  async close(): Promise<void> {
    const worker = this.worker
    this.worker = null
    if (worker) await worker.terminate()
  }
}

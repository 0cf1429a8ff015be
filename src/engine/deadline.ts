import type { FailOn, OriginConfig } from '../config/types.js'
import { toFinding } from '../findings/to-finding.js'
import type { OriginReport } from './report.js'

/**
 * The run's deadline when neither `--deadline-ms` nor `run-deadline-ms` sets one: each origin's worst
 * case (its connect and read timeouts on each of its ports, and a slow DNS walk), times the batches the
 * eight origins make, twice over, and never under a minute. A run that needs longer is
 * stuck on something, and reports what it could not finish as unchecked.
 */
export function defaultRunDeadlineMs(origins: readonly OriginConfig[], concurrency: number, dnsTimeoutMs: number): number {
  const worst = Math.max(0, ...origins.map((origin) => 2 * (origin.timeouts.connectMs + origin.timeouts.readMs) + 16 * dnsTimeoutMs))
  const batches = Math.ceil(origins.length / Math.max(1, concurrency))
  return Math.max(60_000, 2 * worst * batches)
}

/** Resolves `'deadline'` at the deadline; `passed()` says whether it has come. */
export interface RunDeadline {
  readonly ms: number
  readonly reached: Promise<'deadline'>
  passed(): boolean
  clear(): void
}

export function startDeadline(ms: number): RunDeadline {
  let passed = false
  let timer: NodeJS.Timeout | undefined
  const reached = new Promise<'deadline'>((resolve) => {
    timer = setTimeout(() => {
      passed = true
      resolve('deadline')
    }, ms)
    // The deadline must not keep a finished run alive.
    timer.unref()
  })
  return { ms, reached, passed: () => passed, clear: () => clearTimeout(timer) }
}

/** An origin the run had no time for: unchecked, which fails the gate rather than passing it quietly. */
export function uncheckedOrigin(origin: OriginConfig, deadlineMs: number, failOn: FailOn | undefined): OriginReport {
  const finding = toFinding(
    { code: 'PROBE_UNAVAILABLE', details: { unchecked: 'origin', because: 'run-deadline', deadlineMs } },
    origin.name,
    'dns',
  )
  return {
    name: origin.name,
    domain: origin.domain,
    ...(origin.hostHeaders.length ? { hostHeader: origin.hostHeaders.join(', '), hostHeaders: [...origin.hostHeaders] } : {}),
    edge: origin.edge,
    // Unchecked is not passed; only `fail-on: never` lets it through, as it lets everything through.
    passed: (failOn ?? origin.failOn) === 'never',
    configLine: origin.line,
    durationMs: 0,
    addresses: [],
    checks: [],
    findings: [finding],
  }
}

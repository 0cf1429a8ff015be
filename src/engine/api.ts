import type { CheckFamily, Config, FailOn } from '../config/types.js'
import type { Report } from './report.js'
import type { Shard } from './shard.js'

export interface RunOptions {
  /** Only these origins (by name); empty or absent: all. */
  origins?: string[]
  /** Only these check families; absent: all that apply. */
  only?: CheckFamily[]
  /** Overrides every origin's `fail-on`. */
  failOn?: FailOn
  /** `I/N`: run the I-th of N shards (1-based); origins are assigned by a stable hash of their name (shard.ts). */
  shard?: Shard
  /** Origins probed at once. */
  concurrency?: number
  /** Called as origins start and finish (the CLI's progress line). */
  onProgress?: (event: { done: number; total: number; origin: string }) => void
  /** After this many ms, origins not yet checked are unchecked (default: `run-deadline-ms`, else derived from the timeouts). */
  deadlineMs?: number
  /** The clock checks judge by (tests). */
  now?: Date
}

export type RunPreflight = (config: Config, options?: RunOptions) => Promise<Report>

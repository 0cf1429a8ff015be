import { CHECK_FAMILIES, FAIL_ON, type CheckFamily, type FailOn } from '../config/types.js'
import type { RunOptions } from '../engine/api.js'
import { UsageError } from '../errors.js'

export const DEFAULT_CONFIG_PATH = '.github/origin-preflight.yml'

export interface ActionInputs {
  /** As given, relative to the repository root unless absolute. */
  config: string
  run: RunOptions
  reportPath?: string
  sarifPath?: string
  comment: boolean
  /** Keep one open issue about the soonest certificate expiry (schedule and workflow_dispatch runs). */
  expiryIssue: boolean
  /** Whether a token was given; the token itself stays with @actions/core. */
  hasToken: boolean
}

/** Reads the action's inputs through `read` (core.getInput in the action) so the parsing is testable alone. */
export function parseActionInputs(read: (name: string) => string): ActionInputs {
  const run: RunOptions = {}
  const origins = splitList(read('origins'), /[,\n]/)
  if (origins.length > 0) run.origins = origins
  const only = parseOnly(read('only'))
  if (only) run.only = only
  const failOn = parseFailOn(read('fail-on'))
  if (failOn) run.failOn = failOn
  const shard = parseShard(read('shard'))
  if (shard) run.shard = shard

  const inputs: ActionInputs = {
    config: read('config').trim() || DEFAULT_CONFIG_PATH,
    run,
    comment: read('comment').trim().toLowerCase() !== 'false',
    expiryIssue: parseFlag('expiry-issue', read('expiry-issue')),
    hasToken: read('github-token').trim() !== '',
  }
  const reportPath = read('report-path').trim()
  if (reportPath) inputs.reportPath = reportPath
  const sarifPath = read('sarif-path').trim()
  if (sarifPath) inputs.sarifPath = sarifPath
  return inputs
}

/** `true` or `false` (any case); empty is false. */
function parseFlag(name: string, value: string): boolean {
  const flag = value.trim().toLowerCase()
  if (flag === '' || flag === 'false') return false
  if (flag === 'true') return true
  throw new UsageError(`${name}: expected true or false, got ${value.trim()}`)
}

function splitList(value: string, separator: RegExp): string[] {
  return value
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item.length > 0)
}

function parseOnly(value: string): CheckFamily[] | undefined {
  const families = splitList(value, /[,\n]/)
  if (families.length === 0) return undefined
  const unknown = families.filter((family) => !(CHECK_FAMILIES as readonly string[]).includes(family))
  if (unknown.length > 0) {
    throw new UsageError(`only: unknown check ${unknown.join(', ')}; expected some of ${CHECK_FAMILIES.join(', ')}`)
  }
  return families as CheckFamily[]
}

/** Empty means no override: each origin's own `fail-on` applies (which defaults to `error`). */
function parseFailOn(value: string): FailOn | undefined {
  const level = value.trim()
  if (level === '') return undefined
  if (!(FAIL_ON as readonly string[]).includes(level)) {
    throw new UsageError(`fail-on: expected one of ${FAIL_ON.join(', ')}, got ${level}`)
  }
  return level as FailOn
}

export function parseShard(value: string): { index: number; count: number } | undefined {
  const text = value.trim()
  if (text === '') return undefined
  const match = /^(\d+)\/(\d+)$/.exec(text)
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (!match || count < 1 || index < 1 || index > count) {
    throw new UsageError(`shard: expected I/N with 1 <= I <= N (e.g. 2/4), got ${text}`)
  }
  return { index, count }
}

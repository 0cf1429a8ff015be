import { FAIL_ON } from '../config/types.js'
import type { RunOptions } from '../engine/api.js'
import { UsageError } from '../errors.js'
import { parseChoice, parseFamilies, parseShard, splitList } from '../selection.js'

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
  /** A glob of shard reports to merge into one verdict; nothing is probed. */
  mergeReports?: string
}

/** Reads the action's inputs through `read` (core.getInput in the action) so the parsing is testable alone. */
export function parseActionInputs(read: (name: string) => string): ActionInputs {
  const run: RunOptions = {}
  const origins = splitList(read('origins'))
  if (origins.length > 0) run.origins = origins
  const only = parseFamilies('only', read('only'))
  if (only) run.only = only
  // Empty means no override: each origin's own `fail-on` applies (which defaults to `error`).
  const failOn = read('fail-on').trim()
  if (failOn) run.failOn = parseChoice('fail-on', failOn, FAIL_ON)
  const shard = parseShard('shard', read('shard'))
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
  const mergeReports = read('merge-reports').trim()
  if (mergeReports) {
    if (shard) throw new UsageError('merge-reports merges the reports of every shard: leave shard empty in the merge job')
    inputs.mergeReports = mergeReports
  }
  return inputs
}

/** `true` or `false` (any case); empty is false. */
function parseFlag(name: string, value: string): boolean {
  const flag = value.trim().toLowerCase()
  if (flag === '' || flag === 'false') return false
  if (flag === 'true') return true
  throw new UsageError(`${name}: expected true or false, got ${value.trim()}`)
}

/**
 * One request's outcome, judged as CloudFront would: an error, a rejected promise or a handler that
 * never answers is 503 (EDGE_FUNCTION_THREW, EDGE_FUNCTION_TIMEOUT); a result is validated by kind.
 */
import type { JsonObject, JsonValue } from '../../json.js'
import type { SandboxOutcome } from '../sandbox/host.js'
import type { EdgeEvent } from '../types.js'
import { Judgement, type FunctionSite } from './context.js'
import { judgeCloudFrontFunction } from './cloudfront-function.js'
import { judgeLambdaEdge } from './lambda-edge.js'

export interface Budget {
  /** CloudFront Functions: the compute budget a run is measured against. */
  computeMs?: number
  /** Lambda@Edge: the time a request may take (scaled for the check). */
  timeMs: number
  /** The unscaled limit at the edge, for the report. */
  edgeLimitMs: number
}

/** CloudFront's TestFunction calls 71 and above "likely to throttle". */
const THROTTLE_UTILISATION = 71
const NEAR_TIMEOUT = 0.8

export function judgeOutcome(
  site: FunctionSite,
  event: EdgeEvent,
  request: string,
  input: JsonObject,
  outcome: SandboxOutcome,
  budget: Budget,
): Judgement {
  const j = new Judgement(site, event, request, outcome)
  const handler = { file: site.file, line: site.handlerLine }
  const errorAt = () => (outcome.error?.line !== undefined ? { file: outcome.error.file ?? site.file, line: outcome.error.line } : handler)
  switch (outcome.outcome) {
    case 'threw':
    case 'rejected':
    case 'callback-error':
    case 'init-threw': {
      const error = outcome.error
      const denied = outcome.denied?.[0]
      if (error?.denied === true && denied) {
        j.add('EDGE_FUNCTION_UNCHECKED', denied.line !== undefined ? { file: denied.file ?? site.file, line: denied.line } : handler, {
          capability: denied.capability,
          api: denied.what,
        })
        return j
      }
      const details: JsonObject = { outcome: outcome.outcome, error: error?.name ?? 'Error', errorMessage: error?.message ?? '' }
      if (error?.kvsMissingKey === true) {
        // Only a key the store used for the check lacks: the real store may hold it.
        j.add('EDGE_FUNCTION_THREW', errorAt(), { ...details, cause: 'kvs-missing-key', keys: outcome.kvsMissing ?? [] }, 'notice')
        return j
      }
      j.add('EDGE_FUNCTION_THREW', errorAt(), details)
      return j
    }
    case 'no-handler':
      j.add('EDGE_FUNCTION_THREW', handler, {
        outcome: 'handler-not-found',
        error: 'HandlerNotFound',
        errorMessage: site.handlerName,
        handler: site.handlerName,
      })
      return j
    case 'out-of-memory':
      j.add('EDGE_FUNCTION_THREW', handler, { outcome: 'out-of-memory', error: 'OutOfMemory', errorMessage: '' })
      return j
    case 'host-error':
      j.add('EDGE_FUNCTION_UNCHECKED', handler, { capability: 'sandbox', api: outcome.error?.message ?? '' })
      return j
    case 'timeout':
      j.add('EDGE_FUNCTION_TIMEOUT', handler, timeoutDetails(site, budget, outcome.phase === 'init' ? 'init-timeout' : 'timeout'))
      return j
    case 'never-settles':
      j.add('EDGE_FUNCTION_TIMEOUT', handler, timeoutDetails(site, budget, 'never-settles'))
      return j
    case 'returned-without-callback':
      j.add('EDGE_FUNCTION_TIMEOUT', handler, timeoutDetails(site, budget, 'returned-without-callback'))
      return j
    case 'unserialisable':
      j.invalid([], 'not-serialisable')
      return j
    case 'returned':
      break
  }
  const output: JsonValue = outcome.json === undefined ? null : (JSON.parse(outcome.json) as JsonValue)
  if (site.kind === 'lambda-edge') judgeLambdaEdge(j, input, output)
  else judgeCloudFrontFunction(j, input, output)
  judgeTime(j, outcome, budget)
  return j
}

function timeoutDetails(site: FunctionSite, budget: Budget, outcome: string): JsonObject {
  return site.kind === 'cloudfront-function'
    ? { outcome, limitMs: budget.computeMs ?? 1, computeBudgetMs: budget.computeMs ?? 1, stoppedAfterMs: budget.timeMs }
    : { outcome, limitMs: budget.edgeLimitMs, edgeLimitMs: budget.edgeLimitMs, stoppedAfterMs: budget.timeMs }
}

function judgeTime(j: Judgement, outcome: SandboxOutcome, budget: Budget): void {
  const at = { file: j.site.file, line: j.site.handlerLine }
  if (j.site.kind === 'cloudfront-function') {
    const runs = outcome.durationsMs ?? []
    if (runs.length === 0 || budget.computeMs === undefined) return
    const fastest = Math.min(...runs)
    const utilisation = Math.round((fastest / budget.computeMs) * 100)
    if (utilisation >= THROTTLE_UTILISATION) {
      j.add(
        'EDGE_FUNCTION_TIMEOUT',
        at,
        {
          outcome: 'compute',
          limitMs: budget.computeMs,
          utilization: utilisation,
          measuredMs: round(fastest),
          computeBudgetMs: budget.computeMs,
        },
        utilisation >= 100 ? 'error' : 'warning',
      )
    }
    return
  }
  const elapsed = outcome.elapsedMs ?? 0
  if (elapsed >= budget.timeMs * NEAR_TIMEOUT) {
    j.add(
      'EDGE_FUNCTION_TIMEOUT',
      at,
      {
        outcome: 'near-limit',
        limitMs: budget.edgeLimitMs,
        elapsedMs: round(elapsed),
        budgetMs: budget.timeMs,
        edgeLimitMs: budget.edgeLimitMs,
      },
      'warning',
    )
  }
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000
}

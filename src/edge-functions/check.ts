/**
 * Every edge function, checked as CloudFront will run it: the deployment rules and what its runtime
 * lacks, read from the code; then each event's requests run in a sandbox and the results judged.
 * Takes declarations from the config and from sources alike.
 */
import type { Program } from 'acorn'
import type { JsonObject } from '../json.js'
import { readBounded } from '../read-regular-file.js'
import { MAX_CODE_FILE_BYTES } from '../sources/repository-files.js'
import { checkDeployRules } from './deploy-rules.js'
import { cloudFrontFunctionEvent, lambdaEdgeEvent } from './events.js'
import { judgeOutcome, type Budget } from './judge/judge.js'
import type { FunctionSite } from './judge/context.js'
import { requestsFor } from './requests.js'
import { SandboxSession, type SandboxJob } from './sandbox/host.js'
import { cloudFrontFunctionScripts, nodeModuleScripts } from './sandbox/prepare.js'
import { isIdentifier } from './sandbox/rewrite.js'
import { handlerLine, spellings } from './site.js'
import { checkCloudFrontFunctionSyntax, checkLambdaEdgeSyntax } from './syntax.js'
import type { EdgeEvent, EdgeFunctionDeclaration, EdgeFunctionFindingDraft, EdgeFunctionResult } from './types.js'

export interface EdgeCheckOptions {
  /** Lambda@Edge time limits (5 s viewer, 30 s origin) are multiplied by this for the check; default 1. */
  timeScale?: number
  /** The compute budget a CloudFront Function's run is measured against; default 1 ms. */
  computeBudgetMs?: number
  /** Only the static checks (the `validate` command). */
  staticOnly?: boolean
}

const VIEWER_LIMIT_MS = 5000
const ORIGIN_LIMIT_MS = 30_000
/** A CloudFront Function is stopped after this many times its compute budget. */
const COMPUTE_STOP_FACTOR = 100
/** Timing runs of a CloudFront Function at most: a loaded machine needs more to see one unhurried run. */
const TIMING_RUNS = 30

export async function checkEdgeFunctions(
  declarations: readonly EdgeFunctionDeclaration[],
  options: EdgeCheckOptions = {},
): Promise<EdgeFunctionResult[]> {
  const results: EdgeFunctionResult[] = []
  // One at a time: each runs in its own worker, and the machine's cores are shared.
  for (const declaration of declarations) results.push(await checkEdgeFunction(declaration, options))
  return results
}

export async function checkEdgeFunction(declaration: EdgeFunctionDeclaration, options: EdgeCheckOptions = {}): Promise<EdgeFunctionResult> {
  const handler = declaration.handler ?? 'handler'
  const codeLine = declaration.codeLine ?? 1
  const result: EdgeFunctionResult = {
    name: declaration.name,
    kind: declaration.kind,
    file: declaration.file,
    line: codeLine,
    events: declaration.events,
    requestsRun: 0,
    findings: checkDeployRules(declaration),
  }
  if (declaration.kind === 'cloudfront-function') result.runtime = declaration.runtime ?? 'cloudfront-js-2.0'
  const source = readSource(declaration)
  if (source === null) {
    if (declaration.declaredAt) Object.assign(result, { file: declaration.declaredAt.file, line: declaration.declaredAt.line })
    result.findings.push({
      code: 'EDGE_FUNCTION_UNCHECKED',
      function: declaration.name,
      file: declaration.declaredAt?.file ?? declaration.file,
      line: declaration.declaredAt?.line ?? 1,
      details:
        declaration.codeElsewhere !== undefined
          ? { capability: 'code', api: declaration.codeElsewhere, request: 'none' }
          : { capability: 'source', api: declaration.file, request: 'none' },
    })
    return result
  }
  const checked = await checkCode(declaration, source, handler, codeLine, result, options)
  // Code written on one line of its file (a JSON string) has that line for every line of its own.
  if (declaration.codeOnOneLine) {
    for (const finding of checked.findings)
      if (finding.file === declaration.file && finding.code !== 'EDGE_FUNCTION_DEPLOY_RULE') finding.line = codeLine
    checked.line = codeLine
  }
  return checked
}

async function checkCode(
  declaration: EdgeFunctionDeclaration,
  source: string,
  handler: string,
  codeLine: number,
  result: EdgeFunctionResult,
  options: EdgeCheckOptions,
): Promise<EdgeFunctionResult> {
  const site = { name: declaration.name, file: declaration.file, codeLine }
  const syntax =
    declaration.kind === 'cloudfront-function'
      ? checkCloudFrontFunctionSyntax(source, result.runtime!, site)
      : checkLambdaEdgeSyntax(source, site)
  result.findings.push(...syntax.findings)
  if (!syntax.parsed.ok) return result
  const program = syntax.parsed.program
  const line = handlerLine(program, handler)
  if (line !== null) result.line = codeLine + line - 1
  if (options.staticOnly || !isIdentifier(handler)) return result

  const job = sandboxJob(declaration, source, program, syntax.parsed.sourceType, handler, result.findings)
  const functionSite: FunctionSite = {
    name: declaration.name,
    kind: declaration.kind,
    file: declaration.file,
    handlerName: handler,
    handlerLine: result.line,
    spelled: spellings(program, declaration.file, codeLine),
    includeBody: declaration.includeBody === true,
  }
  const session = new SandboxSession(job)
  const drafts: EdgeFunctionFindingDraft[] = []
  try {
    run: for (const event of declaration.events) {
      const budget = budgetFor(declaration, event, options)
      for (const request of requestsFor(event, declaration.requests ?? [])) {
        const input: JsonObject =
          declaration.kind === 'lambda-edge'
            ? lambdaEdgeEvent(event, request, declaration.includeBody === true)
            : cloudFrontFunctionEvent(event, request)
        const cf = declaration.kind === 'cloudfront-function'
        const enoughMs = (budget.computeMs ?? 0) * 0.35
        const sandboxRequest = {
          eventJson: JSON.stringify(input),
          timeoutMs: budget.timeMs,
          repeats: cf ? TIMING_RUNS : 1,
          enoughMs,
          fresh: cf,
        }
        let outcome = await session.run(sandboxRequest, budget.timeMs)
        // A worker that could not start or died without an answer is the machine's fault (a loaded host),
        // not the function's: once more on a fresh worker before it is reported.
        if (outcome.outcome === 'host-error') outcome = await session.run(sandboxRequest, budget.timeMs)
        result.requestsRun++
        drafts.push(...judgeOutcome(functionSite, event, request.name, input, outcome, budget).findings)
        // A function that cannot start, or outlived its budget, would do the same on every request.
        if (['init-threw', 'no-handler', 'timeout', 'out-of-memory', 'host-error'].includes(outcome.outcome)) break run
      }
    }
  } finally {
    await session.close()
  }
  result.findings.push(...mergeByRequest(drafts))
  return result
}

function readSource(declaration: EdgeFunctionDeclaration): string | null {
  if (declaration.code !== undefined) return declaration.code
  if (declaration.path === undefined) return null
  // Regular files only, never blocking, bounded: what cannot be read so is code the gate cannot check.
  const read = readBounded(declaration.path, MAX_CODE_FILE_BYTES)
  return 'bytes' in read ? read.bytes.toString('utf8') : null
}

function budgetFor(declaration: EdgeFunctionDeclaration, event: EdgeEvent, options: EdgeCheckOptions): Budget {
  if (declaration.kind === 'cloudfront-function') {
    const computeMs = options.computeBudgetMs ?? 1
    return { computeMs, timeMs: Math.max(100, computeMs * COMPUTE_STOP_FACTOR), edgeLimitMs: 1 }
  }
  const edgeLimit = event.startsWith('viewer-') ? VIEWER_LIMIT_MS : ORIGIN_LIMIT_MS
  const configured = declaration.lambda?.timeoutSeconds
  const edgeLimitMs = configured !== undefined ? Math.min(edgeLimit, configured * 1000) : edgeLimit
  return { timeMs: Math.max(50, Math.round(edgeLimitMs * (options.timeScale ?? 1))), edgeLimitMs }
}

function sandboxJob(
  declaration: EdgeFunctionDeclaration,
  source: string,
  program: Program,
  sourceType: 'script' | 'module',
  handler: string,
  findings: EdgeFunctionFindingDraft[],
): SandboxJob {
  const codeLine = declaration.codeLine ?? 1
  const settings = {
    kind: declaration.kind,
    runtime: declaration.kind === 'cloudfront-function' ? (declaration.runtime ?? 'cloudfront-js-2.0') : 'nodejs',
    files: [declaration.file],
    handler,
    kvs: declaration.keyValueStore ? { ...declaration.keyValueStore } : null,
    functionName: declaration.name.replace(/[^A-Za-z0-9_-]/g, '-'),
    memoryMb: declaration.lambda?.memoryMb ?? 128,
  }
  if (declaration.kind === 'cloudfront-function') {
    return {
      settings,
      scripts: cloudFrontFunctionScripts(source, program, handler, declaration.file, codeLine),
      mainId: declaration.file,
      memoryMb: 32,
      loadTimeoutMs: 1000,
    }
  }
  const modules = nodeModuleScripts({ source, program, sourceType }, declaration.path, declaration.file, codeLine, declaration.name)
  findings.push(...modules.findings)
  settings.files = modules.files
  return {
    settings,
    scripts: modules.scripts,
    mainId: declaration.file,
    memoryMb: Math.min(512, Math.max(64, settings.memoryMb)),
    loadTimeoutMs: 10_000,
  }
}

/** The same finding on several requests is one finding, naming the first request and how many. */
function mergeByRequest(drafts: EdgeFunctionFindingDraft[]): EdgeFunctionFindingDraft[] {
  const merged = new Map<string, EdgeFunctionFindingDraft>()
  for (const draft of drafts) {
    const { request, ...rest } = draft.details
    const key = JSON.stringify([
      draft.code,
      draft.severity ?? '',
      draft.file,
      draft.line,
      rest['event'],
      Object.entries(rest).filter(
        ([k]) => !['measuredMs', 'utilization', 'elapsedMs', 'errorMessage', 'length', 'bytes', 'size'].includes(k),
      ),
    ])
    const existing = merged.get(key)
    if (existing) existing.details['requests'] = Number(existing.details['requests'] ?? 1) + 1
    else merged.set(key, { ...draft, details: { ...rest, request: request ?? null } })
  }
  return [...merged.values()]
}

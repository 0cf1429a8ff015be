/**
 * Edge functions: code CloudFront runs on requests and responses. Lambda@Edge answers 502 when its output
 * breaks CloudFront's validation rules, and both kinds answer 503 when they throw or run too long.
 */
import type { JsonObject } from '../json.js'

export const EDGE_FUNCTION_KINDS = ['cloudfront-function', 'lambda-edge'] as const
export type EdgeFunctionKind = (typeof EDGE_FUNCTION_KINDS)[number]

export const EDGE_EVENTS = ['viewer-request', 'origin-request', 'origin-response', 'viewer-response'] as const
export type EdgeEvent = (typeof EDGE_EVENTS)[number]

/** The events each kind can be associated with (CloudFront Functions: viewer events only, as the API says). */
export const EVENTS_OF_KIND: Record<EdgeFunctionKind, readonly EdgeEvent[]> = {
  'cloudfront-function': ['viewer-request', 'viewer-response'],
  'lambda-edge': EDGE_EVENTS,
}

export const CLOUDFRONT_RUNTIMES = ['cloudfront-js-1.0', 'cloudfront-js-2.0'] as const
export type CloudFrontRuntime = (typeof CLOUDFRONT_RUNTIMES)[number]

export function isRequestEvent(event: EdgeEvent): boolean {
  return event === 'viewer-request' || event === 'origin-request'
}

/** A request to try, as the viewer sends it; the event builder turns it into each kind's shape. */
export interface EdgeTestRequest {
  /** Names the request in findings: `get-with-cookies`, or `config#2` for the config's own. */
  name: string
  method: string
  /** Path as received, percent-encoding kept. */
  uri: string
  /** Raw query string without `?`. */
  querystring: string
  /** Header fields in order, names as the viewer spelled them. */
  headers: ReadonlyArray<readonly [string, string]>
  body?: string
  /** For response events: what the origin answered. */
  response?: EdgeTestResponse
}

export interface EdgeTestResponse {
  status: number
  statusDescription: string
  headers: ReadonlyArray<readonly [string, string]>
}

/** Where a setting is written, when not in the file that declares the function (a plan's other `.tf` file). */
export interface SettingPlace {
  file: string
  line: number
}

/** Lambda settings the association checks at deploy; read from infrastructure code by sources. */
export interface LambdaDeploySettings {
  /** The function ARN the association names (a numbered version is required). */
  arn?: string
  /**
   * What the association names after the function, where a source shows it without a literal ARN: digits
   * for a published version, `$LATEST`, an alias name, or '' for the function itself (unqualified).
   */
  qualifier?: string
  region?: string
  runtime?: string
  timeoutSeconds?: number
  memoryMb?: number
  /** Names of environment variables. */
  environment?: readonly string[]
  vpc?: boolean
  layers?: readonly string[]
  architectures?: readonly string[]
  packageType?: string
  tracing?: string
  reservedConcurrency?: number
  provisionedConcurrency?: number
  /** Size of the deployment package in bytes. */
  packageBytes?: number
  /** Line of each setting in the file that declares the function (or the place, when elsewhere): keys as above. */
  lines?: Partial<Record<Exclude<keyof LambdaDeploySettings, 'lines'>, number | SettingPlace>>
}

/** One cache behaviour's association of a function with an event, where a source declares it. */
export interface EdgeAssociation extends SettingPlace {
  event: EdgeEvent
}

/** One edge function, from the config's `edge-functions:` or discovered by a source reader. */
export interface EdgeFunctionDeclaration {
  name: string
  kind: EdgeFunctionKind
  /** CloudFront Functions only; default cloudfront-js-2.0. */
  runtime?: CloudFrontRuntime
  /** The code's file as reports show it (relative to the repository root). */
  file: string
  /** Absolute path to read the code from, when `code` is not given. */
  path?: string
  /** The code itself, when it is inline in a template. */
  code?: string
  /** Line of the code's first line in `file` (inline code in a template); default 1. */
  codeLine?: number
  /** The inline code sits on one line of `file` (a JSON string): every line of the code is `codeLine`. */
  codeOnOneLine?: boolean
  /** Where the code lives when the gate cannot read it (`s3://bucket/key`, a zip, a python runtime). */
  codeElsewhere?: string
  /** Where the function is declared (config or template), for findings not about one line of code. */
  declaredAt?: { file: string; line: number }
  /** CloudFront Functions: the top-level function; Lambda@Edge: the export. Default `handler`. */
  handler?: string
  events: readonly EdgeEvent[]
  /** Lambda@Edge IncludeBody. */
  includeBody?: boolean
  /** CloudFront KeyValueStore keys and values the function may read. */
  keyValueStore?: Readonly<Record<string, string>>
  /** Requests to try beside the built-in set. */
  requests?: readonly EdgeTestRequest[]
  /** Lambda@Edge: settings the association checks at deploy. */
  lambda?: LambdaDeploySettings
  /** The cache behaviours' associations a source declares, for findings about an event. */
  associations?: readonly EdgeAssociation[]
}

/** What the checks find, before the catalogue gives it prose: facts only in `details`. */
export interface EdgeFunctionFindingDraft {
  code: EdgeFunctionCode
  severity?: 'error' | 'warning' | 'notice'
  function: string
  file: string
  line: number
  details: JsonObject
}

export type EdgeFunctionCode =
  | 'EDGE_FUNCTION_SYNTAX'
  | 'EDGE_FUNCTION_THREW'
  | 'EDGE_FUNCTION_TIMEOUT'
  | 'EDGE_FUNCTION_INVALID_OUTPUT'
  | 'EDGE_FUNCTION_READONLY_HEADER'
  | 'EDGE_FUNCTION_DISALLOWED_HEADER'
  | 'EDGE_FUNCTION_TOO_LARGE'
  | 'EDGE_FUNCTION_DEPLOY_RULE'
  | 'EDGE_FUNCTION_SUSPICIOUS'
  | 'EDGE_FUNCTION_UNCHECKED'

/** One function's verdict material: where it is and what was found. */
export interface EdgeFunctionResult {
  name: string
  kind: EdgeFunctionKind
  runtime?: CloudFrontRuntime
  file: string
  line: number
  events: readonly EdgeEvent[]
  /** Requests run per event. */
  requestsRun: number
  findings: EdgeFunctionFindingDraft[]
}

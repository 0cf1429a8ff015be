/**
 * A Lambda@Edge result as CloudFront validates it (a failure is 502 "LambdaValidationError"): request
 * events return the request or a generated response, response events the response.
 */
import type { JsonObject, JsonValue } from '../../json.js'
import { isRequestEvent } from '../types.js'
import { isBase64, isObject, text, utf8Bytes, type Judgement } from './context.js'
import { checkGeneratedHeaders, compareHeaders, headerBytes, lambdaHeaders } from './headers.js'
import { checkOrigin } from './origin.js'
import { checkQueryCharacters, checkReadOnlyFields, checkRequestSize, checkUri } from './request-rules.js'

const GENERATED_LIMIT = { 'viewer-request': 40 * 1024, 'origin-request': 1024 * 1024 } as const
/** IncludeBody: what a function may put back as the body. */
const BODY_LIMIT = { 'viewer-request': 40 * 1024, 'origin-request': 1024 * 1024 } as const

/** `status` as a string ("200") in the docs; AWS's own examples return numbers too: both accepted. */
function statusCode(value: JsonValue | undefined): number | null {
  if (typeof value === 'number') return Number.isInteger(value) ? value : null
  if (typeof value === 'string' && /^\d{3}$/.test(value)) return Number(value)
  return null
}

export function judgeLambdaEdge(j: Judgement, input: JsonObject, output: JsonValue): void {
  const cf = (input['Records'] as JsonObject[])[0]!['cf'] as JsonObject
  const inRequest = cf['request'] as JsonObject
  const inResponse = cf['response'] as JsonObject | undefined
  if (!isObject(output))
    return j.invalid([], output === null ? 'null-result' : 'not-object', { type: Array.isArray(output) ? 'array' : typeof output })
  if (isObject(output['Records'])) return j.invalid([], 'whole-event')
  const looksLikeResponse = 'status' in output || 'statusDescription' in output || 'bodyEncoding' in output
  if (isRequestEvent(j.event)) {
    if (looksLikeResponse) return generatedResponse(j, output)
    return passedRequest(j, inRequest, output)
  }
  if (!looksLikeResponse && 'uri' in output) return j.invalid([], 'request-returned-for-response-event')
  return passedResponse(j, inResponse ?? {}, output)
}

function passedRequest(j: Judgement, input: JsonObject, output: JsonObject): void {
  checkReadOnlyFields(j, input, output, ['method', 'clientIp'])
  const uriOk = checkUri(j, output['uri'])
  const query = output['querystring'] ?? ''
  if (typeof query !== 'string') j.invalid(['request', 'querystring'], 'not-string')
  else checkQueryCharacters(j, query)
  const before = lambdaHeaders(j, input['headers'], ['request', 'headers'])
  const after = lambdaHeaders(j, output['headers'], ['request', 'headers'])
  if (before && after) compareHeaders(j, before, after, ['request', 'headers'])
  if (uriOk && typeof query === 'string' && after) checkRequestSize(j, text(input['method']), output['uri'] as string, query, after)
  if (j.event === 'origin-request') checkOrigin(j, output['origin'], input['origin'])
  checkBody(j, output['body'], input['body'])
}

function checkBody(j: Judgement, body: JsonValue | undefined, before: JsonValue | undefined): void {
  if (body === undefined || JSON.stringify(body) === JSON.stringify(before)) return
  const path = ['request', 'body']
  if (!isObject(body)) return j.invalid(path, 'not-object')
  if (body['action'] !== 'replace') return
  const encoding = body['encoding'] ?? 'base64'
  const data = body['data']
  if (encoding !== 'base64' && encoding !== 'text') return j.invalid([...path, 'encoding'], 'body-encoding', { encoding: text(encoding) })
  if (typeof data !== 'string') return j.invalid([...path, 'data'], 'not-string')
  if (encoding === 'base64' && !isBase64(data)) return j.invalid([...path, 'data'], 'invalid-base64')
  const bytes = encoding === 'base64' ? Buffer.from(data, 'base64').length : utf8Bytes(data)
  const limit = BODY_LIMIT[j.event as keyof typeof BODY_LIMIT]
  if (limit !== undefined && bytes > limit) j.add('EDGE_FUNCTION_TOO_LARGE', j.where(path), { part: 'request-body', bytes, limit })
}

function checkResponseShape(j: Judgement, output: JsonObject): { status: number | null; bodyBytes: number } | null {
  const status = statusCode(output['status'])
  if (status === null) {
    j.invalid(['response', 'status'], output['status'] === undefined ? 'missing' : 'status-type', {
      status: JSON.stringify(output['status'] ?? null),
    })
    return null
  }
  if (status < 200 || status > 599) j.invalid(['response', 'status'], 'status-range', { status })
  const description = output['statusDescription']
  if (description !== undefined && typeof description !== 'string') j.invalid(['response', 'statusDescription'], 'not-string')
  const body = output['body']
  const encoding = output['bodyEncoding'] ?? 'text'
  let bodyBytes = 0
  if (encoding !== 'text' && encoding !== 'base64') j.invalid(['response', 'bodyEncoding'], 'body-encoding', { encoding: text(encoding) })
  if (body !== undefined && typeof body !== 'string')
    j.invalid(['response', 'body'], 'not-string', { type: Array.isArray(body) ? 'array' : body === null ? 'null' : typeof body })
  else if (typeof body === 'string') {
    if (encoding === 'base64' && !isBase64(body)) j.invalid(['response', 'body'], 'invalid-base64')
    bodyBytes = encoding === 'base64' ? Buffer.from(body, 'base64').length : utf8Bytes(body)
  }
  return { status, bodyBytes }
}

function generatedResponse(j: Judgement, output: JsonObject): void {
  const shape = checkResponseShape(j, output)
  const headers = lambdaHeaders(j, output['headers'], ['response', 'headers'])
  if (headers) checkGeneratedHeaders(j, headers, ['response', 'headers'])
  if (!shape) return
  if (j.event === 'viewer-request' && shape.status === 204 && shape.bodyBytes > 0)
    j.invalid(['response', 'body'], 'no-content-with-body', { status: 204 })
  const limit = GENERATED_LIMIT[j.event as keyof typeof GENERATED_LIMIT]
  const bytes = shape.bodyBytes + (headers ? headerBytes(headers) : 0)
  if (limit !== undefined && bytes > limit)
    j.add('EDGE_FUNCTION_TOO_LARGE', j.where(['response', 'body'], 'body'), { part: 'generated-response', bytes, limit })
}

function passedResponse(j: Judgement, input: JsonObject, output: JsonObject): void {
  const shape = checkResponseShape(j, output)
  if (shape && j.event === 'viewer-response' && shape.status !== statusCode(input['status'])) {
    j.invalid(['response', 'status'], 'status-read-only', { status: shape.status, origin: statusCode(input['status']) })
  }
  const before = lambdaHeaders(j, input['headers'], ['response', 'headers'])
  const after = lambdaHeaders(j, output['headers'], ['response', 'headers'])
  if (before && after) compareHeaders(j, before, after, ['response', 'headers'])
}

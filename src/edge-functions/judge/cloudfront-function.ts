/**
 * A CloudFront Function's result as CloudFront validates it (a failure is 503): viewer-request returns
 * `event.request` or a response, viewer-response returns `event.response`, never the whole event.
 * `statusCode` is an integer; a query string may be given as an object or, as AWS's own examples do, a string.
 */
import type { JsonObject, JsonValue } from '../../json.js'
import { isBase64, isObject, text, utf8Bytes, type Judgement } from './context.js'
import { checkGeneratedHeaders, compareHeaders, functionHeaders, headerBytes } from './headers.js'
import { checkQueryCharacters, checkReadOnlyFields, checkRequestSize, checkUri, functionQueryString } from './request-rules.js'

const GENERATED_LIMIT = 40 * 1024

export function judgeCloudFrontFunction(j: Judgement, input: JsonObject, output: JsonValue): void {
  if (!isObject(output))
    return j.invalid([], output === null ? 'null-result' : 'not-object', { type: Array.isArray(output) ? 'array' : typeof output })
  if ('request' in output && ('context' in output || 'version' in output)) return j.invalid([], 'whole-event')
  const isResponse = 'statusCode' in output || 'status' in output
  if (j.event === 'viewer-request') {
    if (isResponse) return response(j, output, null)
    return request(j, input['request'] as JsonObject, output)
  }
  if (!isResponse) return j.invalid([], 'request-returned-for-response-event')
  return response(j, output, input['response'] as JsonObject)
}

function cookies(j: Judgement, value: JsonValue | undefined, path: string[]): void {
  if (value === undefined) return
  if (!isObject(value)) return j.invalid(path, 'cookies-not-object')
  for (const [name, cookie] of Object.entries(value)) {
    if (!isObject(cookie) || typeof cookie['value'] !== 'string') j.invalid([...path, name], 'cookie-value-not-string')
    else if (cookie['attributes'] !== undefined && typeof cookie['attributes'] !== 'string')
      j.invalid([...path, name, 'attributes'], 'not-string')
  }
}

function request(j: Judgement, input: JsonObject, output: JsonObject): void {
  checkReadOnlyFields(j, input, output, ['method'])
  const uriOk = checkUri(j, output['uri'])
  const query = functionQueryString(j, output['querystring'])
  if (typeof output['querystring'] === 'string' && query !== null) checkQueryCharacters(j, query)
  const before = functionHeaders(j, input['headers'], ['request', 'headers'])
  const after = functionHeaders(j, output['headers'], ['request', 'headers'])
  if (before && after) compareHeaders(j, before, after, ['request', 'headers'])
  cookies(j, output['cookies'], ['request', 'cookies'])
  if (uriOk && query !== null && after) checkRequestSize(j, text(input['method']), output['uri'] as string, query, after)
}

function response(j: Judgement, output: JsonObject, input: JsonObject | null): void {
  const status = output['statusCode']
  if (status === undefined) j.invalid(['response', 'statusCode'], 'status-field', { field: 'status' })
  else if (typeof status !== 'number' || !Number.isInteger(status))
    j.invalid(['response', 'statusCode'], 'status-type', { status: JSON.stringify(status) })
  else if (status < 200 || status > 599) j.invalid(['response', 'statusCode'], 'status-range', { status })
  const description = output['statusDescription']
  if (description !== undefined && typeof description !== 'string') j.invalid(['response', 'statusDescription'], 'not-string')
  const headers = functionHeaders(j, output['headers'], ['response', 'headers'])
  cookies(j, output['cookies'], ['response', 'cookies'])
  let bodyBytes = 0
  const body = output['body']
  if (typeof body === 'string') bodyBytes = utf8Bytes(body)
  else if (isObject(body)) {
    const encoding = body['encoding'] ?? 'text'
    const data = body['data']
    if (encoding !== 'text' && encoding !== 'base64')
      j.invalid(['response', 'body', 'encoding'], 'body-encoding', { encoding: text(encoding) })
    else if (typeof data !== 'string') j.invalid(['response', 'body', 'data'], 'not-string')
    else if (encoding === 'base64' && !isBase64(data)) j.invalid(['response', 'body', 'data'], 'invalid-base64')
    else bodyBytes = encoding === 'base64' ? Buffer.from(data, 'base64').length : utf8Bytes(data)
  } else if (body !== undefined) j.invalid(['response', 'body'], 'body-shape')

  if (input === null) {
    // A response generated at viewer-request.
    if (headers) checkGeneratedHeaders(j, headers, ['response', 'headers'])
    if (status === 204 && bodyBytes > 0) j.invalid(['response', 'body'], 'no-content-with-body', { status: 204 })
    const bytes = bodyBytes + (headers ? headerBytes(headers) : 0)
    if (bytes > GENERATED_LIMIT)
      j.add('EDGE_FUNCTION_TOO_LARGE', j.where(['response', 'body'], 'body'), { part: 'generated-response', bytes, limit: GENERATED_LIMIT })
    return
  }
  const before = functionHeaders(j, input['headers'], ['response', 'headers'])
  if (before && headers) compareHeaders(j, before, headers, ['response', 'headers'])
}

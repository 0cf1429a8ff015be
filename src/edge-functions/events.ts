/**
 * The event objects CloudFront hands each kind of function, built from one test request (shapes from
 * CloudFront's event-structure documentation). Lambda@Edge: `Records[0].cf`, headers as lists of
 * `{key, value}`; CloudFront Functions: `{version, context, viewer, request, response}`, headers as
 * `{value, multiValue?}` with cookies apart. Headers CloudFront itself removes never reach a function.
 */
import type { JsonObject, JsonValue } from '../json.js'
import { isDisallowedHeader } from './header-rules.js'
import { isRequestEvent, type EdgeEvent, type EdgeTestRequest } from './types.js'

export const DISTRIBUTION = { distributionDomainName: 'd111111abcdef8.cloudfront.net', distributionId: 'EDFDVBD6EXAMPLE' }
export const VIEWER_IP = '203.0.113.178'
const REQUEST_ID = '4TyzHTaYWb1GX1qTfsHhEqV6HUDd_BzoBZnwfnvQc_1oF26ClkoUSEQ=='
/** The origin an origin event carries; an origin-request function may rewrite it. */
export const DEFAULT_ORIGIN = {
  custom: {
    customHeaders: {},
    domainName: 'origin.example.com',
    keepaliveTimeout: 5,
    path: '',
    port: 443,
    protocol: 'https',
    readTimeout: 30,
    sslProtocols: ['TLSv1.2'],
  },
}

type Fields = ReadonlyArray<readonly [string, string]>

/** What CloudFront adds before an origin event: its Via, the viewer's address, a normalised Accept-Encoding. */
function atOrigin(headers: Fields): Fields {
  const kept = headers.filter(([name]) => !['accept-encoding', 'via', 'x-forwarded-for'].includes(name.toLowerCase()))
  return [
    ...kept,
    ['Via', '2.0 2afae0d44e2540f472c0635ab62c232b.cloudfront.net (CloudFront)'],
    ['X-Forwarded-For', VIEWER_IP],
    ['Accept-Encoding', 'gzip'],
  ]
}

function visible(headers: Fields): Fields {
  return headers.filter(([name]) => !isDisallowedHeader(name))
}

function lambdaHeaders(fields: Fields): JsonObject {
  const map: Record<string, JsonObject[]> = {}
  for (const [key, value] of fields) (map[key.toLowerCase()] ??= []).push({ key, value })
  return map
}

export function lambdaEdgeEvent(event: EdgeEvent, request: EdgeTestRequest, includeBody: boolean): JsonObject {
  const origin = event.startsWith('origin-')
  const headers = visible(origin ? atOrigin(request.headers) : request.headers)
  const cfRequest: JsonObject = {
    clientIp: VIEWER_IP,
    headers: lambdaHeaders(headers),
    method: request.method,
    querystring: request.querystring,
    uri: request.uri,
  }
  if (origin) cfRequest['origin'] = structuredClone(DEFAULT_ORIGIN)
  if (includeBody && isRequestEvent(event)) {
    cfRequest['body'] = {
      action: 'read-only',
      data: Buffer.from(request.body ?? '', 'utf8').toString('base64'),
      encoding: 'base64',
      inputTruncated: false,
    }
  }
  const cf: JsonObject = { config: { ...DISTRIBUTION, eventType: event, requestId: REQUEST_ID }, request: cfRequest }
  if (request.response && !isRequestEvent(event)) {
    cf['response'] = {
      headers: lambdaHeaders(visible(request.response.headers)),
      status: String(request.response.status),
      statusDescription: request.response.statusDescription,
    }
  }
  return { Records: [{ cf }] }
}

function functionHeaders(fields: Fields): JsonObject {
  const map: Record<string, { value: string; multiValue?: { value: string }[] }> = {}
  for (const [key, value] of fields) {
    const name = key.toLowerCase()
    const existing = map[name]
    if (existing) (existing.multiValue ??= [{ value: existing.value }]).push({ value })
    else map[name] = { value }
  }
  return map
}

function pairs(text: string, separator: RegExp): Array<[string, string]> {
  return text
    .split(separator)
    .filter((part) => part !== '')
    .map((part) => {
      const eq = part.indexOf('=')
      return eq === -1 ? [part.trim(), ''] : [part.slice(0, eq).trim(), part.slice(eq + 1).trim()]
    })
}

function multiMap(entries: Array<[string, string]>): JsonObject {
  const map: Record<string, { value: string; multiValue?: { value: string }[] }> = {}
  for (const [name, value] of entries) {
    const existing = map[name]
    if (existing) (existing.multiValue ??= [{ value: existing.value }]).push({ value })
    else map[name] = { value }
  }
  return map
}

/** `Set-Cookie: a=1; Path=/; Secure` → `{a: {value: '1', attributes: 'Path=/; Secure'}}`. */
function responseCookies(fields: Fields): JsonObject {
  const map: Record<string, JsonValue> = {}
  for (const [key, line] of fields) {
    if (key.toLowerCase() !== 'set-cookie') continue
    const semi = line.indexOf(';')
    const [name, value] = pairs(semi === -1 ? line : line.slice(0, semi), /;/)[0] ?? ['', '']
    map[name] = semi === -1 ? { value } : { value, attributes: line.slice(semi + 1).trim() }
  }
  return map
}

export function cloudFrontFunctionEvent(event: EdgeEvent, request: EdgeTestRequest): JsonObject {
  const headers = visible(request.headers)
  const cookieHeader = headers
    .filter(([name]) => name.toLowerCase() === 'cookie')
    .map(([, v]) => v)
    .join('; ')
  const result: JsonObject = {
    version: '1.0',
    context: { ...DISTRIBUTION, eventType: event === 'viewer-request' ? 'viewer-request' : 'viewer-response', requestId: REQUEST_ID },
    viewer: { ip: VIEWER_IP },
    request: {
      method: request.method,
      uri: request.uri,
      querystring: multiMap(pairs(request.querystring, /&/)),
      headers: functionHeaders(headers.filter(([name]) => name.toLowerCase() !== 'cookie')),
      cookies: multiMap(pairs(cookieHeader, /;/)),
    },
  }
  if (request.response && event === 'viewer-response') {
    const responseHeaders = visible(request.response.headers)
    result['response'] = {
      statusCode: request.response.status,
      statusDescription: request.response.statusDescription,
      headers: functionHeaders(responseHeaders.filter(([name]) => name.toLowerCase() !== 'set-cookie')),
      cookies: responseCookies(responseHeaders),
    }
  }
  return result
}

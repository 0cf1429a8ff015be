/**
 * The requests the edge may send a function, per event: what viewers send (with and without cookies,
 * user agent, query string and body; HEAD, OPTIONS and POST; long and non-ASCII URIs) and, for response
 * events, what an origin answers (200, 304, 404, 502). A function that works on the happy path alone
 * fails on the first request without a User-Agent; these find that before a viewer does.
 */
import { isRequestEvent, type EdgeEvent, type EdgeTestRequest, type EdgeTestResponse } from './types.js'

type Headers = ReadonlyArray<readonly [string, string]>

const HOST: readonly [string, string] = ['Host', 'www.example.com']
const BROWSER: Headers = [
  HOST,
  ['User-Agent', 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0'],
  ['Accept', 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'],
  ['Accept-Language', 'en-US,en;q=0.5'],
]

function request(name: string, method: string, uri: string, querystring: string, headers: Headers, body?: string): EdgeTestRequest {
  if (body === undefined) return { name, method, uri, querystring, headers }
  return { name, method, uri, querystring, headers: [...headers, ['Content-Length', String(Buffer.byteLength(body))]], body }
}

/** About 4,700 characters of URI and query string: long, yet under CloudFront's 8,192. */
const LONG_PATH = '/search/' + Array.from({ length: 120 }, (_, i) => `segment-${i}`).join('/')
const LONG_QUERY = Array.from({ length: 180 }, (_, i) => `filter${i}=value-${i}`).join('&')

export const VIEWER_REQUESTS: readonly EdgeTestRequest[] = [
  request('get-root', 'GET', '/', '', BROWSER),
  request('get-page-with-query', 'GET', '/products/item.html', 'id=42&sort=price&tag=a&tag=b', BROWSER),
  request('get-bare', 'GET', '/index.html', '', [HOST]),
  request('get-with-cookies', 'GET', '/account', '', [...BROWSER, ['Cookie', 'session=abc123; theme=dark; experiment=B']]),
  request('get-spa-route', 'GET', '/dashboard/settings', '', BROWSER),
  request('get-directory', 'GET', '/docs/', '', BROWSER),
  request('get-flag-query', 'GET', '/page', 'debug', BROWSER),
  request('get-with-authorization', 'GET', '/private/report.pdf', '', [...BROWSER, ['Authorization', 'Basic dXNlcjpwYXNzd29yZA==']]),
  request('get-with-country', 'GET', '/', '', [...BROWSER, ['CloudFront-Viewer-Country', 'DE']]),
  request('get-long-uri', 'GET', LONG_PATH, LONG_QUERY, BROWSER),
  request('get-non-ascii', 'GET', '/caf%C3%A9/%E6%97%A5%E6%9C%AC.html', 'q=%C3%BCber&name=J%C3%BCrgen', [
    HOST,
    ['User-Agent', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15'],
    ['Accept-Language', 'de-DE,de;q=0.9'],
  ]),
  request('head-asset', 'HEAD', '/assets/app.3f9a2c.js', '', BROWSER),
  request('options-preflight', 'OPTIONS', '/api/items', '', [
    HOST,
    ['Origin', 'https://app.example.com'],
    ['Access-Control-Request-Method', 'POST'],
    ['Access-Control-Request-Headers', 'content-type'],
  ]),
  request(
    'post-form',
    'POST',
    '/api/form',
    '',
    [...BROWSER, ['Content-Type', 'application/x-www-form-urlencoded']],
    'name=Ann&comment=hello+w',
  ),
  request('post-json', 'POST', '/api/items', '', [HOST, ['Content-Type', 'application/json']], '{"name":"caf\u00e9","qty":2}'),
]

function response(status: number, statusDescription: string, headers: Headers): EdgeTestResponse {
  return { status, statusDescription, headers }
}

const DATE: readonly [string, string] = ['Date', 'Mon, 03 Mar 2025 10:00:00 GMT']
export const ORIGIN_RESPONSES: Record<'ok' | 'notModified' | 'notFound' | 'badGateway', EdgeTestResponse> = {
  ok: response(200, 'OK', [
    DATE,
    ['Content-Type', 'text/html; charset=utf-8'],
    ['Content-Length', '1270'],
    ['ETag', '"5d8c72a5edda8"'],
    ['Last-Modified', 'Fri, 28 Feb 2025 08:00:00 GMT'],
    ['Cache-Control', 'max-age=60'],
    ['Server', 'nginx'],
  ]),
  notModified: response(304, 'Not Modified', [DATE, ['ETag', '"5d8c72a5edda8"'], ['Cache-Control', 'max-age=60']]),
  notFound: response(404, 'Not Found', [DATE, ['Content-Type', 'text/html'], ['Content-Length', '153'], ['Server', 'nginx']]),
  badGateway: response(502, 'Bad Gateway', [DATE, ['Content-Type', 'text/html'], ['Content-Length', '157'], ['Server', 'nginx']]),
}

function byName(name: string): EdgeTestRequest {
  const found = VIEWER_REQUESTS.find((r) => r.name === name)
  if (!found) throw new Error(`no built-in request ${name}`)
  return found
}

/** Response events: every origin status on the plain request, and a few requests on a 200. */
const RESPONSE_EVENT_REQUESTS: readonly EdgeTestRequest[] = [
  { ...byName('get-root'), name: 'get-root/200', response: ORIGIN_RESPONSES.ok },
  { ...byName('get-root'), name: 'get-root/304', response: ORIGIN_RESPONSES.notModified },
  { ...byName('get-root'), name: 'get-root/404', response: ORIGIN_RESPONSES.notFound },
  { ...byName('get-root'), name: 'get-root/502', response: ORIGIN_RESPONSES.badGateway },
  { ...byName('get-bare'), name: 'get-bare/200', response: ORIGIN_RESPONSES.ok },
  { ...byName('get-with-cookies'), name: 'get-with-cookies/200', response: ORIGIN_RESPONSES.ok },
  { ...byName('get-page-with-query'), name: 'get-page-with-query/200', response: ORIGIN_RESPONSES.ok },
  { ...byName('head-asset'), name: 'head-asset/200', response: ORIGIN_RESPONSES.ok },
  { ...byName('get-non-ascii'), name: 'get-non-ascii/404', response: ORIGIN_RESPONSES.notFound },
]

/** The built-in set for one event, followed by the config's own requests (a 200 answers them in response events). */
export function requestsFor(event: EdgeEvent, own: readonly EdgeTestRequest[] = []): EdgeTestRequest[] {
  if (isRequestEvent(event)) return [...VIEWER_REQUESTS, ...own]
  return [...RESPONSE_EVENT_REQUESTS, ...own.map((r) => ({ ...r, response: r.response ?? ORIGIN_RESPONSES.ok }))]
}

/**
 * Planted origins for the HTTP exchange (causes C6 and C8): raw servers that send exactly the broken
 * bytes, a slow-drip origin, a Node `http` server with its default 5 s keep-alive behind an ALB, and
 * healthy ones that must stay clean. Their config declares `health`, so the HTTP checks run.
 */
import type { CertificateRecipe, HttpAnswer, HttpPlan, Scenario } from './scenario.js'

export const HTTP_LAB_ZONE = 'http.lab.origin-preflight.test'
const d = (label: string) => `${label}.${HTTP_LAB_ZONE}`
const certificateFor = (label: string): CertificateRecipe => ({ names: [d(label)] })
const HEALTH = { path: '/healthz' }
const OK = 'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 3\r\n\r\nok\n'
const withStatus = (status: string) => `HTTP/1.1 ${status}\r\nContent-Type: text/plain\r\nContent-Length: 3\r\n\r\nok\n`

function plain(
  name: string,
  fault: string,
  answer: HttpAnswer,
  expect: Scenario['expect'],
  extra: Partial<Scenario> = {},
  health: HttpPlan['health'] = HEALTH,
): Scenario {
  return { name, fault, domain: d(name), tls: { kind: 'http-only' }, http: { health, answer }, expect, ...extra }
}

function overTls(name: string, fault: string, answer: HttpAnswer, expect: Scenario['expect']): Scenario {
  return {
    name,
    fault,
    domain: d(name),
    tls: { kind: 'chain', certificate: certificateFor(name) },
    http: { health: HEALTH, answer },
    expect,
  }
}

export const HTTP_SCENARIOS: readonly Scenario[] = [
  plain('http-healthy', 'none: 200 with Content-Length, connection kept open', { kind: 'bytes', response: OK, then: 'keep-open' }, []),
  overTls(
    'https-healthy-chunked',
    'none: chunked 200 over TLS, connection kept open',
    {
      kind: 'bytes',
      response: 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nok\n\r\n0\r\n\r\n',
      then: 'keep-open',
    },
    [],
  ),
  plain(
    'http-head-healthy',
    'none: HEAD answered 204 as expect-status says',
    { kind: 'bytes', response: 'HTTP/1.1 204 No Content\r\n\r\n', then: 'keep-open' },
    [],
    {},
    { path: '/ping', method: 'HEAD', expectStatus: [204] },
  ),
  plain('http-no-response', 'closes without a byte', { kind: 'silent-close' }, [{ code: 'HTTP_NO_RESPONSE', severity: 'error' }]),
  plain('http-slow-drip', 'drips its response one byte a second', { kind: 'drip', response: OK }, [
    { code: 'HTTP_NO_RESPONSE', severity: 'error' },
  ]),
  plain(
    'http-reset-mid-response',
    'a status line and some headers, then a TCP reset',
    {
      kind: 'reset-after',
      response: 'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Len',
    },
    [{ code: 'HTTP_CONNECTION_RESET', severity: 'error' }],
  ),
  plain(
    'http-bad-status-line',
    'status line "HTTP/1.1 OK"',
    { kind: 'bytes', response: 'HTTP/1.1 OK\r\nContent-Length: 3\r\n\r\nok\n', then: 'close' },
    [{ code: 'HTTP_MALFORMED_RESPONSE', severity: 'error' }],
  ),
  plain(
    'http-obs-fold',
    'a header folded onto a second line',
    {
      kind: 'bytes',
      response: 'HTTP/1.1 200 OK\r\nX-Trace: a\r\n b\r\nContent-Length: 3\r\n\r\nok\n',
      then: 'keep-open',
    },
    [{ code: 'HTTP_MALFORMED_RESPONSE', severity: 'error' }],
  ),
  plain(
    'http-headers-over-32k',
    'a 40 KiB Set-Cookie header',
    {
      kind: 'bytes',
      response: `HTTP/1.1 200 OK\r\nSet-Cookie: s=${'x'.repeat(40 * 1024)}\r\nContent-Length: 3\r\n\r\nok\n`,
      then: 'close',
    },
    [{ code: 'HTTP_MALFORMED_RESPONSE', severity: 'error' }],
  ),
  overTls(
    'https-extra-crlf',
    'an empty line between header fields, over TLS',
    {
      kind: 'bytes',
      response: 'HTTP/1.1 200 OK\r\nX-Request-Id: 42\r\n\r\nContent-Type: text/plain\r\nContent-Length: 3\r\n\r\nok\n',
      then: 'close',
    },
    [{ code: 'HTTP_EXTRA_CRLF_IN_HEADERS', severity: 'error' }],
  ),
  plain(
    'http-content-length-invalid',
    'Content-Length: 3abc',
    { kind: 'bytes', response: 'HTTP/1.1 200 OK\r\nContent-Length: 3abc\r\n\r\nok\n', then: 'close' },
    [{ code: 'HTTP_CONTENT_LENGTH_INVALID', severity: 'error' }],
  ),
  plain(
    'http-content-length-conflict',
    'Content-Length 3 and 4',
    {
      kind: 'bytes',
      response: 'HTTP/1.1 200 OK\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nok\n',
      then: 'close',
    },
    [{ code: 'HTTP_CONTENT_LENGTH_INVALID', severity: 'error' }],
  ),
  plain('http-body-exceeds', '5 bytes more than Content-Length', { kind: 'bytes', response: `${OK}EXTRA`, then: 'keep-open' }, [
    { code: 'HTTP_BODY_EXCEEDS_CONTENT_LENGTH', severity: 'error' },
  ]),
  plain(
    'http-no-framing',
    'a body ended only by closing',
    {
      kind: 'bytes',
      response: 'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nok\n',
      then: 'close',
    },
    [{ code: 'HTTP_NO_FRAMING', severity: 'warning' }],
  ),
  plain(
    'http-cl-and-te',
    'Content-Length with chunked encoding',
    {
      kind: 'bytes',
      response: 'HTTP/1.1 200 OK\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nok\n\r\n0\r\n\r\n',
      then: 'keep-open',
    },
    [{ code: 'HTTP_CL_AND_TE', severity: 'error' }],
  ),
  plain(
    'http-bad-chunking',
    'chunk size "zz"',
    {
      kind: 'bytes',
      response: 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nok\n\r\n0\r\n\r\n',
      then: 'close',
    },
    [{ code: 'HTTP_BAD_CHUNKING', severity: 'error' }],
  ),
  plain(
    'http-backend-5xx',
    'the origin answers 502 itself',
    { kind: 'bytes', response: withStatus('502 Bad Gateway'), then: 'keep-open' },
    [{ code: 'HTTP_BACKEND_5XX', severity: 'error' }],
  ),
  plain(
    'http-unexpected-status',
    'the health path answers 404',
    { kind: 'bytes', response: withStatus('404 Not Found'), then: 'keep-open' },
    [{ code: 'HTTP_UNEXPECTED_STATUS', severity: 'warning' }],
  ),
  plain('http-redirect-elsewhere', 'a 301 to another host', { kind: 'redirect-elsewhere' }, [
    { code: 'HTTP_UNEXPECTED_STATUS', severity: 'warning' },
  ]),
  plain(
    'http-keepalive-node-alb',
    'Node http server (keep-alive 5 s) behind an ALB (idle 60 s)',
    { kind: 'node-http' },
    [{ code: 'HTTP_KEEPALIVE_TOO_SHORT', severity: 'warning' }],
    { edge: 'alb' },
  ),
  plain(
    'http-keepalive-closes-early',
    'closes idle connections after 1 s, unannounced',
    {
      kind: 'bytes',
      response: OK,
      then: { closeAfterMs: 1000 },
    },
    [{ code: 'HTTP_KEEPALIVE_TOO_SHORT', severity: 'warning' }],
  ),
  // Last: it holds its slot while it reads, and needs no long wait.
  plain('http-endless-chunked', 'a chunked body that never ends', { kind: 'endless-chunked' }, [
    { code: 'HTTP_BODY_UNREAD', severity: 'notice' },
  ]),
]

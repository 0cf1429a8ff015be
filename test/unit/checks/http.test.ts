/** The HTTP checks on observations as the exchange records them: codes, evidence, and what is left to other checks. */
import { describe, expect, it } from 'vitest'
import { loadTrustStore } from '../../../src/cert/trust.js'
import type { CheckContext } from '../../../src/checks/define.js'
import type { Observations } from '../../../src/probes/observations.js'
import { loopbackObservations } from './harness.js'
import { httpKeepAliveCheck } from '../../../src/checks/http-keepalive.js'
import { httpResponseCheck } from '../../../src/checks/http-response.js'
import { httpStatusCheck } from '../../../src/checks/http-status.js'
import { parseConfig } from '../../../src/config/load.js'
import { edgeProfile } from '../../../src/edges/index.js'
import { HTTP_PROBLEMS, type HttpDefect, type HttpExchangeObservation, type HttpProblem } from '../../../src/probes/http/types.js'
import type { TlsHelloResult } from '../../../src/probes/tls/types.js'
import { toFinding } from '../../../src/findings/to-finding.js'
import { CATALOGUE } from '../../../src/findings/catalogue.js'

function contextFor(lines: string[] = [], edge: 'cloudfront' | 'alb' = 'cloudfront'): CheckContext {
  const config = parseConfig(
    [
      'version: 1',
      'origins:',
      '  - name: api',
      '    domain: api.lab.test',
      '    addresses: [127.0.0.1]',
      `    edge: ${edge}`,
      '    health:',
      '      path: /healthz',
      ...lines.map((l) => `    ${l}`),
      '',
    ].join('\n'),
    'http.yml',
  )
  return { origin: config.origins[0]!, edge: edgeProfile(edge), trust: loadTrustStore([]), now: new Date() }
}

function exchange(extra: Partial<HttpExchangeObservation> = {}): HttpExchangeObservation {
  return {
    address: '127.0.0.1',
    port: 8443,
    tls: true,
    host: 'api.lab.test',
    method: 'GET',
    path: '/healthz',
    head: { version: 'HTTP/1.1', status: 200, fieldNames: ['Content-Length'], headBytes: 38 },
    interim: [],
    framing: 'length',
    bodyBytes: 2,
    defects: [],
    persistent: true,
    timings: { totalMs: 12 },
    ...extra,
  }
}

function observations(http: HttpExchangeObservation[], more: Partial<Observations> = {}): Observations {
  return loopbackObservations({ http, ...more })
}

const PLACEHOLDER = /\{[A-Za-z.]+\}/

/** Every problem the probe can name, under the kind that carries it. */
const PROBLEMS_OF: Readonly<Partial<Record<HttpDefect['kind'], readonly HttpProblem[]>>> = {
  'no-response': [
    'connect-timeout',
    'connect-error',
    'tls-timeout',
    'tls-error',
    'nothing-before-timeout',
    'partial-head-before-timeout',
    'ended-before-any-byte',
    'ended-in-head',
  ],
  'incomplete-body': ['ended-in-body', 'unframed-body-reset'],
  'leading-empty-line': ['leading-empty-line'],
  'bare-lf': ['bare-lf'],
  'status-line': ['status-line-syntax', 'unsupported-version', 'status-out-of-range', 'too-many-interim'],
  'empty-line-in-headers': ['stray-cr-line', 'stray-empty-line'],
  'obs-fold': ['whitespace-before-first-field', 'obs-fold'],
  'field-syntax': ['no-colon', 'empty-name', 'space-before-colon', 'name-not-token'],
  'control-character': ['bare-cr-in-value', 'control-byte-in-value'],
  'header-block-too-large': ['header-block-too-large'],
  'transfer-encoding': ['te-not-chunked-last'],
  'content-length-invalid': ['cl-empty', 'cl-negative', 'cl-too-large', 'cl-not-integer'],
  'content-length-conflict': ['cl-conflict'],
  'cl-and-te': ['cl-and-te'],
  'body-exceeds-content-length': ['bytes-beyond-length', 'body-not-allowed'],
  'no-framing': ['unframed-body-timeout', 'unframed-body-close', 'unframed-body-over-budget'],
  'chunk-size': ['chunk-line-unterminated', 'chunk-line-bare-lf', 'chunk-size-not-hex', 'chunk-size-too-large'],
  'chunk-data-end': ['chunk-data-no-crlf'],
  'chunk-trailer': ['trailer-not-field'],
  'after-last-chunk': ['bytes-after-last-chunk'],
  'incomplete-chunked': ['ended-in-chunks'],
  'body-unread': ['body-over-byte-budget', 'body-over-time-budget'],
}

describe('http-response', () => {
  it('turns each defect into its code, with the bytes, the request and the SNI name on HTTPS', () => {
    const defects: HttpDefect[] = [
      { kind: 'obs-fold', problem: 'obs-fold', bytes: 'X-A: 1\\r\\n 2\\r\\n', offset: 17 },
      { kind: 'content-length-conflict', problem: 'cl-conflict', value: '3, 4', bytes: 'Content-Length: 3, 4\\r\\n', offset: 30 },
    ]
    const found = httpResponseCheck.run(observations([exchange({ defects })]), contextFor())
    expect(found.map((f) => f.code)).toEqual(['HTTP_MALFORMED_RESPONSE', 'HTTP_CONTENT_LENGTH_INVALID'])
    expect(found[0]).toMatchObject({
      address: '127.0.0.1',
      port: 8443,
      name: 'api.lab.test',
      details: {
        defect: 'obs-fold',
        problem: 'obs-fold',
        bytes: 'X-A: 1\\r\\n 2\\r\\n',
        offset: 17,
        method: 'GET',
        host: 'api.lab.test',
        path: '/healthz',
        scheme: 'https',
        status: 200,
      },
    })
    const messages = found.map((f) => toFinding(f, 'api', 'http').message)
    expect(messages).toEqual([
      'The response from 127.0.0.1:8443 to GET /healthz is malformed: a header value folded onto a continuation line (obs-fold) ("X-A: 1\\r\\n 2\\r\\n").',
      'The response from 127.0.0.1:8443 to GET /healthz has several Content-Length values that differ: Content-Length 3, 4.',
    ])
  })

  it('names no SNI on plain HTTP, and words every problem of every kind with its own phrase and every fact filled', () => {
    const facts = {
      bytes: 'b',
      value: 'v',
      contentLength: 3,
      afterMs: 1000,
      bytesReceived: 7,
      bodyBytes: 2,
      extraBytes: 5,
      limit: 9,
      count: 1,
      status: 600,
      version: 'HTTP/2.0',
      field: 'X-A',
      error: 'connect ECONNREFUSED 127.0.0.1:1',
    }
    const defects = Object.entries(PROBLEMS_OF).flatMap(([kind, problems]) =>
      problems.map((problem): HttpDefect => ({
        kind: kind as HttpDefect['kind'],
        problem,
        ...facts,
        end: problem === 'unframed-body-reset' ? 'reset' : 'closed',
        method: 'GET',
        framing: 'chunked',
      })),
    )
    expect(defects.map((d) => d.problem).sort()).toEqual([...HTTP_PROBLEMS].sort())
    const found = httpResponseCheck.run(observations([exchange({ tls: false, defects })]), contextFor())
    expect(new Set(found.map((f) => f.code))).toEqual(new Set(httpResponseCheck.codes))
    for (const f of found) {
      expect(f.name).toBeUndefined()
      const finding = toFinding(f, 'api', 'http')
      expect(finding.message, f.code).not.toMatch(PLACEHOLDER)
      expect(finding.remedy, f.code).not.toMatch(PLACEHOLDER)
      // Worded by its own phrase, never the catch-all, where the code's words depend on the problem.
      const byProblem = Object.values(CATALOGUE[f.code].phrases ?? {}).filter((p) => p.by === 'problem')
      if (byProblem.length > 0)
        expect(
          byProblem.some((p) => Object.hasOwn(p.is, String(f.details['problem']))),
          String(f.details['problem']),
        ).toBe(true)
    }
  })

  it('a reset after part of the response is HTTP_CONNECTION_RESET, whatever it cut short; before any byte it is no response', () => {
    const cut: HttpDefect[] = [
      {
        kind: 'no-response',
        problem: 'ended-in-head',
        stage: 'response',
        end: 'reset',
        bytesReceived: 18,
        bytes: 'HTTP/1.1 200 OK\\r\\nX',
        offset: 0,
      },
      { kind: 'incomplete-body', problem: 'ended-in-body', end: 'reset', bytesReceived: 41, bodyBytes: 2, contentLength: 10 },
      {
        kind: 'incomplete-chunked',
        problem: 'ended-in-chunks',
        end: 'reset',
        bytesReceived: 54,
        bodyBytes: 2,
        bytes: '2\\r\\nok\\r\\n',
        offset: 47,
      },
      { kind: 'incomplete-body', problem: 'unframed-body-reset', end: 'reset', bytesReceived: 45, bodyBytes: 0, bytes: '', offset: 45 },
      { kind: 'no-response', problem: 'ended-before-any-byte', stage: 'response', end: 'reset', bytesReceived: 0 },
      {
        kind: 'no-response',
        problem: 'ended-in-head',
        stage: 'response',
        end: 'closed',
        bytesReceived: 18,
        bytes: 'HTTP/1.1 200 OK\\r\\nX',
        offset: 0,
      },
    ]
    const found = httpResponseCheck.run(observations([exchange({ defects: cut })]), contextFor())
    expect(found.map((f) => [f.code, f.details['problem'], f.details['end']])).toEqual([
      ['HTTP_CONNECTION_RESET', 'ended-in-head', 'reset'],
      ['HTTP_CONNECTION_RESET', 'ended-in-body', 'reset'],
      ['HTTP_CONNECTION_RESET', 'ended-in-chunks', 'reset'],
      ['HTTP_CONNECTION_RESET', 'unframed-body-reset', 'reset'],
      ['HTTP_NO_RESPONSE', 'ended-before-any-byte', 'reset'],
      ['HTTP_NO_RESPONSE', 'ended-in-head', 'closed'],
    ])
    expect(toFinding(found[0]!, 'api', 'http').message).toBe(
      '127.0.0.1:8443 reset the connection (TCP RST) in the middle of its response to GET /healthz: after 18 bytes, before the header block ended.',
    )
    expect(toFinding(found[5]!, 'api', 'http').message).toBe(
      '127.0.0.1:8443 gave no complete response to GET /healthz: the origin closed the connection after 18 bytes, before the header block ended.',
    )
    expect(httpResponseCheck.codes).toContain('HTTP_CONNECTION_RESET')
  })

  it('leaves a refused connection to the ports check and a refused handshake to the TLS check', () => {
    const connect = exchange({
      defects: [{ kind: 'no-response', stage: 'connect', problem: 'connect-error', error: 'connect ECONNREFUSED' }],
    })
    const tls = exchange({ port: 9443, defects: [{ kind: 'no-response', stage: 'tls', problem: 'tls-error', error: 'socket hang up' }] })
    const tcpClosed = [
      { address: '127.0.0.1', port: 8443, outcome: 'refused' as const, timeoutMs: 1000, ms: 1, attempts: 1, budget: 1, failures: [] },
    ]
    const refusedHello = { address: '127.0.0.1', port: 9443, ok: false, kind: 'alert', offered: 'TLSv1.2', ms: 1 } as TlsHelloResult
    expect(httpResponseCheck.run(observations([connect, tls], { tcp: tcpClosed, tls: [refusedHello] }), contextFor())).toEqual([])
    // The edge's own hello went through: Node's handshake failing is news, and reported.
    const acceptedHello = {
      address: '127.0.0.1',
      port: 9443,
      ok: true,
      version: 'TLSv1.2',
      cipherSuite: 0xc02f,
      certificates: [],
      certificateRequested: false,
      offered: 'TLSv1.2',
      ms: 1,
    } as TlsHelloResult
    expect(
      httpResponseCheck.run(observations([tls], { tls: [acceptedHello] }), contextFor()).map((f) => [f.code, f.details['stage']]),
    ).toEqual([['HTTP_NO_RESPONSE', 'tls']])
  })
})

describe('http-status', () => {
  it('5xx is HTTP_BACKEND_5XX, any other status outside expect-status HTTP_UNEXPECTED_STATUS', () => {
    const statuses = [200, 204, 404, 502, 503].map((status) =>
      exchange({ head: { version: 'HTTP/1.1', status, fieldNames: [], headBytes: 20 } }),
    )
    const found = httpStatusCheck.run(observations(statuses), contextFor(['  expect-status: [200, 204, 503]']))
    expect(found.map((f) => [f.code, f.details['status']])).toEqual([
      ['HTTP_UNEXPECTED_STATUS', 404],
      ['HTTP_BACKEND_5XX', 502],
    ])
    expect(toFinding(found[1]!, 'api', 'http').message).toBe('127.0.0.1:8443 answered 502 to GET /healthz.')
    expect(toFinding(found[0]!, 'api', 'http').message).toBe('127.0.0.1:8443 answered 404 to GET /healthz; expected 200, 204, 503.')
  })

  it('notes a redirect to another host and where following it ends', () => {
    const redirect = {
      location: 'https://login.example.test/',
      host: 'login.example.test',
      followed: { url: 'https://login.example.test/sso', status: 200 },
    }
    const head = { version: 'HTTP/1.1', status: 302, fieldNames: ['Location'], headBytes: 60, location: redirect.location }
    const [finding] = httpStatusCheck.run(observations([exchange({ head, redirect })]), contextFor())
    expect(finding?.details).toMatchObject({ status: 302, redirect, redirectOutcome: 'followed' })
    expect(toFinding(finding!, 'api', 'http').message).toBe(
      '127.0.0.1:8443 answered 302 to GET /healthz; expected 200; it redirects to another host, login.example.test (https://login.example.test/sso answers 200).',
    )
    const failed = { ...redirect, followed: { error: 'getaddrinfo ENOTFOUND login.example.test' } }
    const [unfollowed] = httpStatusCheck.run(observations([exchange({ head: { ...head, status: 503 }, redirect: failed })]), contextFor())
    expect(unfollowed?.details).toMatchObject({ redirectOutcome: 'follow-failed' })
    expect(toFinding(unfollowed!, 'api', 'http').message).toBe(
      '127.0.0.1:8443 answered 503 to GET /healthz; it redirects to another host, login.example.test (following it failed: getaddrinfo ENOTFOUND login.example.test).',
    )
    const { followed: _, ...bare } = redirect
    const [notFollowed] = httpStatusCheck.run(observations([exchange({ head, redirect: bare })]), contextFor())
    expect(toFinding(notFollowed!, 'api', 'http').message).toBe(
      '127.0.0.1:8443 answered 302 to GET /healthz; expected 200; it redirects to another host, login.example.test.',
    )
  })

  it('says nothing without a status line', () => {
    const { head: _, ...headless } = exchange()
    expect(httpStatusCheck.run(observations([headless]), contextFor())).toEqual([])
  })
})

describe('http-keepalive', () => {
  const idle = (keepAlive: HttpExchangeObservation['keepAlive'], extra: Partial<HttpExchangeObservation> = {}) =>
    observations([exchange({ keepAlive, ...extra })])

  it("an observed close at or before the edge's window", () => {
    const [finding] = httpKeepAliveCheck.run(idle({ closedAfterMs: 1000, watchedMs: 1000 }), contextFor())
    expect(finding).toMatchObject({
      code: 'HTTP_KEEPALIVE_TOO_SHORT',
      details: { closedAfterMs: 1000, edgeMs: 5000, source: 'observed', edgeWindowFrom: 'default', edge: 'cloudfront' },
    })
    expect(toFinding(finding!, 'api', 'http').message).toBe(
      '127.0.0.1:8443 closes idle connections after 1000 ms (observed); the edge reuses them for up to 5000 ms (cloudfront default).',
    )
    expect(httpKeepAliveCheck.run(idle({ closedAfterMs: 5000, watchedMs: 5000 }), contextFor())).toHaveLength(1)
    expect(httpKeepAliveCheck.run(idle({ closedAfterMs: 5200, watchedMs: 5200 }), contextFor())).toEqual([])
  })

  it('an announced Keep-Alive timeout within the window, where the watch ended first', () => {
    const [finding] = httpKeepAliveCheck.run(idle({ announcedTimeoutMs: 5000, watchedMs: 3000 }), contextFor([], 'alb'))
    expect(finding?.details).toMatchObject({
      closedAfterMs: 5000,
      edgeMs: 60_000,
      source: 'announced',
      announcedTimeoutS: 5,
      edgeWindowFrom: 'default',
      edge: 'alb',
    })
    expect(toFinding(finding!, 'api', 'http').message).toBe(
      '127.0.0.1:8443 closes idle connections after 5000 ms (announced as Keep-Alive: timeout=5); the edge reuses them for up to 60000 ms (alb default).',
    )
    expect(httpKeepAliveCheck.run(idle({ announcedTimeoutMs: 75_000, watchedMs: 3000 }), contextFor([], 'alb'))).toEqual([])
  })

  it('uses timeouts.keep-alive-ms over the edge default', () => {
    const context = contextFor(['timeouts:', '  keep-alive-ms: 1500'])
    expect(httpKeepAliveCheck.run(idle({ closedAfterMs: 1600, watchedMs: 1600 }), context)).toEqual([])
    const [finding] = httpKeepAliveCheck.run(idle({ closedAfterMs: 1400, watchedMs: 1400 }), context)
    expect(finding?.details).toMatchObject({ edgeMs: 1500, edgeWindowFrom: 'config' })
    expect(toFinding(finding!, 'api', 'http').message).toMatch(/up to 1500 ms \(timeouts\.keep-alive-ms\)\.$/)
  })

  it('judges only clean responses that were watched', () => {
    expect(httpKeepAliveCheck.run(idle(undefined), contextFor())).toEqual([])
    const defects: HttpDefect[] = [{ kind: 'obs-fold', problem: 'obs-fold', bytes: 'y' }]
    expect(httpKeepAliveCheck.run(idle({ closedAfterMs: 10, watchedMs: 10 }, { defects }), contextFor())).toEqual([])
  })
})

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
import type { HttpDefect, HttpExchangeObservation } from '../../../src/probes/http/types.js'
import type { TlsHelloResult } from '../../../src/probes/tls/types.js'
import { toFinding } from '../../../src/findings/to-finding.js'

function contextFor(lines: string[] = [], edge: 'cloudfront' | 'alb' = 'cloudfront'): CheckContext {
  const config = parseConfig(
    ['version: 1', 'origins:', '  - name: api', '    domain: api.lab.test', '    addresses: [127.0.0.1]', `    edge: ${edge}`, '    health:', '      path: /healthz', ...lines.map((l) => `    ${l}`), ''].join('\n'),
    'http.yml',
  )
  return { origin: config.origins[0]!, edge: edgeProfile(edge), trust: loadTrustStore([]), now: new Date() }
}

function exchange(extra: Partial<HttpExchangeObservation> = {}): HttpExchangeObservation {
  return {
    address: '127.0.0.1', port: 8443, tls: true, host: 'api.lab.test', method: 'GET', path: '/healthz',
    head: { version: 'HTTP/1.1', status: 200, fieldNames: ['Content-Length'], headBytes: 38 },
    interim: [], framing: 'length', bodyBytes: 2, defects: [], persistent: true, timings: { totalMs: 12 }, ...extra,
  }
}

function observations(http: HttpExchangeObservation[], more: Partial<Observations> = {}): Observations {
  return loopbackObservations({ http, ...more })
}

const PLACEHOLDER = /\{[A-Za-z]+\}/

describe('http-response', () => {
  it('turns each defect into its code, with the bytes, the request and the SNI name on HTTPS', () => {
    const defects: HttpDefect[] = [
      { kind: 'obs-fold', reason: 'a header value folded onto a continuation line (obs-fold)', bytes: 'X-A: 1\\r\\n 2\\r\\n', offset: 17 },
      { kind: 'content-length-conflict', reason: 'several Content-Length values that differ', value: '3, 4', bytes: 'Content-Length: 3, 4\\r\\n', offset: 30 },
    ]
    const found = httpResponseCheck.run(observations([exchange({ defects })]), contextFor())
    expect(found.map((f) => f.code)).toEqual(['HTTP_MALFORMED_RESPONSE', 'HTTP_CONTENT_LENGTH_INVALID'])
    expect(found[0]).toMatchObject({
      address: '127.0.0.1', port: 8443, name: 'api.lab.test',
      details: { defect: 'obs-fold', bytes: 'X-A: 1\\r\\n 2\\r\\n', offset: 17, method: 'GET', host: 'api.lab.test', path: '/healthz', scheme: 'https', status: 200 },
    })
    const messages = found.map((f) => toFinding(f, 'api', 'http').message)
    expect(messages).toEqual([
      'The response from 127.0.0.1:8443 to GET /healthz is malformed: a header value folded onto a continuation line (obs-fold) ("X-A: 1\\r\\n 2\\r\\n").',
      'The response from 127.0.0.1:8443 to GET /healthz has several Content-Length values that differ: Content-Length 3, 4.',
    ])
  })

  it('names no SNI on plain HTTP, and fills every template of every code', () => {
    const kinds: HttpDefect['kind'][] = ['no-response', 'incomplete-body', 'status-line', 'empty-line-in-headers', 'content-length-invalid', 'cl-and-te', 'body-exceeds-content-length', 'no-framing', 'chunk-size']
    const defects = kinds.map((kind): HttpDefect => ({ kind, reason: 'why', bytes: 'b', value: 'v', contentLength: 3 }))
    const found = httpResponseCheck.run(observations([exchange({ tls: false, defects })]), contextFor())
    expect(new Set(found.map((f) => f.code)).size).toBe(8)
    for (const f of found) {
      expect(f.name).toBeUndefined()
      const finding = toFinding(f, 'api', 'http')
      expect(finding.message, f.code).not.toMatch(PLACEHOLDER)
      expect(finding.remedy, f.code).not.toMatch(PLACEHOLDER)
    }
  })

  it('leaves a refused connection to the ports check and a refused handshake to the TLS check', () => {
    const connect = exchange({ defects: [{ kind: 'no-response', stage: 'connect', reason: 'connect ECONNREFUSED' }] })
    const tls = exchange({ port: 9443, defects: [{ kind: 'no-response', stage: 'tls', reason: 'socket hang up' }] })
    const tcpClosed = [{ address: '127.0.0.1', port: 8443, outcome: 'refused' as const, timeoutMs: 1000, ms: 1, attempts: 1, budget: 1, failures: [] }]
    const refusedHello = { address: '127.0.0.1', port: 9443, ok: false, kind: 'alert', offered: 'TLSv1.2', ms: 1 } as TlsHelloResult
    expect(httpResponseCheck.run(observations([connect, tls], { tcp: tcpClosed, tls: [refusedHello] }), contextFor())).toEqual([])
    // The edge's own hello went through: Node's handshake failing is news, and reported.
    const acceptedHello = { address: '127.0.0.1', port: 9443, ok: true, version: 'TLSv1.2', cipherSuite: 0xc02f, certificates: [], certificateRequested: false, offered: 'TLSv1.2', ms: 1 } as TlsHelloResult
    expect(httpResponseCheck.run(observations([tls], { tls: [acceptedHello] }), contextFor()).map((f) => [f.code, f.details['stage']])).toEqual([['HTTP_NO_RESPONSE', 'tls']])
  })
})

describe('http-status', () => {
  it('5xx is HTTP_BACKEND_5XX, any other status outside expect-status HTTP_UNEXPECTED_STATUS', () => {
    const statuses = [200, 204, 404, 502, 503].map((status) => exchange({ head: { version: 'HTTP/1.1', status, fieldNames: [], headBytes: 20 } }))
    const found = httpStatusCheck.run(observations(statuses), contextFor(['  expect-status: [200, 204, 503]']))
    expect(found.map((f) => [f.code, f.details['status']])).toEqual([['HTTP_UNEXPECTED_STATUS', 404], ['HTTP_BACKEND_5XX', 502]])
    expect(toFinding(found[1]!, 'api', 'http').message).toBe('127.0.0.1:8443 answered 502 to GET /healthz.')
    expect(toFinding(found[0]!, 'api', 'http').message).toBe('127.0.0.1:8443 answered 404 to GET /healthz; expected 200, 204, 503.')
  })

  it('notes a redirect to another host and where following it ends', () => {
    const redirect = { location: 'https://login.example.test/', host: 'login.example.test', followed: { url: 'https://login.example.test/sso', status: 200 } }
    const head = { version: 'HTTP/1.1', status: 302, fieldNames: ['Location'], headBytes: 60, location: redirect.location }
    const [finding] = httpStatusCheck.run(observations([exchange({ head, redirect })]), contextFor())
    expect(finding?.details).toMatchObject({ status: 302, redirect })
    expect(toFinding(finding!, 'api', 'http').message).toBe(
      '127.0.0.1:8443 answered 302 to GET /healthz; expected 200; it redirects to another host, login.example.test (https://login.example.test/sso answers 200).',
    )
  })

  it('says nothing without a status line', () => {
    const { head: _, ...headless } = exchange()
    expect(httpStatusCheck.run(observations([headless]), contextFor())).toEqual([])
  })
})

describe('http-keepalive', () => {
  const idle = (keepAlive: HttpExchangeObservation['keepAlive'], extra: Partial<HttpExchangeObservation> = {}) => observations([exchange({ keepAlive, ...extra })])

  it('an observed close at or before the edge\'s window', () => {
    const [finding] = httpKeepAliveCheck.run(idle({ closedAfterMs: 1000, watchedMs: 1000 }), contextFor())
    expect(finding).toMatchObject({ code: 'HTTP_KEEPALIVE_TOO_SHORT', details: { closedAfterMs: 1000, edgeMs: 5000, source: 'observed', edgeWindowFrom: 'cloudfront default' } })
    expect(toFinding(finding!, 'api', 'http').message).toBe(
      '127.0.0.1:8443 closes idle connections after 1000 ms (observed); the edge reuses them for up to 5000 ms (cloudfront default).',
    )
    expect(httpKeepAliveCheck.run(idle({ closedAfterMs: 5000, watchedMs: 5000 }), contextFor())).toHaveLength(1)
    expect(httpKeepAliveCheck.run(idle({ closedAfterMs: 5200, watchedMs: 5200 }), contextFor())).toEqual([])
  })

  it('an announced Keep-Alive timeout within the window, where the watch ended first', () => {
    const [finding] = httpKeepAliveCheck.run(idle({ announcedTimeoutMs: 5000, watchedMs: 3000 }), contextFor([], 'alb'))
    expect(finding?.details).toMatchObject({ closedAfterMs: 5000, edgeMs: 60_000, source: 'announced as Keep-Alive: timeout=5', edgeWindowFrom: 'alb default' })
    expect(httpKeepAliveCheck.run(idle({ announcedTimeoutMs: 75_000, watchedMs: 3000 }), contextFor([], 'alb'))).toEqual([])
  })

  it('uses timeouts.keep-alive-ms over the edge default', () => {
    const context = contextFor(['timeouts:', '  keep-alive-ms: 1500'])
    expect(httpKeepAliveCheck.run(idle({ closedAfterMs: 1600, watchedMs: 1600 }), context)).toEqual([])
    const [finding] = httpKeepAliveCheck.run(idle({ closedAfterMs: 1400, watchedMs: 1400 }), context)
    expect(finding?.details).toMatchObject({ edgeMs: 1500, edgeWindowFrom: 'timeouts.keep-alive-ms' })
  })

  it('judges only clean responses that were watched', () => {
    expect(httpKeepAliveCheck.run(idle(undefined), contextFor())).toEqual([])
    const defects: HttpDefect[] = [{ kind: 'obs-fold', reason: 'x', bytes: 'y' }]
    expect(httpKeepAliveCheck.run(idle({ closedAfterMs: 10, watchedMs: 10 }, { defects }), contextFor())).toEqual([])
  })
})

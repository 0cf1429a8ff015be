/** The edge's exchange against real loopback servers: the request it sends, TLS with SNI, deadlines, the idle watch. */
import { createServer } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHttpExchange, type HttpExchangeLimits } from '../../../../src/probes/http/exchange.js'
import type { HttpRequestSpec } from '../../../../src/probes/http/request.js'
import { createAuthority, listenOnLoopback, type Listening, type TestAuthority } from '../../engine/servers.js'
import { freedPort } from '../listeners.js'
import { whatOf } from './read.js'
import { LOOPBACK, OK, drip, endless, startScripted, type Answer, type ScriptedServer } from './servers.js'

const REQUEST: HttpRequestSpec = { method: 'GET', path: '/healthz', host: 'api.example.test', headers: {} }
const LIMITS: HttpExchangeLimits = { connectTimeoutMs: 1000, readTimeoutMs: 3000, idleWatchMs: 300 }
const running: Listening[] = []
let ca: TestAuthority

beforeAll(() => {
  ca = createAuthority('Exchange Lab')
})
afterAll(async () => {
  await Promise.all(running.map((r) => r.close()))
  ca?.cleanup()
})

async function server(answer: Answer): Promise<ScriptedServer> {
  const started = await startScripted(answer)
  running.push(started)
  return started
}

function exchange(
  port: number,
  limits: Partial<HttpExchangeLimits> = {},
  request: Partial<HttpRequestSpec> = {},
  servername?: string,
  secrets: string[] = [],
) {
  return startHttpExchange(
    { address: LOOPBACK, port, ...(servername ? { servername } : {}) },
    { ...REQUEST, ...request },
    { ...LIMITS, ...limits },
    secrets,
  )
}

describe('the request', () => {
  it("carries the edge's Host, the path, the custom headers and Connection: keep-alive, and nothing the exchange owns", async () => {
    const origin = await server((socket) => socket.write(OK))
    const headers = { 'X-Origin-Verify': 'v3ry-s3cret', host: 'evil.example', Connection: 'close', 'X-Split': 'a\r\nInjected: 1' }
    const { observation } = await exchange(origin.port, {}, { headers, path: '/health/deep?x=1' }).done
    expect(origin.requests).toEqual([
      'GET /health/deep?x=1 HTTP/1.1\r\nHost: api.example.test\r\nUser-Agent: origin-preflight/0.1.0\r\nAccept: */*\r\n' +
        'X-Origin-Verify: v3ry-s3cret\r\nConnection: keep-alive\r\n\r\n',
    ])
    expect(observation).toMatchObject({
      tls: false,
      host: 'api.example.test',
      method: 'GET',
      path: '/health/deep?x=1',
      defects: [],
      head: { status: 200, fieldNames: ['Content-Length'] },
    })
    expect(JSON.stringify(observation)).not.toContain('v3ry-s3cret')
  })

  it("goes over TLS with the edge's SNI, whatever the certificate (judged elsewhere)", async () => {
    const leaf = ca.leaf(['other-name.example.test'])
    const origin = await startScripted((socket) => socket.write(OK), { tls: { leaf, chain: [ca.intermediate] } })
    running.push(origin)
    const { observation } = await exchange(origin.port, {}, {}, 'api.example.test').done
    expect(origin.servernames).toEqual(['api.example.test'])
    expect(origin.requests[0]).toMatch(/^GET \/healthz HTTP\/1\.1\r\nHost: api\.example\.test\r\n/)
    expect(observation).toMatchObject({ tls: true, defects: [], head: { status: 200 } })
    expect(observation.timings.tlsMs).toBeGreaterThanOrEqual(0)
  })
})

describe('bounded by the read timeout', () => {
  it('a slow drip (one byte a second) costs no more than the read timeout and ends in no-response', async () => {
    const origin = await server(drip(OK))
    const started = performance.now()
    const { observation } = await exchange(origin.port, { readTimeoutMs: 1500 }).done
    const elapsed = performance.now() - started
    expect(elapsed).toBeGreaterThanOrEqual(1450)
    expect(elapsed).toBeLessThan(1500 + 250)
    expect(observation.defects).toEqual([
      {
        kind: 'no-response',
        problem: 'partial-head-before-timeout',
        stage: 'response',
        end: 'timeout',
        afterMs: 1500,
        bytesReceived: 2,
        bytes: 'HT',
        offset: 0,
      },
    ])
    expect(whatOf(observation.defects[0])).toBe(
      'only 2 bytes arrived within the read timeout of 1500 ms, and the header block had not ended',
    )
  })

  it('an endless body without framing ends in no-framing at the read timeout', async () => {
    const origin = await server(endless('HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n', 'x'.repeat(1024), 20))
    const started = performance.now()
    const { observation } = await exchange(origin.port, { readTimeoutMs: 1000 }).done
    expect(performance.now() - started).toBeLessThan(1000 + 250)
    expect(observation.defects).toHaveLength(1)
    expect(observation.defects[0]).toMatchObject({
      kind: 'no-framing',
      problem: 'unframed-body-timeout',
      end: 'timeout',
      afterMs: 1000,
      bytes: 'x'.repeat(40),
    })
    expect(whatOf(observation.defects[0])).toMatch(
      /^no Content-Length or Transfer-Encoding, and the body had not ended after 1000 ms \(\d+ bytes\)$/,
    )
  })

  it('an endless chunked body is left unread at the read timeout, or at the byte budget, whichever comes first', async () => {
    const chunks = endless('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n', '400\r\n' + 'x'.repeat(1024) + '\r\n', 20)
    const slow = (await exchange((await server(chunks)).port, { readTimeoutMs: 1000 }).done).observation
    expect(slow.defects).toEqual([
      {
        kind: 'body-unread',
        problem: 'body-over-time-budget',
        framing: 'chunked',
        end: 'timeout',
        afterMs: 1000,
        bytesReceived: expect.any(Number),
        bodyBytes: expect.any(Number),
      },
    ])
    expect(slow.defects[0]?.bodyBytes).toBeGreaterThan(10 * 1024)
    const started = performance.now()
    const bounded = (await exchange((await server(chunks)).port, { readTimeoutMs: 5000, maxBodyBytes: 8 * 1024 }).done).observation
    expect(performance.now() - started).toBeLessThan(2000)
    expect(bounded.defects).toEqual([
      { kind: 'body-unread', problem: 'body-over-byte-budget', framing: 'chunked', bodyBytes: expect.any(Number), limit: 8 * 1024 },
    ])
  })

  it('an endless header block stops at 32 KiB, long before the read timeout', async () => {
    const origin = await server(endless('HTTP/1.1 200 OK\r\n', 'X-More: yes\r\n'.repeat(100), 1))
    const started = performance.now()
    const { observation } = await exchange(origin.port, { readTimeoutMs: 5000 }).done
    expect(performance.now() - started).toBeLessThan(2000)
    expect(observation.defects.map((d) => d.kind)).toEqual(['header-block-too-large'])
  })
})

describe('the idle watch', () => {
  it('sees when the origin closes an idle connection, and frees its slot as soon as the response is in', async () => {
    const origin = await server((socket) => {
      socket.write(OK)
      setTimeout(() => socket.destroy(), 400).unref()
    })
    const started = performance.now()
    const run = exchange(origin.port, { idleWatchMs: 2000 })
    await run.responded
    const respondedAfter = performance.now() - started
    const { observation } = await run.done
    expect(respondedAfter).toBeLessThan(200)
    expect(observation.keepAlive?.closedAfterMs).toBeGreaterThanOrEqual(350)
    expect(observation.keepAlive?.closedAfterMs).toBeLessThan(700)
    expect(observation.defects).toEqual([])
  })

  it('watches no longer than asked, nor past the read deadline', async () => {
    const origin = await server((socket) => socket.write('HTTP/1.1 200 OK\r\nKeep-Alive: timeout=75\r\nContent-Length: 3\r\n\r\nok\n'))
    const short = (await exchange(origin.port, { idleWatchMs: 300 }).done).observation
    expect(short.keepAlive).toMatchObject({ announcedTimeoutMs: 75_000 })
    expect(short.keepAlive?.closedAfterMs).toBeUndefined()
    expect(short.keepAlive?.watchedMs).toBeGreaterThanOrEqual(280)
    expect(short.keepAlive?.watchedMs).toBeLessThan(600)
    const started = performance.now()
    const capped = (await exchange(origin.port, { idleWatchMs: 60_000, readTimeoutMs: 700 }).done).observation
    expect(performance.now() - started).toBeLessThan(700 + 250)
    expect(capped.keepAlive?.watchedMs).toBeLessThanOrEqual(700 + 20)
  })

  it('bytes arriving on the idle connection are more body than announced, and end the watch', async () => {
    const origin = await server((socket) => {
      socket.write(OK)
      setTimeout(() => socket.write('late junk'), 150).unref()
    })
    const { observation } = await exchange(origin.port, { idleWatchMs: 2000 }).done
    expect(observation.defects).toEqual([
      {
        kind: 'body-exceeds-content-length',
        problem: 'bytes-beyond-length',
        extraBytes: 9,
        contentLength: 3,
        bytes: 'late junk',
        offset: 41,
      },
    ])
    expect(whatOf(observation.defects[0])).toBe('9 bytes beyond the announced 3')
    expect(observation.keepAlive).toBeUndefined()
    expect(observation.timings.totalMs).toBeLessThan(1000)
  })

  it('is not made when the response closes the connection', async () => {
    const origin = await server((socket) => socket.end('HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 3\r\n\r\nok\n'))
    const { observation } = await exchange(origin.port, { idleWatchMs: 2000 }).done
    expect(observation).toMatchObject({ persistent: false, defects: [] })
    expect(observation.keepAlive).toBeUndefined()
  })
})

describe('how the stream ends', () => {
  it('a TCP reset after a status line and some headers is told from a clean close', async () => {
    const partial = 'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n'
    const reset = await server((socket) => socket.write(partial, () => setTimeout(() => socket.resetAndDestroy(), 50).unref()))
    const closed = await server((socket) => socket.end(partial))
    const [byReset, byClose] = await Promise.all([exchange(reset.port).done, exchange(closed.port).done])
    const expected = {
      kind: 'no-response',
      problem: 'ended-in-head',
      stage: 'response',
      bytesReceived: partial.length,
      bytes: 'HTTP/1.1 200 OK\\r\\nContent-Type: text/plain\\r\\n',
      offset: 0,
    }
    expect(byReset.observation.defects).toEqual([{ ...expected, end: 'reset' }])
    expect(byClose.observation.defects).toEqual([{ ...expected, end: 'closed' }])
  })
})

describe('failures below HTTP', () => {
  it('a refused connection and a failed handshake are no-response at their stage', async () => {
    const refused = await exchange(await freedPort()).done
    expect(refused.observation.defects).toEqual([
      { kind: 'no-response', stage: 'connect', problem: 'connect-error', error: expect.stringContaining('ECONNREFUSED') },
    ])
    expect(whatOf(refused.observation.defects[0])).toMatch(/^connect ECONNREFUSED 127\.0\.0\.1:\d+$/)
    const plain = await listenOnLoopback(createServer((socket) => socket.once('data', () => socket.end(OK))))
    running.push(plain)
    const handshake = await exchange(plain.port, {}, {}, 'api.example.test').done
    expect(handshake.observation.defects).toHaveLength(1)
    expect(handshake.observation.defects[0]).toMatchObject({
      kind: 'no-response',
      stage: 'tls',
      problem: 'tls-error',
      error: expect.any(String),
    })
  })
})

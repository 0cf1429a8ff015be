/** The engine's HTTP exchange against real loopback servers: every address and port, secrets, the idle watch, sharing. */
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseConfig } from '../../../src/config/load.js'
import type { Config } from '../../../src/config/types.js'
import { runPreflight } from '../../../src/engine/run.js'
import type { OriginReport, Report } from '../../../src/engine/report.js'
import { OK, startScripted, type Answer, type ScriptedServer } from '../probes/http/servers.js'
import { LOOPBACK, createAuthority, type TestAuthority } from './servers.js'

const SECOND_ADDRESS = '127.0.0.2'
let ca: TestAuthority
const running: { close(): Promise<void> }[] = []

beforeAll(() => {
  ca = createAuthority('HTTP Engine Lab')
})
afterAll(async () => {
  await Promise.all(running.map((r) => r.close()))
  ca?.cleanup()
})

async function track<T extends { close(): Promise<void> }>(started: Promise<T>): Promise<T> {
  const listening = await started
  running.push(listening)
  return listening
}

/** A config through the real parser, every origin pinned to loopback, the test root trusted. */
function configOf(origins: string[][], env: NodeJS.ProcessEnv = {}, readMs = 2500): Config {
  // Made-up names on loopback: no authoritative DNS to walk.
  const lines = [
    'version: 1',
    'defaults:',
    '  checks: { skip: [dns] }',
    `  timeouts: { connect-ms: 1000, read-ms: ${readMs} }`,
    'overrides:',
    '  trust-roots: [root.pem]',
    'origins:',
  ]
  for (const origin of origins) lines.push(`  - ${origin[0]}`, ...origin.slice(1).map((line) => `    ${line}`))
  return parseConfig(`${lines.join('\n')}\n`, join(ca.dir, 'origin-preflight.yml'), env)
}

function originNamed(report: Report, name: string): OriginReport {
  const origin = report.origins.find((o) => o.name === name)
  if (!origin) throw new Error(`no origin ${name}`)
  return origin
}

const codesAt = (origin: OriginReport) => origin.findings.map((f) => `${f.code}@${f.address}:${f.port}`)

/** Serves on `address` at `port` (0: any), answering as scripted; over TLS with a leaf for `tlsNames`. */
async function scriptedOn(address: string, port: number, answer: Answer, tlsNames?: string[]): Promise<ScriptedServer> {
  const tls = tlsNames ? { leaf: ca.leaf(tlsNames), chain: [ca.intermediate] } : undefined
  return track(startScripted(answer, { address, port, ...(tls ? { tls } : {}) }))
}

describe('the HTTP exchange in the engine', () => {
  it('sends every Host the edge may forward, each as the Host and the SNI of its own exchange, and names the one that fails', async () => {
    const names = ['www.hosts.lab.test', 'shop.hosts.lab.test']
    const server = await scriptedOn(
      LOOPBACK,
      0,
      (socket, request) =>
        socket.write(
          request.toLowerCase().includes('host: shop.hosts.lab.test') ? 'HTTP/1.1 503 Unavailable\r\nContent-Length: 0\r\n\r\n' : OK,
        ),
      names,
    )
    const config = configOf([
      [
        'name: hosts',
        'domain: origin.hosts.lab.test',
        `addresses: [${LOOPBACK}]`,
        `https-port: ${server.port}`,
        `host-header: [${names.join(', ')}]`,
        'health: { path: /healthz }',
        'checks: { skip: [dns, tls] }',
      ],
    ])
    const origin = (await runPreflight(config)).origins[0]!
    expect(server.requests.map((r) => /host: (\S+)/i.exec(r)?.[1]).sort()).toEqual([...names].sort())
    expect(server.servernames.sort()).toEqual(expect.arrayContaining([...names].sort()))
    expect(origin.findings.map((f) => [f.code, f.name, f.details['host']])).toEqual([
      ['HTTP_BACKEND_5XX', 'shop.hosts.lab.test', 'shop.hosts.lab.test'],
    ])
  })

  it('runs on every address and port of the protocol policy, and names the one that fails', async () => {
    const domain = 'both.lab.test'
    const http1 = await scriptedOn(LOOPBACK, 0, (s) => s.write(OK))
    const http2 = await scriptedOn(SECOND_ADDRESS, http1.port, (s) => s.write('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n'))
    const https1 = await scriptedOn(LOOPBACK, 0, (s) => s.write(OK), [domain])
    const https2 = await scriptedOn(SECOND_ADDRESS, https1.port, (s) => s.write(OK), [domain])
    const config = configOf([
      [
        'name: both',
        `domain: ${domain}`,
        `addresses: [${LOOPBACK}, ${SECOND_ADDRESS}]`,
        'protocol-policy: match-viewer',
        `http-port: ${http1.port}`,
        `https-port: ${https1.port}`,
        'health: { path: /healthz }',
      ],
    ])
    const origin = originNamed(await runPreflight(config), 'both')
    expect(codesAt(origin)).toEqual([`HTTP_BACKEND_5XX@${SECOND_ADDRESS}:${http1.port}`])
    expect(origin.findings[0]?.name).toBeUndefined()
    for (const server of [http1, http2, https1, https2]) {
      expect(server.requests).toEqual([
        `GET /healthz HTTP/1.1\r\nHost: ${domain}\r\nUser-Agent: origin-preflight/0.1.0\r\nAccept: */*\r\nConnection: keep-alive\r\n\r\n`,
      ])
    }
    expect(origin.checks).toContain('http')
  })

  it("keeps values read from the environment out of every finding, and away from a redirect's other host", async () => {
    const secret = 'Sup3r-S3cret-Verify'
    const echo = await track(
      startScripted((socket, request) => {
        const value = /X-Origin-Verify: (.*)\r\n/.exec(request)?.[1] ?? ''
        socket.write(`HTTP/1.1 200 OK\r\nX-Echo: ${value}\r\n folded\r\nContent-Length: 0\r\n\r\n`)
      }),
    )
    const redirecting = await track(
      startScripted((socket, request) => {
        if (request.startsWith('GET /landing ')) socket.write(OK)
        else socket.write(`HTTP/1.1 302 Found\r\nLocation: http://${LOOPBACK}:${redirecting.port}/landing\r\nContent-Length: 0\r\n\r\n`)
      }),
    )
    const health = ['health:', '  path: /healthz', '  headers:', '    X-Origin-Verify: ${ORIGIN_VERIFY}']
    const plainAt = (port: number) => ['protocol-policy: http-only', `http-port: ${port}`, `addresses: [${LOOPBACK}]`, ...health]
    const config = configOf(
      [
        ['name: echo', 'domain: echo.lab.test', ...plainAt(echo.port)],
        ['name: redirect', 'domain: redirect.lab.test', ...plainAt(redirecting.port)],
      ],
      { ORIGIN_VERIFY: secret },
    )
    const report = await runPreflight(config)

    const [malformed] = originNamed(report, 'echo').findings
    expect(echo.requests[0]).toContain(`X-Origin-Verify: ${secret}\r\n`)
    expect(malformed).toMatchObject({
      code: 'HTTP_MALFORMED_RESPONSE',
      details: { defect: 'obs-fold', bytes: 'X-Echo: ***\\r\\n folded\\r\\n' },
    })
    expect(JSON.stringify(report)).not.toContain('S3cret')

    const [redirect] = originNamed(report, 'redirect').findings
    expect(redirect).toMatchObject({
      code: 'HTTP_UNEXPECTED_STATUS',
      details: {
        status: 302,
        redirect: {
          location: `http://${LOOPBACK}:${redirecting.port}/landing`,
          host: `${LOOPBACK}:${redirecting.port}`,
          followed: { url: `http://${LOOPBACK}:${redirecting.port}/landing`, status: 200 },
        },
      },
    })
    expect(redirecting.requests).toHaveLength(2)
    expect(redirecting.requests[1]).toMatch(/^GET \/landing HTTP\/1\.1\r\n/)
    expect(redirecting.requests[1]).not.toContain('X-Origin-Verify')
  })

  it('leaves a handshake the edge cannot make to the TLS check', async () => {
    const plain = await track(startScripted((s) => s.write(OK)))
    const config = configOf(
      [['name: plain-on-https', 'domain: plain.lab.test', `addresses: [${LOOPBACK}]`, `https-port: ${plain.port}`, 'health: { path: / }']],
      {},
      1000,
    )
    const origin = originNamed(await runPreflight(config), 'plain-on-https')
    expect(origin.findings.map((f) => f.code)).toEqual(['TLS_HANDSHAKE_FAILED'])
  })

  it("watches keep-alive against the edge's window, or timeouts.keep-alive-ms", async () => {
    const closing = await track(
      startScripted((socket) => {
        socket.write(OK)
        setTimeout(() => socket.destroy(), 1200).unref()
      }),
    )
    const at = [`addresses: [${LOOPBACK}]`, 'protocol-policy: http-only', `http-port: ${closing.port}`, 'health: { path: /healthz }']
    const config = configOf([
      ['name: edge-default', 'domain: ka.lab.test', ...at],
      ['name: short-window', 'domain: ka.lab.test', ...at, 'timeouts: { keep-alive-ms: 1000 }'],
    ])
    const report = await runPreflight(config)
    const [tooShort] = originNamed(report, 'edge-default').findings
    expect(tooShort).toMatchObject({
      code: 'HTTP_KEEPALIVE_TOO_SHORT',
      severity: 'warning',
      details: { edgeMs: 5000, source: 'observed', edgeWindowFrom: 'default', edge: 'cloudfront' },
    })
    expect(tooShort?.message).toMatch(/ms \(observed\); the edge reuses them for up to 5000 ms \(cloudfront default\)\.$/)
    expect(tooShort?.details['closedAfterMs']).toBeGreaterThanOrEqual(1100)
    expect(tooShort?.details['closedAfterMs']).toBeLessThan(1600)
    expect(originNamed(report, 'short-window').findings).toEqual([])
  })

  it("does not hold an origin's place while its idle connection is watched: many origins take one read timeout", async () => {
    const healthy = await track(startScripted((s) => s.write(OK)))
    const origins = Array.from({ length: 12 }, (_, i) => [
      `name: idle-${i}`,
      'domain: idle.lab.test',
      `addresses: [${LOOPBACK}]`,
      'protocol-policy: http-only',
      `http-port: ${healthy.port}`,
      `health: { path: /idle/${i} }`,
    ])
    const report = await runPreflight(configOf(origins, {}, 1500), { concurrency: 2 })
    expect(report.origins.every((o) => o.findings.length === 0)).toBe(true)
    expect(healthy.requests).toHaveLength(12)
    // Held places would make it 6 rounds of 1.5 s.
    expect(report.durationMs).toBeLessThan(2500)
  })

  it('skips the HTTP family for an origin without health', async () => {
    const healthy = await track(startScripted((s) => s.write(OK)))
    const config = configOf([
      ['name: no-health', 'domain: nh.lab.test', `addresses: [${LOOPBACK}]`, 'protocol-policy: http-only', `http-port: ${healthy.port}`],
    ])
    const origin = originNamed(await runPreflight(config), 'no-health')
    expect(origin.checks).not.toContain('http')
    expect(healthy.requests).toEqual([])
  })
})

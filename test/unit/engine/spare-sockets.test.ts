import { createServer as createHttpServer } from 'node:http'
import { connect, createServer, type Socket } from 'node:net'
import { describe, expect, it } from 'vitest'
import { edgeProfile } from '../../../src/edges/index.js'
import { clientHelloFor } from '../../../src/edges/hello.js'
import { parseConfig } from '../../../src/config/load.js'
import { runPreflight } from '../../../src/engine/run.js'
import { SpareSockets } from '../../../src/engine/spare-sockets.js'
import { probeTcp } from '../../../src/probes/tcp.js'
import { probeTlsHello } from '../../../src/probes/tls/probe.js'
import { LOOPBACK, listenOnLoopback, serverFixture, startTlsServer } from './servers.js'

const fixture = serverFixture('Spare Lab')
const track = fixture.track.bind(fixture)
const LIMITS = { connectTimeoutMs: 2_000, readTimeoutMs: 3_000 }
const NAME = 'spare.lab.test'

/** The open connection `probeTcp` hands over, if it opened. */
async function connectKept(port: number): Promise<{ outcome: string; socket?: Socket }> {
  let socket: Socket | undefined
  const tcp = await probeTcp(LOOPBACK, port, 2_000, 1, (s) => (socket = s))
  return socket ? { outcome: tcp.outcome, socket } : { outcome: tcp.outcome }
}

describe('a hello over the connection the bare connect left open', () => {
  it('observes what a hello over a fresh connection observes', async () => {
    const leaf = fixture.ca.leaf([NAME])
    const tls = await track(startTlsServer(leaf, [fixture.ca.intermediate]))
    const spec = clientHelloFor(edgeProfile('cloudfront'), 'TLSv1.2', NAME)

    const kept = await connectKept(tls.port)
    expect(kept.outcome).toBe('open')
    const reused = await probeTlsHello({ address: LOOPBACK, port: tls.port, socket: kept.socket! }, spec, LIMITS)
    const fresh = await probeTlsHello({ address: LOOPBACK, port: tls.port }, spec, LIMITS)

    expect(reused.ok && fresh.ok).toBe(true)
    const facts = (r: typeof fresh) =>
      r.ok ? { version: r.version, suite: r.cipherSuite, chain: r.certificates.map((c) => c.toString('hex')) } : r
    expect(facts(reused)).toEqual(facts(fresh))
    expect(reused.ok && reused.certificates[0]?.equals(leaf.der)).toBe(true)
    // Two hellos, two connections: the reused one was not opened again.
    expect(tls.counters.connections).toBe(2)
    expect(tls.counters.sniNames).toEqual([NAME, NAME])
  })

  it('is closed when the hello cannot be built, not left open without a listener', async () => {
    const leaf = fixture.ca.leaf([NAME])
    const tls = await track(startTlsServer(leaf, [fixture.ca.intermediate]))
    const kept = await connectKept(tls.port)
    const spec = { ...clientHelloFor(edgeProfile('cloudfront'), 'TLSv1.2', NAME), cipherSuites: [0x1_0000] }

    const result = await probeTlsHello({ address: LOOPBACK, port: tls.port, socket: kept.socket! }, spec, LIMITS)

    expect(result).toMatchObject({ ok: false, kind: 'malformed' })
    expect(kept.socket!.destroyed).toBe(true)
  })

  it('is never handed out twice, nor after the peer closed it', async () => {
    const closing = await track(listenOnLoopback(createServer((socket) => socket.end())))
    const spares = new SpareSockets()
    const kept = await connectKept(closing.port)
    spares.put(LOOPBACK, closing.port, kept.socket!, 1)
    await new Promise<void>((resolve) => kept.socket!.once('close', () => resolve()))
    expect(spares.take(LOOPBACK, closing.port)).toBeUndefined()

    const leaf = fixture.ca.leaf([NAME])
    const tls = await track(startTlsServer(leaf, [fixture.ca.intermediate]))
    const open = await connectKept(tls.port)
    spares.put(LOOPBACK, tls.port, open.socket!, 1)
    expect(spares.take(LOOPBACK, tls.port)?.socket).toBe(open.socket)
    expect(spares.take(LOOPBACK, tls.port)).toBeUndefined()
    open.socket!.destroy()
  })

  it('asks again on a fresh connection when the reused one is closed unanswered, and reports no failure', async () => {
    const leaf = fixture.ca.leaf([NAME])
    const tls = await track(startTlsServer(leaf, [fixture.ca.intermediate]))
    // In front of the TLS server: the first connection is hung up on once it speaks; later ones pass.
    let accepted = 0
    const front = await track(
      listenOnLoopback(
        createServer((client) => {
          client.on('error', () => undefined)
          if (++accepted === 1) return void client.once('data', () => client.destroy())
          const upstream = connect(tls.port, LOOPBACK)
          upstream.on('error', () => client.destroy())
          client.pipe(upstream).pipe(client)
          client.on('close', () => upstream.destroy())
        }),
      ),
    )
    const config = parseConfig(
      [
        'version: 1',
        'defaults:',
        '  timeouts: { connect-ms: 2000, read-ms: 3000 }',
        '  checks: { skip: [dns] }',
        'overrides:',
        '  trust-roots: [root.pem]',
        'origins:',
        `  - name: spare`,
        `    domain: ${NAME}`,
        `    addresses: [${LOOPBACK}]`,
        `    https-port: ${front.port}`,
        '',
      ].join('\n'),
      `${fixture.ca.dir}/origin-preflight.yml`,
    )

    const report = await runPreflight(config)

    expect(report.origins[0]?.findings.map((f) => f.code)).toEqual([])
    expect(report.origins[0]?.certificate).toBeDefined()
    expect(accepted).toBeGreaterThan(2)
  })

  it("carries a plain HTTP origin's exchange, which observes what it would on a fresh connection", async () => {
    let connections = 0
    const web = createHttpServer({ keepAliveTimeout: 30_000 }, (_request, response) => response.end('ok\n'))
    web.on('connection', () => connections++)
    const http = await track(listenOnLoopback(web))

    const report = await runPreflight(httpOnlyConfig(http.port))

    const origin = report.origins[0]!
    expect(origin.findings.map((f) => f.code)).toEqual([])
    expect(origin.checks).toContain('http')
    // The bare connect and the exchange: one connection.
    expect(connections).toBe(1)
  })

  it('makes the exchange again on a fresh connection when the reused one is closed unanswered', async () => {
    let connections = 0
    const web = createHttpServer({ keepAliveTimeout: 30_000 }, (_request, response) => response.end('ok\n'))
    // The first connection is hung up on once it speaks; later ones are served.
    web.on('connection', (socket: Socket) => {
      if (++connections === 1) socket.prependOnceListener('data', () => socket.destroy())
    })
    const http = await track(listenOnLoopback(web))

    const report = await runPreflight(httpOnlyConfig(http.port))

    expect(report.origins[0]?.findings.map((f) => f.code)).toEqual([])
    expect(connections).toBe(2)
  })
})

describe('a connection nobody claims', () => {
  it('is not kept beside the first one to the same port, nor once the run is over', async () => {
    const leaf = fixture.ca.leaf([NAME])
    const tls = await track(startTlsServer(leaf, [fixture.ca.intermediate]))
    const spares = new SpareSockets()
    const [first, second, late] = [await connectKept(tls.port), await connectKept(tls.port), await connectKept(tls.port)]
    spares.put(LOOPBACK, tls.port, first.socket!, 1)
    spares.put(LOOPBACK, tls.port, second.socket!, 1)
    expect(second.socket!.destroyed).toBe(true)
    expect(spares.size).toBe(1)

    spares.clear()
    expect(first.socket!.destroyed).toBe(true)
    spares.put(LOOPBACK, tls.port + 1, late.socket!, 1)
    expect(late.socket!.destroyed).toBe(true)
    expect(spares.size).toBe(0)
  })

  it('is closed when the run ends, not kept open after the report', async () => {
    const web = createHttpServer({ keepAliveTimeout: 30_000 }, (_request, response) => response.end('ok\n'))
    let opened = 0
    web.on('connection', () => opened++)
    const http = await track(listenOnLoopback(web))
    // Two origins on one address and port that differ only in their connect attempts: two bare connects,
    // one shared HTTP exchange. One connection is left over.
    const config = httpOnlyConfig(http.port, [
      '  - name: twin',
      `    domain: plain.${NAME}`,
      `    addresses: [${LOOPBACK}]`,
      '    timeouts: { connect-attempts: 2 }',
    ])

    const report = await runPreflight(config)
    expect(report.origins.map((o) => o.findings.map((f) => f.code))).toEqual([[], []])
    expect(opened).toBeGreaterThanOrEqual(1)
    await new Promise((resolve) => setTimeout(resolve, 300))

    const open = await new Promise<number>((resolve, reject) => web.getConnections((error, n) => (error ? reject(error) : resolve(n))))
    expect(open).toBe(0)
  })
})

function httpOnlyConfig(port: number, more: string[] = []) {
  return parseConfig(
    [
      'version: 1',
      'defaults:',
      '  protocol-policy: http-only',
      `  http-port: ${port}`,
      '  health: { path: /healthz }',
      '  timeouts: { connect-ms: 2000, read-ms: 3000, keep-alive-ms: 1000 }',
      '  checks: { skip: [dns] }',
      'origins:',
      '  - name: plain',
      `    domain: plain.${NAME}`,
      `    addresses: [${LOOPBACK}]`,
      ...more,
      '',
    ].join('\n'),
    `${fixture.ca.dir}/plain.yml`,
  )
}

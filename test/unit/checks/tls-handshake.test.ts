import { createServer as createHttpServer } from 'node:http'
import { createServer as createNetServer } from 'node:net'
import { describe, expect, it } from 'vitest'
import { tlsHandshakeCheck } from '../../../src/checks/tls-handshake.js'
import { clientHelloFor, edgeProfile } from '../../../src/edges/index.js'
import { wideHelloFor } from '../../../src/edges/hello.js'
import { createKey } from '../../../src/lab/pki.js'
import { probeTlsHello } from '../../../src/probes/tls/probe.js'
import type { TlsHelloResult } from '../../../src/probes/tls/types.js'
import { toFinding } from '../../../src/findings/to-finding.js'
import { LOOPBACK, listenOnLoopback, startTlsServer, serverFixture } from '../engine/servers.js'
import { cloudfrontContext, loopbackObservations } from './harness.js'

const NAME = 'handshake.lab.test'
const cloudfront = edgeProfile('cloudfront')
const edgeHello = clientHelloFor(cloudfront, 'TLSv1.2', NAME)
const diagnosticHello = wideHelloFor(cloudfront, 'TLSv1.2', 'every-suite', NAME)
const LIMITS = { connectTimeoutMs: 2_000, readTimeoutMs: 2_000 }

const context = cloudfrontContext(NAME)
const observations = (tls: TlsHelloResult[], tlsDiagnostic: TlsHelloResult[] = []) => loopbackObservations({ tls, tlsDiagnostic })

const servers = serverFixture('Handshake Lab')
const track = servers.track

describe('tlsHandshakeCheck on real probe results', () => {
  it("finds nothing when the edge's hello reaches the end of the server's first flight", async () => {
    const server = await track(startTlsServer(servers.ca.leaf([NAME]), [servers.ca.intermediate]))
    const hello = await probeTlsHello({ address: LOOPBACK, port: server.port }, edgeHello, LIMITS)

    expect(hello.ok).toBe(true)
    expect(tlsHandshakeCheck.run(observations([hello]), context)).toEqual([])
  })

  it('reports a server that asks for a client certificate', async () => {
    const server = await track(
      startTlsServer(servers.ca.leaf([NAME]), [servers.ca.intermediate], {
        requestCert: true,
        rejectUnauthorized: true,
        ca: servers.ca.root.pem,
      }),
    )
    const hello = await probeTlsHello({ address: LOOPBACK, port: server.port }, edgeHello, LIMITS)

    const found = tlsHandshakeCheck.run(observations([hello]), context)

    expect(found).toEqual([
      {
        code: 'TLS_HANDSHAKE_FAILED',
        address: LOOPBACK,
        port: server.port,
        name: NAME,
        details: {
          kind: 'client-certificate-requested',
          offered: 'TLSv1.2',
          ms: hello.ms,
        },
      },
    ])
    expect(toFinding(found[0]!, 'handshake', 'tls').message).toBe(
      `The handshake the edge would make with ${LOOPBACK}:${server.port} (SNI ${NAME}) fails: the origin asks for a client certificate.`,
    )
  })

  it('reports plain HTTP on the HTTPS port as not TLS, with what the server sent', async () => {
    const http = await track(listenOnLoopback(createHttpServer((_, res) => res.end('plain\n'))))
    const hello = await probeTlsHello({ address: LOOPBACK, port: http.port }, edgeHello, LIMITS)

    const found = tlsHandshakeCheck.run(observations([hello]), context)

    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ code: 'TLS_HANDSHAKE_FAILED', port: http.port, details: { kind: 'not-tls' } })
    expect(found[0]?.details['received']).toMatch(/^HTTP\/1\.1 400/)
    const finding = toFinding(found[0]!, 'handshake', 'tls')
    expect(finding.message).toMatch(/fails: the origin does not speak TLS here \(it sent "HTTP\/1\.1 400/)
    expect(finding.remedy).toContain('serve TLS on the HTTPS port')
  })

  it('reports the alert of a server that only speaks TLS 1.3', async () => {
    const server = await track(startTlsServer(servers.ca.leaf([NAME]), [servers.ca.intermediate], { minVersion: 'TLSv1.3' }))
    const hello = await probeTlsHello({ address: LOOPBACK, port: server.port }, edgeHello, LIMITS)

    const found = tlsHandshakeCheck.run(observations([hello]), context)

    expect(found).toHaveLength(1)
    expect(found[0]?.details).toMatchObject({
      kind: 'alert',
      alert: 'protocol_version',
      offered: 'TLSv1.2',
    })
    expect(found[0]?.details).not.toHaveProperty('refusedBecause')
    expect(toFinding(found[0]!, 'handshake', 'tls')).toMatchObject({
      message: expect.stringMatching(/fails: the origin refused it with alert protocol_version\.$/),
      remedy: expect.stringMatching(/enable a protocol version and cipher suite the edge offers\.$/),
    })
  })

  it('names the certificate key when the wider diagnostic hello reads a P-521 certificate', async () => {
    const server = await track(startTlsServer(servers.ca.leaf([NAME], { key: createKey('p521') }), [servers.ca.intermediate]))
    const target = { address: LOOPBACK, port: server.port }
    const refused = await probeTlsHello(target, edgeHello, LIMITS)
    const diagnostic = await probeTlsHello(target, diagnosticHello, LIMITS)

    expect(diagnostic.ok).toBe(true)
    const found = tlsHandshakeCheck.run(observations([refused], [diagnostic]), context)

    expect(found).toHaveLength(1)
    expect(found[0]?.details).toMatchObject({
      kind: 'alert',
      alert: 'handshake_failure',
      refusedBecause: 'key-unsupported',
      key: 'ECDSA secp521r1',
    })
    const explained = toFinding(found[0]!, 'handshake', 'tls')
    expect(explained.message).toMatch(/ECDSA secp521r1 key is outside what the edge accepts/)
    expect(explained.remedy).toContain('CERT_KEY_UNSUPPORTED')

    // Without the diagnostic there is only the refusal.
    const alone = tlsHandshakeCheck.run(observations([refused]), context)
    expect(alone[0]?.details).not.toHaveProperty('refusedBecause')
    expect(toFinding(alone[0]!, 'handshake', 'tls').remedy).toMatch(/enable a protocol version and cipher suite the edge offers\.$/)
  })

  it('says the origin accepts a wider hello when the diagnostic succeeds with a key the edge accepts', async () => {
    const server = await track(
      startTlsServer(servers.ca.leaf([NAME]), [servers.ca.intermediate], {
        ciphers: 'ECDHE-ECDSA-CHACHA20-POLY1305',
        maxVersion: 'TLSv1.2',
      }),
    )
    const target = { address: LOOPBACK, port: server.port }
    const refused = await probeTlsHello(target, edgeHello, LIMITS)
    const diagnostic = await probeTlsHello(target, diagnosticHello, LIMITS)

    expect(refused).toMatchObject({ ok: false, kind: 'alert' })
    expect(diagnostic.ok).toBe(true)
    const found = tlsHandshakeCheck.run(observations([refused], [diagnostic]), context)

    expect(found[0]?.details['refusedBecause']).toBe('wider-hello-accepted')
    expect(toFinding(found[0]!, 'handshake', 'tls').message).toMatch(/accepts a wider hello than the edge sends/)
  })

  it('ignores a diagnostic made for another port', async () => {
    const refusing = await track(startTlsServer(servers.ca.leaf([NAME], { key: createKey('p521') }), [servers.ca.intermediate]))
    const other = await track(startTlsServer(servers.ca.leaf([NAME], { key: createKey('p521') }), [servers.ca.intermediate]))
    const refused = await probeTlsHello({ address: LOOPBACK, port: refusing.port }, edgeHello, LIMITS)
    const elsewhere = await probeTlsHello({ address: LOOPBACK, port: other.port }, diagnosticHello, LIMITS)

    const found = tlsHandshakeCheck.run(observations([refused], [elsewhere]), context)

    expect(found).toHaveLength(1)
    expect(found[0]?.details).not.toHaveProperty('refusedBecause')
  })

  it('reports a server that accepts and never answers as a timeout', async () => {
    const silent = await track(listenOnLoopback(createNetServer((socket) => socket.on('error', () => undefined))))
    const hello = await probeTlsHello({ address: LOOPBACK, port: silent.port }, edgeHello, { connectTimeoutMs: 1_000, readTimeoutMs: 300 })

    const found = tlsHandshakeCheck.run(observations([hello]), context)

    expect(found[0]?.details).toMatchObject({
      kind: 'timeout',
      error: expect.stringContaining('300 ms (0 bytes received)'),
    })
  })

  it('reports a server that hangs up on the hello as closed', async () => {
    const hangUp = await track(
      listenOnLoopback(
        createNetServer((socket) => {
          socket.on('error', () => undefined)
          socket.once('data', () => socket.end())
        }),
      ),
    )
    const hello = await probeTlsHello({ address: LOOPBACK, port: hangUp.port }, edgeHello, LIMITS)

    const found = tlsHandshakeCheck.run(observations([hello]), context)

    expect(found[0]?.details).toMatchObject({ kind: 'closed' })
    expect(toFinding(found[0]!, 'handshake', 'tls').message).toMatch(/fails: the origin closed the connection\.$/)
  })

  it('reports each failing hello of several, in order, and none for the good one', async () => {
    const good = await track(startTlsServer(servers.ca.leaf([NAME]), [servers.ca.intermediate]))
    const http = await track(listenOnLoopback(createHttpServer((_, res) => res.end('plain\n'))))
    const hellos = await Promise.all([good.port, http.port].map((port) => probeTlsHello({ address: LOOPBACK, port }, edgeHello, LIMITS)))

    const found = tlsHandshakeCheck.run(observations(hellos), context)

    expect(found.map((o) => [o.port, o.details['kind']])).toEqual([[http.port, 'not-tls']])
  })
})

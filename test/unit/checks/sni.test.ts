import { createSecureContext } from 'node:tls'
import { describe, expect, it } from 'vitest'
import { sniCheck } from '../../../src/checks/sni.js'
import { clientHelloFor, edgeProfile } from '../../../src/edges/index.js'
import { pemBundle } from '../../../src/lab/pki.js'
import { probeTlsHello } from '../../../src/probes/tls/probe.js'
import type { TlsHelloResult } from '../../../src/probes/tls/types.js'
import { toFinding } from '../../../src/findings/to-finding.js'
import { LOOPBACK, startTlsServer, serverFixture } from '../engine/servers.js'
import { cloudfrontContext, loopbackObservations } from './harness.js'

const NAME = 'sni.lab.test'
const cloudfront = edgeProfile('cloudfront')
const LIMITS = { connectTimeoutMs: 2_000, readTimeoutMs: 2_000 }

const context = cloudfrontContext(NAME)
const observations = (tls: TlsHelloResult[], tlsWithoutSni: TlsHelloResult[]) => loopbackObservations({ tls, tlsWithoutSni })

/** The edge's hello to `port` with SNI, and the same hello without. */
async function bothHellos(port: number): Promise<[TlsHelloResult, TlsHelloResult]> {
  const target = { address: LOOPBACK, port }
  return Promise.all([
    probeTlsHello(target, clientHelloFor(cloudfront, 'TLSv1.2', NAME), LIMITS),
    probeTlsHello(target, clientHelloFor(cloudfront, 'TLSv1.2'), LIMITS),
  ])
}

const servers = serverFixture('SNI Lab')
const track = servers.track

/** A server that serves NAME's certificate for SNI NAME and another one otherwise. */
async function startSniDependentServer() {
  const named = servers.ca.leaf([NAME])
  const fallback = servers.ca.leaf(['default.lab.test'])
  const namedContext = createSecureContext({ key: named.keyPem, cert: pemBundle(named, servers.ca.intermediate) })
  const server = await track(
    startTlsServer(fallback, [servers.ca.intermediate], {
      SNICallback: (name, done) => done(null, name === NAME ? namedContext : undefined),
    }),
  )
  return { named, server }
}

describe('sniCheck on real probe results', () => {
  it('notes a server that serves another certificate without SNI, naming both subjects', async () => {
    const { server } = await startSniDependentServer()
    const [withSni, withoutSni] = await bothHellos(server.port)

    const found = sniCheck.run(observations([withSni], [withoutSni]), context)

    expect(found).toEqual([
      {
        code: 'TLS_SNI_REQUIRED',
        address: LOOPBACK,
        port: server.port,
        name: NAME,
        details: { withSni: `CN=${NAME}, O=SNI Lab`, withoutSni: 'CN=default.lab.test, O=SNI Lab' },
      },
    ])
    const finding = toFinding(found[0]!, 'sni', 'tls')
    expect(finding.severity).toBe('notice')
    expect(finding.message).toBe(
      `${LOOPBACK}:${server.port} serves CN=${NAME}, O=SNI Lab for SNI ${NAME} but CN=default.lab.test, O=SNI Lab without SNI.`,
    )
  })

  it('finds nothing when the same certificate comes with and without SNI', async () => {
    const server = await track(startTlsServer(servers.ca.leaf([NAME]), [servers.ca.intermediate]))
    const [withSni, withoutSni] = await bothHellos(server.port)

    expect(withSni.ok && withoutSni.ok).toBe(true)
    expect(sniCheck.run(observations([withSni], [withoutSni]), context)).toEqual([])
  })

  it('describes a hello without SNI that the server refuses by its alert', async () => {
    const named = servers.ca.leaf([NAME])
    const namedContext = createSecureContext({ key: named.keyPem, cert: pemBundle(named, servers.ca.intermediate) })
    // No default certificate: only a hello naming NAME gets one.
    const server = await track(
      startTlsServer(named, [servers.ca.intermediate], {
        key: undefined,
        cert: undefined,
        SNICallback: (name, done) => done(null, name === NAME ? namedContext : undefined),
      }),
    )
    const [withSni, withoutSni] = await bothHellos(server.port)

    expect(withSni.ok).toBe(true)
    expect(withoutSni).toMatchObject({ ok: false, kind: 'alert' })
    const found = sniCheck.run(observations([withSni], [withoutSni]), context)

    expect(found).toHaveLength(1)
    expect(found[0]?.details).toEqual({
      withSni: `CN=${NAME}, O=SNI Lab`,
      withoutSniFailure: 'alert',
      withoutSniAlert: !withoutSni.ok && withoutSni.alert?.name,
    })
    expect(toFinding(found[0]!, 'sni', 'tls').message).toMatch(/ but no certificate \(alert [a-z_]+\) without SNI\.$/)
  })

  it('says nothing when the hello with SNI itself failed, or when no hello without SNI was made', async () => {
    const { named, server } = await startSniDependentServer()
    const [withSni, withoutSni] = await bothHellos(server.port)

    expect(sniCheck.run(observations([withSni], []), context)).toEqual([])
    const refusedPort = await track(startTlsServer(named, [servers.ca.intermediate], { minVersion: 'TLSv1.3' }))
    const [refusedWithSni, refusedWithoutSni] = await bothHellos(refusedPort.port)
    expect(refusedWithSni.ok).toBe(false)
    expect(sniCheck.run(observations([refusedWithSni], [refusedWithoutSni]), context)).toEqual([])
    // The pair from the first server still counts when listed beside the refused one.
    expect(sniCheck.run(observations([refusedWithSni, withSni], [refusedWithoutSni, withoutSni]), context).map((o) => o.port)).toEqual([
      server.port,
    ])
  })
})

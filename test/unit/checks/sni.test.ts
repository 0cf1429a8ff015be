import { createSecureContext } from 'node:tls'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadTrustStore } from '../../../src/cert/trust.js'
import type { CheckContext, OriginObservations } from '../../../src/checks/define.js'
import { sniCheck } from '../../../src/checks/sni.js'
import { parseConfig } from '../../../src/config/load.js'
import { clientHelloFor, edgeProfile } from '../../../src/edges/index.js'
import { pemBundle } from '../../../src/lab/pki.js'
import { fixedAddresses } from '../../../src/probes/resolve.js'
import { probeTlsHello } from '../../../src/probes/tls/probe.js'
import type { TlsHelloResult } from '../../../src/probes/types.js'
import { toFinding } from '../../../src/report/finding.js'
import { LOOPBACK, createAuthority, startTlsServer, type Listening, type TestAuthority } from '../engine/servers.js'

const NAME = 'sni.lab.test'
const cloudfront = edgeProfile('cloudfront')
const LIMITS = { connectTimeoutMs: 2_000, readTimeoutMs: 2_000 }

const origin = parseConfig(
  ['version: 1', 'origins:', '  - name: sni', `    domain: ${NAME}`, `    addresses: [${LOOPBACK}]`, ''].join('\n'),
  'sni.yml',
).origins[0]!
const context: CheckContext = { origin, edge: cloudfront, trust: loadTrustStore([]), now: new Date() }

function observations(tls: TlsHelloResult[], tlsWithoutSni: TlsHelloResult[]): OriginObservations {
  const resolution = fixedAddresses([LOOPBACK])
  return { resolution, addresses: resolution.ok ? resolution.addresses : [], unavailable: [], tcp: [], tls, tlsWithoutSni, tlsDiagnostic: [] }
}

/** The edge's hello to `port` with SNI, and the same hello without. */
async function bothHellos(port: number): Promise<[TlsHelloResult, TlsHelloResult]> {
  const target = { address: LOOPBACK, port }
  return Promise.all([
    probeTlsHello(target, clientHelloFor(cloudfront, 'TLSv1.2', NAME), LIMITS),
    probeTlsHello(target, clientHelloFor(cloudfront, 'TLSv1.2'), LIMITS),
  ])
}

let ca: TestAuthority
const running: Listening[] = []

async function track<T extends Listening>(listening: Promise<T>): Promise<T> {
  const started = await listening
  running.push(started)
  return started
}

beforeAll(() => {
  ca = createAuthority('SNI Lab')
})

afterAll(async () => {
  await Promise.all(running.map((r) => r.close()))
  ca?.cleanup()
})

describe('sniCheck on real probe results', () => {
  it('notes a server that serves another certificate without SNI, naming both subjects', async () => {
    const named = ca.leaf([NAME])
    const fallback = ca.leaf(['default.lab.test'])
    const namedContext = createSecureContext({ key: named.keyPem, cert: pemBundle(named, ca.intermediate) })
    const server = await track(startTlsServer(fallback, [ca.intermediate], {
      SNICallback: (name, done) => done(null, name === NAME ? namedContext : undefined),
    }))
    const [withSni, withoutSni] = await bothHellos(server.port)

    const found = sniCheck.run(observations([withSni], [withoutSni]), context)

    expect(found).toEqual([{
      code: 'TLS_SNI_REQUIRED',
      address: LOOPBACK,
      port: server.port,
      name: NAME,
      details: { withSni: `CN=${NAME}, O=SNI Lab`, withoutSni: 'CN=default.lab.test, O=SNI Lab' },
    }])
    const finding = toFinding(found[0]!, 'sni', 'tls')
    expect(finding.severity).toBe('notice')
    expect(finding.message).toBe(`${LOOPBACK}:${server.port} serves CN=${NAME}, O=SNI Lab for SNI ${NAME} but CN=default.lab.test, O=SNI Lab without SNI.`)
  })

  it('finds nothing when the same certificate comes with and without SNI', async () => {
    const server = await track(startTlsServer(ca.leaf([NAME]), [ca.intermediate]))
    const [withSni, withoutSni] = await bothHellos(server.port)

    expect(withSni.ok && withoutSni.ok).toBe(true)
    expect(sniCheck.run(observations([withSni], [withoutSni]), context)).toEqual([])
  })

  it('describes a hello without SNI that the server refuses by its alert', async () => {
    const named = ca.leaf([NAME])
    const namedContext = createSecureContext({ key: named.keyPem, cert: pemBundle(named, ca.intermediate) })
    // No default certificate: only a hello naming NAME gets one.
    const server = await track(startTlsServer(named, [ca.intermediate], {
      key: undefined,
      cert: undefined,
      SNICallback: (name, done) => done(null, name === NAME ? namedContext : undefined),
    }))
    const [withSni, withoutSni] = await bothHellos(server.port)

    expect(withSni.ok).toBe(true)
    expect(withoutSni).toMatchObject({ ok: false, kind: 'alert' })
    const found = sniCheck.run(observations([withSni], [withoutSni]), context)

    expect(found).toHaveLength(1)
    expect(found[0]?.details).toEqual({
      withSni: `CN=${NAME}, O=SNI Lab`,
      withoutSni: `no certificate (alert ${!withoutSni.ok && withoutSni.alert?.name})`,
    })
    expect(found[0]?.details['withoutSni']).toMatch(/^no certificate \(alert [a-z_]+\)$/)
  })

  it('says nothing when the hello with SNI itself failed, or when no hello without SNI was made', async () => {
    const named = ca.leaf([NAME])
    const fallback = ca.leaf(['default.lab.test'])
    const namedContext = createSecureContext({ key: named.keyPem, cert: pemBundle(named, ca.intermediate) })
    const server = await track(startTlsServer(fallback, [ca.intermediate], {
      SNICallback: (name, done) => done(null, name === NAME ? namedContext : undefined),
    }))
    const [withSni, withoutSni] = await bothHellos(server.port)

    expect(sniCheck.run(observations([withSni], []), context)).toEqual([])
    const refusedPort = await track(startTlsServer(named, [ca.intermediate], { minVersion: 'TLSv1.3' }))
    const [refusedWithSni, refusedWithoutSni] = await bothHellos(refusedPort.port)
    expect(refusedWithSni.ok).toBe(false)
    expect(sniCheck.run(observations([refusedWithSni], [refusedWithoutSni]), context)).toEqual([])
    // The pair from the first server still counts when listed beside the refused one.
    expect(sniCheck.run(observations([refusedWithSni, withSni], [refusedWithoutSni, withoutSni]), context).map((o) => o.port)).toEqual([server.port])
  })
})

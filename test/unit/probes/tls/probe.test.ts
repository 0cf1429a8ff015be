import type { Server as NetServer } from 'node:net'
import { createSecureContext, createServer, type Server, type TlsOptions } from 'node:tls'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { clientHelloFor, edgeProfile, type ClientHelloSpec } from '../../../../src/edges/index.js'
import { probeTlsHello } from '../../../../src/probes/tls/probe.js'
import type { TlsHelloResult } from '../../../../src/probes/tls/types.js'
import { createTestPki, type TestPki } from './pki.js'
import { LOOPBACK, close, listen } from './servers.js'

const LIMITS = { connectTimeoutMs: 2_000, readTimeoutMs: 5_000 }
const cloudfront = edgeProfile('cloudfront')
const generic = edgeProfile('generic')

let pki: TestPki
const servers: (Server | NetServer)[] = []

beforeAll(() => {
  pki = createTestPki({ 'default.test': 'rsa', 'a.test': 'rsa', 'b.test': 'rsa', 'ec.test': 'ec' })
})

afterAll(async () => {
  await Promise.all(servers.map(close))
  pki.cleanup()
})

function leaf(name: string) {
  const found = pki.leaves[name]
  if (!found) throw new Error(`no test leaf ${name}`)
  return found
}

async function tlsServer(options: TlsOptions): Promise<number> {
  const server = createServer(options)
  server.on('tlsClientError', () => undefined) // the probe always walks away mid-handshake
  servers.push(server)
  return listen(server)
}

function probe(port: number, spec: ClientHelloSpec): Promise<TlsHelloResult> {
  return probeTlsHello({ address: LOOPBACK, port }, spec, LIMITS)
}

function expectOk(result: TlsHelloResult) {
  if (!result.ok) throw new Error(`expected a ServerHello, got ${result.kind}: ${result.error}`)
  return result
}

describe('probeTlsHello against Node TLS servers', () => {
  it('reports the chosen version and suite, and the chain in the order sent', async () => {
    const { key, cert, der } = leaf('default.test')
    const port = await tlsServer({ key, cert: cert + pki.intermediate.cert })
    const spec = clientHelloFor(cloudfront, 'TLSv1.2')

    const result = expectOk(await probe(port, spec))

    expect(result.version).toBe('TLSv1.2')
    expect(spec.cipherSuites).toContain(result.cipherSuite)
    expect(result.certificates).toEqual([der, pki.intermediate.der])
    expect(result.certificateRequested).toBe(false)
    expect(result).toMatchObject({ address: LOOPBACK, port, offered: 'TLSv1.2', sni: undefined })
    expect(result.ms).toBeGreaterThanOrEqual(0)
  })

  it('keeps an out-of-order chain out of order (root before intermediate)', async () => {
    const { key, cert, der } = leaf('default.test')
    const port = await tlsServer({ key, cert: cert + pki.root.cert + pki.intermediate.cert })

    const result = expectOk(await probe(port, clientHelloFor(cloudfront, 'TLSv1.2')))

    expect(result.certificates).toEqual([der, pki.root.der, pki.intermediate.der])
  })

  it('keeps an intermediate-first bundle as sent', async () => {
    // OpenSSL serves the PEM bundle as given, but drops a first certificate that does not match the
    // key: the intermediate's own key (it may sign: digitalSignature) lets it go first.
    const port = await tlsServer({ key: pki.intermediate.key, cert: pki.intermediate.cert + leaf('ec.test').cert })

    const result = expectOk(await probe(port, clientHelloFor(cloudfront, 'TLSv1.2')))

    expect(result.certificates).toEqual([pki.intermediate.der, leaf('ec.test').der])
  })

  it('sends SNI: the server picks the certificate by name, and the default without SNI', async () => {
    // All RSA: in TLS 1.2 OpenSSL keeps the default certificate when an SNI context offers only a
    // different key type.
    const seen: string[] = []
    const contexts = new Map(
      ['a.test', 'b.test'].map((name) => [name, createSecureContext({ key: leaf(name).key, cert: leaf(name).cert })]),
    )
    const port = await tlsServer({
      key: leaf('default.test').key,
      cert: leaf('default.test').cert,
      SNICallback: (servername, callback) => {
        seen.push(servername)
        callback(null, contexts.get(servername))
      },
    })
    const withSni = (sni?: string) => probe(port, clientHelloFor(cloudfront, 'TLSv1.2', sni))

    const [a, b, none] = (await Promise.all([withSni('a.test'), withSni('b.test'), withSni()])).map(expectOk)

    expect(a?.certificates).toEqual([leaf('a.test').der])
    expect(b?.certificates).toEqual([leaf('b.test').der])
    expect(none?.certificates).toEqual([leaf('default.test').der])
    expect(a?.sni).toBe('a.test')
    expect(none?.sni).toBeUndefined()
    expect(seen.sort()).toEqual(['a.test', 'b.test'])
  })

  it('reports handshake_failure when the only suite the server allows is not offered', async () => {
    const { key, cert } = leaf('default.test')
    const port = await tlsServer({ key, cert, ciphers: 'AES128-GCM-SHA256', maxVersion: 'TLSv1.2' })

    const result = await probe(port, clientHelloFor(cloudfront, 'TLSv1.2'))

    const alert = { level: 2, description: 40, name: 'handshake_failure' }
    expect(result).toMatchObject({ ok: false, kind: 'alert', alert })
  })

  it('sees a CertificateRequest', async () => {
    const { key, cert } = leaf('default.test')
    const port = await tlsServer({ key, cert, requestCert: true, rejectUnauthorized: false })

    const result = expectOk(await probe(port, clientHelloFor(cloudfront, 'TLSv1.2')))

    expect(result.certificateRequested).toBe(true)
  })

  it('gets protocol_version from a TLS 1.3-only server offered TLS 1.2', async () => {
    const { key, cert } = leaf('default.test')
    const port = await tlsServer({ key, cert, minVersion: 'TLSv1.3' })

    const result = await probe(port, clientHelloFor(cloudfront, 'TLSv1.2'))

    expect(result).toMatchObject({ ok: false, kind: 'alert', alert: { name: 'protocol_version' } })
  })

  it('negotiates TLS 1.3 and stops at the ServerHello, before the encrypted certificate', async () => {
    const { key, cert } = leaf('default.test')
    const port = await tlsServer({ key, cert })
    const spec = clientHelloFor(generic, 'TLSv1.3', 'default.test')

    const result = expectOk(await probe(port, spec))

    expect(result.version).toBe('TLSv1.3')
    expect([0x1301, 0x1302, 0x1303]).toContain(result.cipherSuite)
    expect(result.certificates).toEqual([])
    expect(result.offered).toBe('TLSv1.3')
  })

  it('offers the TLS 1.0 hello too, and reports the server refusing it', async () => {
    const { key, cert } = leaf('default.test')
    const port = await tlsServer({ key, cert })

    const result = await probe(port, clientHelloFor(cloudfront, 'TLSv1'))

    expect(result).toMatchObject({ ok: false, kind: 'alert', alert: { name: 'protocol_version' }, offered: 'TLSv1' })
  })

  it('reaches an ECDSA-only server with the ECDSA suites', async () => {
    const port = await tlsServer({ key: leaf('ec.test').key, cert: leaf('ec.test').cert })

    const result = expectOk(await probe(port, clientHelloFor(cloudfront, 'TLSv1.2')))

    expect([0xc02c, 0xc024, 0xc00a, 0xc02b, 0xc023, 0xc009]).toContain(result.cipherSuite)
  })
})

import { connect, type Server } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { clientHelloFor, edgeProfile } from '../../../src/edges/index.js'
import { suite } from '../../../src/edges/suites.js'
import { buildClientHello } from '../../../src/probes/tls/client-hello.js'
import { createRawTlsServer, type RawTlsServerOptions } from '../../../src/lab/raw-tls-server.js'
import { MAX_CLIENT_HELLO_BYTES, readClientHello } from '../../../src/lab/client-hello-reader.js'
import { issueChain } from '../../../src/lab/pki.js'
import { probeTlsHello } from '../../../src/probes/tls/probe.js'
import { LOOPBACK, close, listen } from '../probes/tls/servers.js'

const cloudfront = edgeProfile('cloudfront')
const generic = edgeProfile('generic')
const LIMITS = { connectTimeoutMs: 2_000, readTimeoutMs: 2_000 }
const RC4_MD5 = suite('RC4-MD5').code
const DES_CBC3_SHA = suite('DES-CBC3-SHA').code
const AES128_SHA = suite('AES128-SHA').code

let chain: ReturnType<typeof issueChain>
const servers: Server[] = []

beforeAll(() => {
  chain = issueChain(['raw.lab.test'], { organization: 'Raw Lab' })
})

afterAll(async () => {
  await Promise.all(servers.map(close))
})

async function start(options: Omit<RawTlsServerOptions, 'certificates'>): Promise<number> {
  const server = createRawTlsServer({ ...options, certificates: [chain.leaf.der, chain.intermediate.der] })
  servers.push(server)
  return listen(server)
}

describe('the raw TLS test server', () => {
  it("answers the edge's hello with its preferred suite among those offered, and the chain as configured", async () => {
    const port = await start({ versions: ['TLSv1', 'TLSv1.1', 'TLSv1.2'], cipherSuites: [DES_CBC3_SHA, RC4_MD5] })

    const result = await probeTlsHello({ address: LOOPBACK, port }, clientHelloFor(cloudfront, 'TLSv1.2', 'raw.lab.test'), LIMITS)

    expect(result).toMatchObject({ ok: true, version: 'TLSv1.2', cipherSuite: DES_CBC3_SHA, certificateRequested: false })
    expect(result.ok && result.certificates).toEqual([chain.leaf.der, chain.intermediate.der])
  })

  it('serves RC4-MD5 alone, which no OpenSSL 3 server can', async () => {
    const port = await start({ versions: ['TLSv1.2'], cipherSuites: [RC4_MD5] })
    const only = (code: number) => ({ ...clientHelloFor(cloudfront, 'TLSv1.2'), cipherSuites: [code] })

    const [rc4, aes] = await Promise.all(
      [RC4_MD5, AES128_SHA].map((code) => probeTlsHello({ address: LOOPBACK, port }, only(code), LIMITS)),
    )

    expect(rc4).toMatchObject({ ok: true, cipherSuite: RC4_MD5 })
    expect(aes).toMatchObject({ ok: false, kind: 'alert', alert: { level: 2, name: 'handshake_failure' } })
  })

  it('answers a higher version with its highest, and refuses a lower one with protocol_version', async () => {
    const port = await start({ versions: ['TLSv1', 'TLSv1.1'], cipherSuites: [AES128_SHA] })

    const higher = await probeTlsHello({ address: LOOPBACK, port }, clientHelloFor(cloudfront, 'TLSv1.2'), LIMITS)
    const lower = await probeTlsHello({ address: LOOPBACK, port }, clientHelloFor(cloudfront, 'SSLv3'), LIMITS)

    expect(higher).toMatchObject({ ok: true, version: 'TLSv1.1', cipherSuite: AES128_SHA })
    expect(lower).toMatchObject({ ok: false, kind: 'alert', alert: { name: 'protocol_version' } })
  })

  it('reads supported_versions from a TLS 1.3 hello and answers with TLS 1.2 when it has no 1.3', async () => {
    const port = await start({ versions: ['TLSv1.2'], cipherSuites: [suite('ECDHE-RSA-AES128-GCM-SHA256').code] })
    const hello = clientHelloFor(generic, 'TLSv1.3')

    const result = await probeTlsHello({ address: LOOPBACK, port }, hello, LIMITS)

    // supported_versions lists only 1.3: a server without it refuses.
    expect(result).toMatchObject({ ok: false, kind: 'alert', alert: { name: 'protocol_version' } })
  })

  it('answers an SSLv3 hello (no extensions) with an SSLv3 ServerHello', async () => {
    const port = await start({ versions: ['SSLv3', 'TLSv1'], cipherSuites: [RC4_MD5] })

    const result = await probeTlsHello({ address: LOOPBACK, port }, clientHelloFor(cloudfront, 'SSLv3'), LIMITS)

    expect(result).toMatchObject({ ok: true, version: 'SSLv3', cipherSuite: RC4_MD5 })
  })

  it('hangs up on what is not a ClientHello', async () => {
    const port = await start({ versions: ['TLSv1.2'], cipherSuites: [AES128_SHA] })
    const closed = await new Promise<string>((resolve) => {
      const socket = connect(port, LOOPBACK, () => socket.write('GET / HTTP/1.1\r\n\r\n'))
      let received = ''
      socket.on('data', (chunk) => (received += chunk.toString()))
      socket.on('close', () => resolve(received))
      socket.on('error', () => undefined)
    })
    expect(closed).toBe('')
  })
})

describe('readClientHello', () => {
  const hello = buildClientHello({ ...clientHelloFor(cloudfront, 'TLSv1.2', 'split.lab.test') })

  it('waits for the rest of a hello cut anywhere, then reads it', () => {
    for (const cut of [1, 4, 5, 9, hello.length - 1]) expect(readClientHello(hello.subarray(0, cut))).toBe('incomplete')
    expect(readClientHello(hello)).toMatchObject({
      clientVersion: 0x0303,
      sni: 'split.lab.test',
      hasExtensions: true,
      cipherSuites: clientHelloFor(cloudfront, 'TLSv1.2').cipherSuites,
    })
  })

  it('reads a hello spread over two records', () => {
    const handshake = hello.subarray(5)
    const record = (fragment: Buffer) => Buffer.concat([Buffer.from([22, 3, 1, fragment.length >> 8, fragment.length & 0xff]), fragment])
    const split = Buffer.concat([record(handshake.subarray(0, 10)), record(handshake.subarray(10))])
    expect(readClientHello(split)).toMatchObject({ sni: 'split.lab.test' })
  })

  it('refuses what is not a TLS handshake, and anything over its size bound', () => {
    expect(readClientHello(Buffer.from('GET / HTTP/1.1\r\n'))).toBe('invalid')
    expect(readClientHello(Buffer.from([0x80, 0x2e, 0x01, 0x00, 0x02]))).toBe('invalid') // an SSLv2 hello
    expect(readClientHello(Buffer.alloc(MAX_CLIENT_HELLO_BYTES + 1, 0x16))).toBe('invalid')
  })
})

import { connect, createServer as createNetServer, type Server as NetServer } from 'node:net'
import { createServer, type Server, type TlsOptions } from 'node:tls'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SslProtocol } from '../../../src/config/types.js'
import { edgeProfile } from '../../../src/edges/index.js'
import { suite, type SuiteName } from '../../../src/edges/suites.js'
import { AddressLimits } from '../../../src/engine/address-limit.js'
import { scanTlsTarget, type SendHello } from '../../../src/engine/tls-scan.js'
import { tlsSummary } from '../../../src/engine/tls-summary.js'
import { describeTlsVersion } from '../../../src/report/tls-lines.js'
import { createRawTlsServer } from '../../../src/lab/raw-tls-server.js'
import { createKey, issueChain, pemBundle } from '../../../src/lab/pki.js'
import { probeTlsHello } from '../../../src/probes/tls/probe.js'
import type { TlsTargetScan } from '../../../src/probes/tls/types.js'
import { createServer as createHttpServer } from 'node:http'
import { LOOPBACK, close, listen } from '../probes/tls/servers.js'

const NAME = 'scan.lab.test'
const LIMITS = { connectTimeoutMs: 2_000, readTimeoutMs: 3_000 }
const cloudfront = edgeProfile('cloudfront')
const codes = (...names: SuiteName[]) => names.map((name) => suite(name).code)

let rsa: ReturnType<typeof issueChain>
let ecdsa: ReturnType<typeof issueChain>
let p521: ReturnType<typeof issueChain>
const servers: (Server | NetServer)[] = []

beforeAll(() => {
  rsa = issueChain([NAME], { organization: 'Scan Lab', leafKey: createKey('rsa2048') })
  ecdsa = issueChain([NAME], { organization: 'Scan Lab' })
  p521 = issueChain([NAME], { organization: 'Scan Lab', leafKey: createKey('p521') })
})

afterAll(async () => {
  await Promise.all(servers.map(close))
})

async function openssl(chain: ReturnType<typeof issueChain>, options: TlsOptions): Promise<number> {
  const server = createServer({
    key: chain.leaf.keyPem,
    cert: pemBundle(chain.leaf, chain.intermediate),
    ciphers: 'DEFAULT@SECLEVEL=0',
    ...options,
  })
  server.on('tlsClientError', () => undefined)
  servers.push(server)
  return listen(server)
}

async function raw(versions: ('SSLv3' | 'TLSv1' | 'TLSv1.1' | 'TLSv1.2')[], suites: SuiteName[]): Promise<number> {
  const server = createRawTlsServer({ versions, cipherSuites: codes(...suites), certificates: [rsa.leaf.der, rsa.intermediate.der] })
  servers.push(server)
  return listen(server)
}

/** Probes for real, counting connections and the most in flight at once. */
function sender(port: number, limits = new AddressLimits()) {
  let inFlight = 0
  const stats = { sent: 0, maxInFlight: 0 }
  const send: SendHello = (spec) =>
    limits.for(LOOPBACK)(async () => {
      stats.sent += 1
      stats.maxInFlight = Math.max(stats.maxInFlight, ++inFlight)
      try {
        return await probeTlsHello({ address: LOOPBACK, port }, spec, LIMITS)
      } finally {
        inFlight -= 1
      }
    })
  return { send, stats }
}

async function scan(
  port: number,
  versions: SslProtocol[],
  edge = cloudfront,
): Promise<{ result: TlsTargetScan; stats: { sent: number; maxInFlight: number } }> {
  const { send, stats } = sender(port)
  const result = await scanTlsTarget({ address: LOOPBACK, port, sni: NAME, edge, versions, enumerate: true }, send)
  return { result, stats }
}

describe("scanTlsTarget enumerates the edge's suites the origin accepts", () => {
  it("finds exactly the two suites an RSA origin allows, in the edge's order", async () => {
    const port = await openssl(rsa, { maxVersion: 'TLSv1.2', ciphers: 'AES128-SHA:ECDHE-RSA-AES128-GCM-SHA256' })

    const { result, stats } = await scan(port, ['TLSv1.2'])

    expect(result.versions).toHaveLength(1)
    expect(result.versions[0]).toMatchObject({ version: 'TLSv1.2', acceptedSuites: codes('ECDHE-RSA-AES128-GCM-SHA256', 'AES128-SHA') })
    expect(result.versions[0]?.edgeSuitesWide).toBeUndefined()
    expect(result.otherVersions).toEqual([])
    expect(result.probes).toBe(stats.sent)
    // One connection per accepted suite and one refusal for the rest, not one per suite (16).
    expect(stats.sent).toBe(3)
  })

  it("finds every ECDSA suite of the edge on an ECDSA origin with OpenSSL's defaults", async () => {
    const port = await openssl(ecdsa, { maxVersion: 'TLSv1.2' })

    const { result } = await scan(port, ['TLSv1.2'])

    expect(result.versions[0]?.acceptedSuites).toEqual(cloudfront.cipherSuites.filter((s) => s.iana.includes('_ECDSA_')).map((s) => s.code))
  })

  it('tests suites OpenSSL 3 cannot serve, per version, on the raw server', async () => {
    const port = await raw(['TLSv1', 'TLSv1.1', 'TLSv1.2'], ['RC4-MD5', 'DES-CBC3-SHA', 'AES128-SHA', 'ECDHE-RSA-AES128-GCM-SHA256'])

    const { result } = await scan(port, ['TLSv1', 'TLSv1.1', 'TLSv1.2'])

    const accepted = Object.fromEntries(result.versions.map((v) => [v.version, v.acceptedSuites]))
    expect(accepted).toEqual({
      TLSv1: codes('AES128-SHA', 'DES-CBC3-SHA', 'RC4-MD5'),
      'TLSv1.1': codes('AES128-SHA', 'DES-CBC3-SHA', 'RC4-MD5'),
      'TLSv1.2': codes('ECDHE-RSA-AES128-GCM-SHA256', 'AES128-SHA', 'DES-CBC3-SHA', 'RC4-MD5'),
    })
  })

  it('never has more than five connections open to one address', async () => {
    const port = await raw(
      ['TLSv1', 'TLSv1.1', 'TLSv1.2'],
      cloudfront.cipherSuites.map((s) => s.openssl as SuiteName),
    )

    // Two names on one address: six enumerations at once, one chain of hellos each.
    const { send, stats } = sender(port)
    const versions: SslProtocol[] = ['TLSv1', 'TLSv1.1', 'TLSv1.2']
    const results = await Promise.all(
      [NAME, `other.${NAME}`].map((sni) =>
        scanTlsTarget({ address: LOOPBACK, port, sni, edge: cloudfront, versions, enumerate: true }, send),
      ),
    )

    for (const result of results) expect(result.versions.map((v) => v.acceptedSuites?.length)).toEqual([8, 8, 16])
    expect(stats.maxInFlight).toBe(5)
  })
})

describe('scanTlsTarget explains a refusal', () => {
  it('stops at a ServerHello for a lower version: TLS 1.0 only, offered TLS 1.0 and 1.2', async () => {
    const port = await openssl(ecdsa, { minVersion: 'TLSv1', maxVersion: 'TLSv1' })

    const { result } = await scan(port, ['TLSv1', 'TLSv1.2'])

    const [tls10, tls12] = result.versions
    expect(tls10).toMatchObject({ version: 'TLSv1', acceptedSuites: codes('ECDHE-ECDSA-AES256-SHA', 'ECDHE-ECDSA-AES128-SHA') })
    expect(tls12).toMatchObject({ version: 'TLSv1.2', edge: { ok: true, version: 'TLSv1' } })
    expect(tls12?.edgeSuitesWide).toBeUndefined()
    expect(result.otherVersions).toEqual([])
  })

  it('tries the other versions when none allowed is accepted: a TLS 1.3-only origin', async () => {
    const port = await openssl(ecdsa, { minVersion: 'TLSv1.3' })

    const { result } = await scan(port, ['TLSv1.2'])

    expect(result.versions[0]).toMatchObject({ edge: { kind: 'alert' }, edgeSuitesWide: { kind: 'alert' }, everySuite: { kind: 'alert' } })
    expect(result.otherVersions.map((r) => [r.offered, r.ok ? r.version : r.kind])).toEqual([
      ['SSLv3', 'alert'],
      ['TLSv1', 'alert'],
      ['TLSv1.1', 'alert'],
      ['TLSv1.3', 'TLSv1.3'],
    ])
  })

  it('reads a ChaCha20-only origin as accepting the version but no edge suite', async () => {
    const port = await openssl(ecdsa, { maxVersion: 'TLSv1.2', ciphers: 'ECDHE-ECDSA-CHACHA20-POLY1305' })

    const { result } = await scan(port, ['TLSv1.2'])

    expect(result.versions[0]).toMatchObject({
      edgeSuitesWide: { kind: 'alert' },
      everySuite: { ok: true, cipherSuite: suite('ECDHE-ECDSA-CHACHA20-POLY1305').code },
    })
    expect(result.otherVersions).toEqual([])
  })

  it("reads a P-521 key as the edge's suites working only with a wider hello", async () => {
    const port = await openssl(p521, { maxVersion: 'TLSv1.2' })

    const { result } = await scan(port, ['TLSv1.2'])

    expect(result.versions[0]).toMatchObject({ edge: { kind: 'alert' }, edgeSuitesWide: { ok: true, version: 'TLSv1.2' } })
    expect(result.versions[0]?.everySuite).toBeUndefined()
  })

  it('sends nothing more to what does not speak TLS', async () => {
    const http = createHttpServer((_, res) => res.end('plain\n'))
    servers.push(http)
    const port = await listen(http)

    const { result, stats } = await scan(port, ['TLSv1', 'TLSv1.2'])

    expect(result.versions.map((v) => (v.edge.ok ? 'ok' : v.edge.kind))).toEqual(['not-tls', 'not-tls'])
    expect(stats.sent).toBe(2)
  })
})

describe('the enumeration when a hello fails instead of being refused', () => {
  const SUITES: SuiteName[] = ['ECDHE-RSA-AES128-GCM-SHA256', 'AES128-SHA', 'DES-CBC3-SHA']

  /** The raw server, behind a front that resets the connections numbered in `reset` once they speak. */
  async function resetting(reset: number[]): Promise<number> {
    const upstream = await raw(['TLSv1.2'], SUITES)
    let accepted = 0
    const front = createNetServer((client) => {
      client.on('error', () => undefined)
      if (reset.includes(++accepted)) return void client.once('data', () => client.resetAndDestroy())
      const server = connect(upstream, LOOPBACK)
      server.on('error', () => client.destroy())
      client.on('close', () => server.destroy())
      client.pipe(server).pipe(client)
    })
    servers.push(front)
    return listen(front)
  }

  it('asks once more on a fresh connection, and the list is whole', async () => {
    // The edge's hello, the first suite struck, then the third connection is reset.
    const { result, stats } = await scan(await resetting([3]), ['TLSv1.2'])

    expect(result.versions[0]?.acceptedSuites).toEqual(codes(...SUITES))
    expect(result.versions[0]?.untestedSuites).toBeUndefined()
    // Three accepted, one reset asked again, one refusal.
    expect(stats.sent).toBe(5)
  })

  it('says which suites it could not test when the hello fails again, instead of counting them refused', async () => {
    const { result } = await scan(await resetting([3, 4]), ['TLSv1.2'])

    const scanned = result.versions[0]!
    expect(scanned.acceptedSuites).toEqual(codes('ECDHE-RSA-AES128-GCM-SHA256', 'AES128-SHA'))
    const untested = cloudfront.cipherSuites.map((s) => s.code).filter((code) => !scanned.acceptedSuites!.includes(code))
    expect(scanned.untestedSuites).toEqual(untested)
    expect(scanned.untestedSuites).toContain(suite('DES-CBC3-SHA').code)

    const [report] = tlsSummary({ tlsScans: [result] }, cloudfront)
    expect(report?.versions[0]).toMatchObject({ accepted: true, suites: ['ECDHE-RSA-AES128-GCM-SHA256', 'AES128-SHA'] })
    expect(report?.versions[0]?.untested).toContain('DES-CBC3-SHA')
    expect(describeTlsVersion(report!.versions[0]!)).toMatch(/: 2 of \d+ \(.*\), \d+ untested \(the hellos failed\)$/)
  })
})

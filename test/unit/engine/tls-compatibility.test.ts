import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseConfig } from '../../../src/config/load.js'
import { runPreflight } from '../../../src/engine/run.js'
import { createRawTlsServer } from '../../../src/lab/raw-tls-server.js'
import { createKey } from '../../../src/lab/pki.js'
import { suite } from '../../../src/edges/suites.js'
import type { OriginReport } from '../../../src/engine/report.js'
import { LOOPBACK, listenOnLoopback, serverFixture, startTlsServer } from './servers.js'

const NAME = 'compat.lab.test'
const lab = serverFixture('Compat Lab')
const track = lab.track
/** One origin on `port`, with extra origin lines; the gate's report for it. */
async function check(port: number, extra: string[] = []): Promise<OriginReport> {
  const text = [
    // Made-up names pinned to loopback: no DNS to walk.
    'version: 1',
    'defaults:',
    '  timeouts: { connect-ms: 2000, read-ms: 3000 }',
    '  checks: { skip: [dns] }',
    'overrides:',
    '  trust-roots: [root.pem]',
    'origins:',
    '  - name: compat',
    `    domain: ${NAME}`,
    `    addresses: [${LOOPBACK}]`,
    `    https-port: ${port}`,
    ...extra.map((line) => `    ${line}`),
    '',
  ].join('\n')
  const report = await runPreflight(parseConfig(text, join(lab.ca.dir, 'origin-preflight.yml')))
  return report.origins[0]!
}

const tlsServer = (options: Parameters<typeof startTlsServer>[2], key?: Parameters<typeof createKey>[0]) =>
  track(startTlsServer(lab.ca.leaf([NAME], key ? { key: createKey(key) } : {}), [lab.ca.intermediate], options))

describe('TLS compatibility findings', () => {
  it('reports a TLS 1.0-only origin with ssl-protocols [TLSv1.2] as TLS_NO_COMMON_PROTOCOL, and nothing else', async () => {
    const server = await tlsServer({ minVersion: 'TLSv1', maxVersion: 'TLSv1' })

    const origin = await check(server.port)

    expect(origin.findings).toMatchObject([
      {
        code: 'TLS_NO_COMMON_PROTOCOL',
        severity: 'error',
        check: 'tls',
        address: LOOPBACK,
        port: server.port,
        name: NAME,
        details: { offered: ['TLSv1.2'], originProtocols: ['TLSv1'], situation: 'edge-could-use', edgeCouldUse: ['TLSv1'] },
        message: expect.stringMatching(/accepts none of TLSv1\.2: it speaks only TLSv1\.$/),
        remedy: expect.stringContaining("allow TLSv1 in the edge's origin SSL protocols"),
      },
    ])
    expect(origin.findings[0]?.message).toBe(`${LOOPBACK}:${server.port} (SNI ${NAME}) accepts none of TLSv1.2: it speaks only TLSv1.`)
    expect(origin.tls?.[0]).toMatchObject({
      versions: [{ version: 'TLSv1.2', accepted: false, suites: [], outcome: 'answered with TLSv1' }],
      originAlsoSpeaks: ['TLSv1'],
    })
  })

  it('warns TLS_WEAK_PROTOCOL_ONLY for the same origin with ssl-protocols [TLSv1, TLSv1.2], listing what it accepts', async () => {
    const server = await tlsServer({ minVersion: 'TLSv1', maxVersion: 'TLSv1' })

    const origin = await check(server.port, ['ssl-protocols: [TLSv1, TLSv1.2]'])

    expect(origin.passed).toBe(true)
    expect(origin.findings).toMatchObject([
      { code: 'TLS_WEAK_PROTOCOL_ONLY', severity: 'warning', details: { protocols: ['TLSv1'], refused: ['TLSv1.2'] } },
    ])
    expect(origin.tls?.[0]?.versions).toEqual([
      { version: 'TLSv1', accepted: true, suites: ['ECDHE-ECDSA-AES256-SHA', 'ECDHE-ECDSA-AES128-SHA'], offered: 8 },
      { version: 'TLSv1.2', accepted: false, suites: [], offered: 16, outcome: 'answered with TLSv1' },
    ])
  })

  it('names a TLS 1.3-only origin behind CloudFront as such, without TLS_HANDSHAKE_FAILED', async () => {
    const server = await tlsServer({ minVersion: 'TLSv1.3' })

    const origin = await check(server.port)

    expect(origin.findings.map((f) => f.code)).toEqual(['TLS_NO_COMMON_PROTOCOL'])
    expect(origin.findings[0]?.details).toMatchObject({ offered: ['TLSv1.2'], originProtocols: ['TLSv1.3'], tls13Only: true })
    expect(origin.findings[0]?.message).toContain('it speaks only TLSv1.3, which Amazon CloudFront does not use towards origins')
  })

  it("adds the ALB's listener-policy caveat to a TLS 1.3-only target", async () => {
    const server = await tlsServer({ minVersion: 'TLSv1.3' })

    const origin = await check(server.port, ['edge: alb'])

    expect(origin.findings.map((f) => f.code)).toEqual(['TLS_NO_COMMON_PROTOCOL'])
    expect(origin.findings[0]?.details['assumedTargetPolicy']).toBe('ELBSecurityPolicy-2016-08')
    expect(origin.findings[0]?.message).toMatch(
      /judged against ELBSecurityPolicy-2016-08, .* unless its HTTPS listener has a TLS 1\.3 or FIPS policy/,
    )
  })

  it('reports a DHE-only origin as TLS_NO_COMMON_CIPHER, with the suite it picks and one to enable for its RSA key', async () => {
    const server = await tlsServer({ maxVersion: 'TLSv1.2', ciphers: 'DHE-RSA-AES256-GCM-SHA384@SECLEVEL=0', dhparam: 'auto' }, 'rsa2048')

    const origin = await check(server.port)

    expect(origin.findings).toMatchObject([
      {
        code: 'TLS_NO_COMMON_CIPHER',
        details: { protocols: ['TLSv1.2'], originChose: 'DHE-RSA-AES256-GCM-SHA384', suggested: ['ECDHE-RSA-AES256-GCM-SHA384'] },
      },
    ])
    expect(origin.findings[0]?.remedy).toBe("Enable one of the edge's suites on the origin, such as ECDHE-RSA-AES256-GCM-SHA384.")
  })

  it("keeps TLS_HANDSHAKE_FAILED for a P-521 key: the edge's suites work once the hello names P-521", async () => {
    const server = await tlsServer({ maxVersion: 'TLSv1.2' }, 'p521')

    const origin = await check(server.port)

    expect(origin.findings.map((f) => f.code).sort()).toEqual(['CERT_KEY_UNSUPPORTED', 'TLS_HANDSHAKE_FAILED'])
    expect(origin.findings.find((f) => f.code === 'TLS_HANDSHAKE_FAILED')?.message).toMatch(
      /secp521r1 key is outside what the edge accepts/,
    )
    expect(origin.tls?.[0]?.versions[0]?.outcome).toBe('accepted only with curves or signature schemes the edge does not offer')
  })

  it('keeps TLS_HANDSHAKE_FAILED for a client certificate request on an otherwise compatible origin', async () => {
    const server = await tlsServer({ requestCert: true, rejectUnauthorized: false })

    const origin = await check(server.port)

    expect(origin.findings).toMatchObject([
      { code: 'TLS_HANDSHAKE_FAILED', details: { kind: 'client-certificate-requested', offered: 'TLSv1.2' } },
    ])
    expect(origin.tls?.[0]?.versions[0]?.accepted).toBe(true)
  })

  it('finds nothing wrong with an RC4-MD5-only origin behind CloudFront, and lists RC4-MD5 as accepted', async () => {
    const leaf = lab.ca.leaf([NAME], { key: createKey('rsa2048') })
    const server = await track(
      listenOnLoopback(
        createRawTlsServer({
          versions: ['TLSv1.2'],
          cipherSuites: [suite('RC4-MD5').code],
          certificates: [leaf.der, lab.ca.intermediate.der],
        }),
      ),
    )

    const origin = await check(server.port)

    expect(origin.findings).toEqual([])
    expect(origin.tls?.[0]?.versions).toEqual([{ version: 'TLSv1.2', accepted: true, suites: ['RC4-MD5'], offered: 16 }])
  })
})

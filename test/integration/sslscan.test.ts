/**
 * Cross-check of the suite enumeration against sslscan on real nginx origins with several cipher
 * configurations: for every version the edge may use, the edge's suites we find accepted are exactly
 * the ones sslscan finds accepted. Limited to suites both can test: this sslscan's OpenSSL 3 has no
 * RC4 and no 3DES (and nginx on it serves neither), so RC4-MD5 and DES-CBC3-SHA are left out; the lab's
 * raw TLS server covers those.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseConfig } from '../../src/config/load.js'
import { clientHelloFor, edgeProfile } from '../../src/edges/index.js'
import { everySuite } from '../../src/edges/suites.js'
import { runPreflight } from '../../src/engine/run.js'
import { createKey, issueChain, pemBundle } from '../../src/lab/pki.js'
import type { Report, TlsTargetReport } from '../../src/engine/report.js'
import { LOOPBACK } from '../helpers/loopback.js'
import { HAS_NGINX, NGINX, freePort, startNginxSites, type NginxSite, type RunningNginx } from '../helpers/nginx.js'
import { HAS_SSLSCAN, SSLSCAN, runSslscan, type AcceptedSuites } from '../helpers/sslscan.js'

const DOMAIN = 'sslscan.lab.test'
const IN_CI = Boolean(process.env['CI'])
const VERSIONS = ['TLSv1', 'TLSv1.1', 'TLSv1.2'] as const
const UNTESTABLE = new Set(['RC4-MD5', 'DES-CBC3-SHA'])
const cloudfront = edgeProfile('cloudfront')

/** The nginx configurations compared, by origin name. */
const SITES: Record<string, { key: 'rsa' | 'ecdsa'; protocols: string; ciphers?: string; dhe?: boolean }> = {
  'rsa-nginx-default': { key: 'rsa', protocols: 'TLSv1 TLSv1.1 TLSv1.2', ciphers: 'HIGH:!aNULL:!MD5:@SECLEVEL=0' },
  'ecdsa-mozilla-intermediate': {
    key: 'ecdsa',
    protocols: 'TLSv1.2 TLSv1.3',
    ciphers:
      'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:' +
      'ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384',
  },
  'rsa-legacy-cbc': {
    key: 'rsa',
    protocols: 'TLSv1 TLSv1.1 TLSv1.2',
    ciphers: 'ECDHE-RSA-AES128-SHA:AES128-SHA:AES256-SHA:AES128-SHA256:@SECLEVEL=0',
  },
  'rsa-dhe-chacha-only': { key: 'rsa', protocols: 'TLSv1.2', ciphers: 'DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-CHACHA20-POLY1305', dhe: true },
  'ecdsa-tls13-only': { key: 'ecdsa', protocols: 'TLSv1.3' },
}

function codeOf(name: string): number {
  const found = everySuite().find((s) => s.openssl === name)
  if (!found) throw new Error(`unknown suite ${name}`)
  return found.code
}

/** The edge's suites at `version` that both tools can test. */
function comparable(version: (typeof VERSIONS)[number]): Set<number> {
  const codes = clientHelloFor(cloudfront, version).cipherSuites
  return new Set(codes.filter((code) => !UNTESTABLE.has(cloudfront.cipherSuites.find((s) => s.code === code)?.openssl ?? '')))
}

function ours(target: TlsTargetReport | undefined, version: string): number[] {
  return (target?.versions.find((v) => v.version === version)?.suites ?? []).map(codeOf).sort((a, b) => a - b)
}

function theirs(accepted: AcceptedSuites, version: (typeof VERSIONS)[number]): number[] {
  const testable = comparable(version)
  return [...(accepted.get(version) ?? [])].filter((code) => testable.has(code)).sort((a, b) => a - b)
}

for (const [missing, path] of [
  [!HAS_NGINX, NGINX],
  [!HAS_SSLSCAN, SSLSCAN],
] as const) {
  if (missing && IN_CI) {
    describe(`sslscan cross-check needs ${path}`, () => {
      it('is installed by CI', () => expect.fail(`${path} is missing; CI must install it before the tests`))
    })
  }
}

const READY = HAS_NGINX && HAS_SSLSCAN
const TITLE = READY
  ? 'suite enumeration against sslscan on nginx'
  : `suite enumeration against sslscan on nginx: skipped, ${HAS_NGINX ? SSLSCAN : NGINX} is not installed`

describe.skipIf(!READY)(TITLE, () => {
  let dir: string
  let nginx: RunningNginx | undefined
  const ports = new Map<string, number>()
  let report: Report
  const scans = new Map<string, AcceptedSuites>()

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'preflight-sslscan-'))
    const rsa = issueChain([DOMAIN], { organization: 'Sslscan Lab', leafKey: createKey('rsa2048') })
    const ecdsa = issueChain([DOMAIN], { organization: 'Sslscan Lab' })
    for (const [kind, chain] of [
      ['rsa', rsa],
      ['ecdsa', ecdsa],
    ] as const) {
      writeFileSync(join(dir, `${kind}.pem`), pemBundle(chain.leaf, chain.intermediate))
      writeFileSync(join(dir, `${kind}.key`), chain.leaf.keyPem, { mode: 0o600 })
    }
    writeFileSync(join(dir, 'root.pem'), rsa.root.pem + ecdsa.root.pem)
    // nginx serves DHE suites only with parameters: RFC 7919's ffdhe2048, named, so nothing is generated.
    execFileSync('/usr/bin/openssl', [
      'genpkey',
      '-genparam',
      '-algorithm',
      'DH',
      '-pkeyopt',
      'group:ffdhe2048',
      '-out',
      join(dir, 'dhparam.pem'),
    ])
    const sites: NginxSite[] = []
    for (const [name, site] of Object.entries(SITES)) {
      let port = await freePort()
      while ([...ports.values()].includes(port)) port = await freePort()
      ports.set(name, port)
      sites.push({
        address: LOOPBACK,
        port,
        serverName: DOMAIN,
        certificate: join(dir, `${site.key}.pem`),
        key: join(dir, `${site.key}.key`),
        protocols: site.protocols,
        ...(site.ciphers ? { ciphers: site.ciphers } : {}),
        ...(site.dhe ? { dhparam: join(dir, 'dhparam.pem') } : {}),
      })
    }
    nginx = await startNginxSites(dir, sites)
    const lines = [
      'version: 1',
      'defaults:',
      '  edge: cloudfront',
      `  ssl-protocols: [${VERSIONS.join(', ')}]`,
      '  timeouts: { connect-ms: 2000, read-ms: 3000 }',
      'overrides:',
      `  trust-roots: [${join(dir, 'root.pem')}]`,
      'origins:',
    ]
    for (const [name, port] of ports)
      lines.push(`  - name: ${name}`, `    domain: ${DOMAIN}`, `    addresses: [${LOOPBACK}]`, `    https-port: ${port}`)
    report = await runPreflight(parseConfig(`${lines.join('\n')}\n`, join(dir, 'origin-preflight.yml')), { only: ['tls'] })
    const options = [
      '--no-heartbleed',
      '--no-renegotiation',
      '--no-compression',
      '--no-fallback',
      '--no-groups',
      '--no-check-certificate',
      '--no-cipher-details',
      `--sni-name=${DOMAIN}`,
    ]
    await Promise.all([...ports].map(async ([name, port]) => scans.set(name, (await runSslscan(`${LOOPBACK}:${port}`, options)).accepted)))
  }, 120_000)

  afterAll(async () => {
    await nginx?.stop()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it.each(Object.keys(SITES))("%s: our accepted set equals sslscan's, version by version", (name) => {
    const target = report.origins.find((o) => o.name === name)?.tls?.[0]
    expect(target, name).toBeDefined()
    for (const version of VERSIONS) {
      expect({ version, suites: ours(target, version) }).toEqual({ version, suites: theirs(scans.get(name) ?? new Map(), version) })
    }
  })

  it('finds what each configuration should give, so the comparison is not two empty sets', () => {
    const count = (name: string, version: string) => ours(report.origins.find((o) => o.name === name)?.tls?.[0], version).length
    expect(count('rsa-nginx-default', 'TLSv1.2')).toBeGreaterThanOrEqual(6)
    expect(count('rsa-nginx-default', 'TLSv1')).toBeGreaterThanOrEqual(4)
    expect(count('ecdsa-mozilla-intermediate', 'TLSv1.2')).toBe(2)
    expect(count('rsa-legacy-cbc', 'TLSv1')).toBe(3)
    expect(count('rsa-legacy-cbc', 'TLSv1.2')).toBe(3)
    const codes = (name: string) => report.origins.find((o) => o.name === name)?.findings.map((f) => f.code)
    expect(codes('rsa-dhe-chacha-only')).toEqual(['TLS_NO_COMMON_CIPHER'])
    expect(codes('ecdsa-tls13-only')).toEqual(['TLS_NO_COMMON_PROTOCOL'])
    expect(codes('rsa-nginx-default')).toEqual([])
  })
})

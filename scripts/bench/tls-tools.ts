/** The three tools timed by the TLS bench, each returning the edge's suites it found accepted and its wall time. */
import { join } from 'node:path'
import { parseConfig } from '../../src/config/load.js'
import { clientHelloFor, edgeProfile } from '../../src/edges/index.js'
import { everySuite } from '../../src/edges/suites.js'
import { runPreflight } from '../../src/engine/run.js'
import type { Report } from '../../src/engine/report.js'
import { parseSslscanXml, runSslscan, SSLSCAN, type AcceptedSuites } from '../../test/helpers/sslscan.js'
import { execFile } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { DOMAIN, type BenchOrigin } from './tls-origins.js'

export const VERSIONS = ['TLSv1', 'TLSv1.1', 'TLSv1.2'] as const
/** Suites this sslscan's and testssl.sh's OpenSSL 3 cannot test, left out of every comparison. */
export const UNTESTABLE = new Set(['RC4-MD5', 'DES-CBC3-SHA'])
const cloudfront = edgeProfile('cloudfront')

export type Via = 'direct' | 'proxied'
export const targetOf = (origin: BenchOrigin, via: Via) => `${origin[via].address}:${origin[via].port}`

export interface Timed {
  ms: number
  /** Per target (`address:port`). */
  accepted: Map<string, AcceptedSuites>
}

/** The gate itself, in process, as the CLI runs it (default concurrency), TLS checks only. */
export async function oursFor(
  origins: readonly BenchOrigin[],
  via: Via,
  rootFile: string,
  dir: string,
): Promise<Timed & { report: Report }> {
  const lines = [
    'version: 1',
    'defaults:',
    '  edge: cloudfront',
    `  ssl-protocols: [${VERSIONS.join(', ')}]`,
    '  timeouts: { connect-ms: 5000, read-ms: 10000 }',
    'overrides:',
    `  trust-roots: [${rootFile}]`,
    'origins:',
  ]
  for (const o of origins)
    lines.push(`  - name: ${o.name}`, `    domain: ${DOMAIN}`, `    addresses: [${o[via].address}]`, `    https-port: ${o[via].port}`)
  const config = parseConfig(`${lines.join('\n')}\n`, join(dir, 'origin-preflight.yml'))
  const started = performance.now()
  const report = await runPreflight(config, { only: ['tls'] })
  const ms = performance.now() - started
  const accepted = new Map<string, AcceptedSuites>()
  for (const origin of report.origins) {
    const bench = origins.find((o) => o.name === origin.name)!
    const byVersion: AcceptedSuites = new Map()
    for (const v of origin.tls?.[0]?.versions ?? [])
      byVersion.set(v.version, new Set(v.suites.map((name) => everySuite().find((s) => s.openssl === name)!.code)))
    accepted.set(targetOf(bench, via), byVersion)
  }
  return { ms, accepted, report }
}

/** sslscan with everything on (`default`), or only its cipher enumeration of the TLS versions (`ciphers`). */
export const SSLSCAN_MODES = {
  default: [`--sni-name=${DOMAIN}`],
  ciphers: [
    `--sni-name=${DOMAIN}`,
    '--tlsall',
    '--no-heartbleed',
    '--no-renegotiation',
    '--no-compression',
    '--no-fallback',
    '--no-groups',
    '--no-check-certificate',
    '--no-cipher-details',
  ],
} as const

export async function sslscanOne(origin: BenchOrigin, via: Via, mode: keyof typeof SSLSCAN_MODES): Promise<Timed> {
  const target = targetOf(origin, via)
  const run = await runSslscan(target, SSLSCAN_MODES[mode])
  return { ms: run.ms, accepted: new Map([[target, run.accepted]]) }
}

/** sslscan's own mass mode (`--targets`, one after the other). */
export function sslscanMany(origins: readonly BenchOrigin[], via: Via, mode: keyof typeof SSLSCAN_MODES, dir: string): Promise<Timed> {
  const list = join(dir, `sslscan-${via}-${mode}.txt`)
  writeFileSync(list, origins.map((o) => targetOf(o, via)).join('\n') + '\n')
  const started = performance.now()
  return new Promise((resolve, reject) => {
    execFile(
      SSLSCAN,
      ['--xml=-', '--no-colour', ...SSLSCAN_MODES[mode], `--targets=${list}`],
      { maxBuffer: 256 * 1024 * 1024, timeout: 1_800_000 },
      (error, stdout) => {
        if (error) return reject(new Error(error.message, { cause: error }))
        const accepted = new Map<string, AcceptedSuites>()
        for (const block of stdout.split('<ssltest ').slice(1)) {
          const host = /host="([^"]+)"/.exec(block)?.[1]
          const port = /port="([^"]+)"/.exec(block)?.[1]
          accepted.set(`${host}:${port}`, parseSslscanXml(block))
        }
        resolve({ ms: performance.now() - started, accepted })
      },
    )
  })
}

/** The edge's suites at each version both tools can test, out of what a tool found. */
export function comparable(accepted: AcceptedSuites | undefined): string {
  return VERSIONS.map((version) => {
    const edge = new Set(
      clientHelloFor(cloudfront, version).cipherSuites.filter(
        (code) => !UNTESTABLE.has(cloudfront.cipherSuites.find((s) => s.code === code)!.openssl),
      ),
    )
    const found = [...(accepted?.get(version) ?? [])].filter((code) => edge.has(code)).sort((a, b) => a - b)
    return `${version}:${found.map((c) => c.toString(16)).join(',')}`
  }).join(' ')
}

/** The bench's origins: one nginx serving N sites on 127.0.0.x, and the delaying proxy in front of each on 127.0.1.x. */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { createKey, issueChain, pemBundle } from '../../src/lab/pki.js'
import { freePort, startNginxSites, type NginxSite, type RunningNginx } from '../../test/helpers/nginx.js'

export const DOMAIN = 'bench.lab.test'

/** The configurations cycled over the origins: common, modern, legacy, and two CloudFront cannot use. */
export const KINDS = [
  { kind: 'rsa-nginx-default', key: 'rsa', protocols: 'TLSv1 TLSv1.1 TLSv1.2', ciphers: 'HIGH:!aNULL:!MD5:@SECLEVEL=0' },
  {
    kind: 'ecdsa-intermediate',
    key: 'ecdsa',
    protocols: 'TLSv1.2 TLSv1.3',
    ciphers: 'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-AES128-GCM-SHA256',
  },
  {
    kind: 'rsa-legacy-cbc',
    key: 'rsa',
    protocols: 'TLSv1 TLSv1.1 TLSv1.2',
    ciphers: 'ECDHE-RSA-AES128-SHA:AES128-SHA:AES256-SHA:@SECLEVEL=0',
  },
  { kind: 'rsa-chacha-only', key: 'rsa', protocols: 'TLSv1.2', ciphers: 'ECDHE-RSA-CHACHA20-POLY1305' },
  { kind: 'ecdsa-tls13-only', key: 'ecdsa', protocols: 'TLSv1.3' },
] as const

export interface BenchOrigin {
  name: string
  kind: string
  /** Where nginx serves it. */
  direct: { address: string; port: number }
  /** Where the delaying proxy in front of it listens. */
  proxied: { address: string; port: number }
}

export interface BenchOrigins {
  origins: BenchOrigin[]
  /** PEM file of the roots, for `overrides.trust-roots`. */
  rootFile: string
  stop(): Promise<void>
}

/** `count` origins, nginx on 127.0.0.(10+i), proxies on 127.0.1.(10+i), one port for all. */
export async function startBenchOrigins(dir: string, count: number, delayMs: number): Promise<BenchOrigins> {
  const rsa = issueChain([DOMAIN], { organization: 'Bench Lab', leafKey: createKey('rsa2048') })
  const ecdsa = issueChain([DOMAIN], { organization: 'Bench Lab' })
  for (const [key, chain] of [
    ['rsa', rsa],
    ['ecdsa', ecdsa],
  ] as const) {
    writeFileSync(join(dir, `${key}.pem`), pemBundle(chain.leaf, chain.intermediate))
    writeFileSync(join(dir, `${key}.key`), chain.leaf.keyPem, { mode: 0o600 })
  }
  const rootFile = join(dir, 'roots.pem')
  writeFileSync(rootFile, rsa.root.pem + ecdsa.root.pem)
  const port = await freePort('127.0.0.10')
  const origins: BenchOrigin[] = Array.from({ length: count }, (_, i) => ({
    name: `origin-${String(i + 1).padStart(2, '0')}`,
    kind: KINDS[i % KINDS.length]!.kind,
    direct: { address: `127.0.0.${10 + i}`, port },
    proxied: { address: `127.0.1.${10 + i}`, port },
  }))
  const sites: NginxSite[] = origins.map((origin, i) => {
    const kind = KINDS[i % KINDS.length]!
    return {
      address: origin.direct.address,
      port,
      serverName: DOMAIN,
      certificate: join(dir, `${kind.key}.pem`),
      key: join(dir, `${kind.key}.key`),
      protocols: kind.protocols,
      ...('ciphers' in kind ? { ciphers: kind.ciphers } : {}),
    }
  })
  const nginx: RunningNginx = await startNginxSites(dir, sites)
  const proxy = await startProxy(delayMs, origins)
  return {
    origins,
    rootFile,
    async stop() {
      proxy.kill('SIGTERM')
      await nginx.stop()
    },
  }
}

async function startProxy(delayMs: number, origins: readonly BenchOrigin[]): Promise<ChildProcess> {
  const routes = origins.map((o) => `${o.proxied.address}:${o.proxied.port}=${o.direct.address}:${o.direct.port}`)
  const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx')
  const child = spawn(tsx, [join(import.meta.dirname, 'delay-proxy.ts'), String(delayMs), ...routes], {
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const lines = createInterface({ input: child.stdout })
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the delaying proxy exited with code ${code}`)))
    lines.on('line', (line) => line === 'ready' && resolve())
  })
  return child
}

/** The wall time of a process that does nothing but start: what each sslscan run pays before it scans. */
export function processStartMs(command: string, args: string[]): number {
  const started = performance.now()
  execFileSync(command, args, { stdio: 'ignore' })
  return performance.now() - started
}

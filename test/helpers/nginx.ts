/**
 * A real nginx on loopback for integration tests: a generated config, started in the foreground, gone
 * after the test. Without the binary the tests skip with a message, except under CI, where they fail.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { Socket } from 'node:net'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { issueChain } from '../../src/lab/pki.js'

export const NGINX = '/usr/sbin/nginx'
import { freePort, LOOPBACK } from './loopback.js'

export { freePort, LOOPBACK }
export const HAS_NGINX = existsSync(NGINX)
const IN_CI = Boolean(process.env['CI'])

/** Under CI a missing nginx is a failure, never a silent skip. */
export function requireNginxInCi(): void {
  if (HAS_NGINX || !IN_CI) return
  describe('nginx integration', () => {
    it('needs nginx, which CI installs', () => {
      expect.fail(`${NGINX} is missing; CI must install the nginx package before the tests`)
    })
  })
}

/** The describe title, saying why it is skipped when it is. */
export function nginxTitle(title: string): string {
  return HAS_NGINX ? title : `${title}: skipped, ${NGINX} is not installed`
}

/** `count` distinct free ports. */
export async function freePorts(count: number): Promise<number[]> {
  const ports = new Set<number>()
  while (ports.size < count) ports.add(await freePort())
  return [...ports]
}

/** Where nginx listens: a loopback port, or an address and port. */
export type Listen = number | { address: string; port: number }

function accepts(listen: Listen): Promise<boolean> {
  const { address, port } = typeof listen === 'number' ? { address: LOOPBACK, port: listen } : listen
  return new Promise((resolve) => {
    const socket = new Socket()
    const done = (open: boolean) => {
      socket.destroy()
      resolve(open)
    }
    socket.setTimeout(500, () => done(false))
    socket.once('connect', () => done(true))
    socket.once('error', () => done(false))
    socket.connect(port, address)
  })
}

async function waitForPorts(ports: Listen[], nginx: ChildProcess, log: string, deadlineMs = 10_000): Promise<void> {
  const until = Date.now() + deadlineMs
  while (Date.now() < until) {
    if (nginx.exitCode !== null) {
      const errors = existsSync(log) ? readFileSync(log, 'utf8') : '(no error log)'
      throw new Error(`nginx exited with code ${nginx.exitCode} before listening:\n${errors}`)
    }
    const open = await Promise.all(ports.map(accepts))
    if (open.every(Boolean)) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  const where = ports.slice(0, 3).map((p) => (typeof p === 'number' ? p : `${p.address}:${p.port}`))
  throw new Error(
    `nginx did not listen on ${where.join(' and ')}${ports.length > 3 ? ` and ${ports.length - 3} more` : ''} within ${deadlineMs} ms`,
  )
}

export interface RunningNginx {
  stop(): Promise<void>
}

/** Writes nginx.conf in `dir` with `servers` (lines inside `http {}`), starts nginx and waits until every port accepts. */
export async function startNginx(
  dir: string,
  servers: string[],
  ports: Listen[],
  options: { events?: string[]; readyWithinMs?: number } = {},
): Promise<RunningNginx> {
  const events = options.events ?? []
  const conf = join(dir, 'nginx.conf')
  writeFileSync(
    conf,
    [
      // `daemon off;` comes from the command line (-g), which nginx refuses to see twice.
      'master_process off;',
      `pid ${join(dir, 'nginx.pid')};`,
      `error_log ${join(dir, 'error.log')} info;`,
      `events {${events.map((line) => ` ${line}`).join('')} }`,
      'http {',
      `  access_log ${join(dir, 'access.log')};`,
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${join(dir, kind)};`),
      ...servers,
      '}',
      '',
    ].join('\n'),
  )
  const log = join(dir, 'error.log')
  const nginx = spawn(NGINX, ['-e', log, '-c', conf, '-p', dir, '-g', 'daemon off;'], { stdio: 'ignore' })
  const stop = async (): Promise<void> => {
    if (nginx.exitCode !== null) return
    const exited = new Promise((resolve) => nginx.once('exit', resolve))
    nginx.kill('SIGTERM')
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3_000))])
    if (nginx.exitCode === null && nginx.signalCode === null) nginx.kill('SIGKILL')
  }
  try {
    await waitForPorts(ports, nginx, log, options.readyWithinMs)
  } catch (error) {
    await stop()
    throw error
  }
  return { stop }
}

/** A root, intermediate and leaf for `domain`; writes root.pem (to trust) and leaf.key (for nginx) into `dir`. */
export function writeCertificates(dir: string, domain: string, organization: string): ReturnType<typeof issueChain> {
  const issued = issueChain([domain], { organization })
  writeFileSync(join(dir, 'root.pem'), issued.root.pem)
  writeFileSync(join(dir, 'leaf.key'), issued.leaf.keyPem, { mode: 0o600 })
  return issued
}

/** One TLS site of nginx: its listener, certificate and TLS settings. */
export interface NginxSite {
  /** Loopback address (127.0.0.0/8). */
  address: string
  port: number
  serverName: string
  /** PEM files, absolute paths. */
  certificate: string
  key: string
  /** `ssl_protocols`, e.g. `TLSv1.2 TLSv1.3`. */
  protocols: string
  /** `ssl_ciphers`, when not nginx's default. */
  ciphers?: string
  /** `ssl_dhparam` file, for DHE suites. */
  dhparam?: string
}

/** The `server {}` block of a site. */
export function siteServer(site: NginxSite): string[] {
  return [
    '  server {',
    `    listen ${site.address}:${site.port} ssl;`,
    `    server_name ${site.serverName};`,
    `    ssl_certificate ${site.certificate};`,
    `    ssl_certificate_key ${site.key};`,
    `    ssl_protocols ${site.protocols};`,
    ...(site.ciphers ? [`    ssl_ciphers ${site.ciphers};`] : []),
    ...(site.dhparam ? [`    ssl_dhparam ${site.dhparam};`] : []),
    '    location / { return 200 "ok\\n"; }',
    '  }',
  ]
}

/** nginx serving `sites`, once every one of them accepts connections. */
export function startNginxSites(dir: string, sites: readonly NginxSite[]): Promise<RunningNginx> {
  return startNginx(
    dir,
    sites.flatMap(siteServer),
    sites.map(({ address, port }) => ({ address, port })),
  )
}

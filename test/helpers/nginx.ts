/** A real nginx on loopback, for the integration tests and the bench: one server block per site. */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer, Socket, type AddressInfo } from 'node:net'
import { join } from 'node:path'

export const NGINX = '/usr/sbin/nginx'
export const HAS_NGINX = existsSync(NGINX)

export interface NginxSite {
  /** Loopback address to listen on (127.0.0.0/8). */
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

export interface RunningNginx {
  process: ChildProcess
  stop(): Promise<void>
}

/** A port nothing listens on right now on `address` (bound by the system, then released). */
export async function freePort(address = '127.0.0.1'): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, address, () => resolve())
  })
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

/** Writes the config into `dir`, starts nginx in the foreground and waits until every site listens. */
export async function startNginx(dir: string, sites: readonly NginxSite[], deadlineMs = 10_000): Promise<RunningNginx> {
  const conf = join(dir, 'nginx.conf')
  const log = join(dir, 'error.log')
  writeFileSync(conf, nginxConf(dir, sites))
  const nginx = spawn(NGINX, ['-e', log, '-c', conf, '-p', dir, '-g', 'daemon off;'], { stdio: 'ignore' })
  const stop = async () => {
    if (nginx.exitCode !== null || nginx.signalCode !== null) return
    const exited = new Promise((resolve) => nginx.once('exit', resolve))
    nginx.kill('SIGTERM')
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3_000))])
    if (nginx.exitCode === null && nginx.signalCode === null) nginx.kill('SIGKILL')
  }
  const until = Date.now() + deadlineMs
  while (Date.now() < until) {
    if (nginx.exitCode !== null) {
      const errors = existsSync(log) ? readFileSync(log, 'utf8') : '(no error log)'
      throw new Error(`nginx exited with code ${nginx.exitCode} before listening:\n${errors}`)
    }
    const open = await Promise.all(sites.map((s) => accepts(s.address, s.port)))
    if (open.every(Boolean)) return { process: nginx, stop }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  await stop()
  throw new Error(`nginx did not listen on every site within ${deadlineMs} ms`)
}

function nginxConf(dir: string, sites: readonly NginxSite[]): string {
  const server = (site: NginxSite) => [
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
  return [
    // `daemon off;` comes from the command line (-g), which nginx refuses to see twice.
    'master_process off;',
    `pid ${join(dir, 'nginx.pid')};`,
    `error_log ${join(dir, 'error.log')} info;`,
    'events {}',
    'http {',
    `  access_log ${join(dir, 'access.log')};`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${join(dir, kind)};`),
    ...sites.flatMap(server),
    '}',
    '',
  ].join('\n')
}

function accepts(address: string, port: number): Promise<boolean> {
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

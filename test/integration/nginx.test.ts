/**
 * The engine against a real nginx on loopback: one listener serving its chain in order, one serving
 * the root before the intermediate it issued.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, Socket, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseConfig } from '../../src/config/load.js'
import { runPreflight } from '../../src/engine/run.js'
import { issueChain, pemBundle } from '../../src/lab/pki.js'
import type { Report } from '../../src/report/types.js'

const NGINX = '/usr/sbin/nginx'
const LOOPBACK = '127.0.0.1'
const DOMAIN = 'nginx.lab.test'
const HAS_NGINX = existsSync(NGINX)
const IN_CI = Boolean(process.env['CI'])

const LEAF_SUBJECT = `CN=${DOMAIN}, O=Nginx Lab`
const INTERMEDIATE_SUBJECT = 'CN=Nginx Lab Intermediate CA, O=Nginx Lab'
const ROOT_SUBJECT = 'CN=Nginx Lab Root CA, O=Nginx Lab'

/** A port nothing listens on right now (bound by the system, then released). */
async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, LOOPBACK, () => resolve())
  })
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket()
    const done = (open: boolean) => {
      socket.destroy()
      resolve(open)
    }
    socket.setTimeout(500, () => done(false))
    socket.once('connect', () => done(true))
    socket.once('error', () => done(false))
    socket.connect(port, LOOPBACK)
  })
}

async function waitForPorts(ports: number[], nginx: ChildProcess, log: string, deadlineMs = 10_000): Promise<void> {
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
  throw new Error(`nginx did not listen on ${ports.join(' and ')} within ${deadlineMs} ms`)
}

function nginxConf(dir: string, goodPort: number, misorderedPort: number): string {
  const server = (port: number, chainFile: string) => [
    '  server {',
    `    listen ${LOOPBACK}:${port} ssl;`,
    `    server_name ${DOMAIN};`,
    `    ssl_certificate ${join(dir, chainFile)};`,
    `    ssl_certificate_key ${join(dir, 'leaf.key')};`,
    '    ssl_protocols TLSv1.2 TLSv1.3;',
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
    `  client_body_temp_path ${join(dir, 'client_body')};`,
    `  proxy_temp_path ${join(dir, 'proxy')};`,
    `  fastcgi_temp_path ${join(dir, 'fastcgi')};`,
    `  uwsgi_temp_path ${join(dir, 'uwsgi')};`,
    `  scgi_temp_path ${join(dir, 'scgi')};`,
    ...server(goodPort, 'good-chain.pem'),
    ...server(misorderedPort, 'misordered-chain.pem'),
    '}',
    '',
  ].join('\n')
}

if (!HAS_NGINX && IN_CI) {
  describe('nginx integration', () => {
    it('needs nginx, which CI installs', () => {
      expect.fail(`${NGINX} is missing; CI must install the nginx package before the tests`)
    })
  })
}

const TITLE = HAS_NGINX ? 'runPreflight against a real nginx' : `runPreflight against a real nginx: skipped, ${NGINX} is not installed`

describe.skipIf(!HAS_NGINX)(TITLE, () => {
  let dir: string
  let nginx: ChildProcess | undefined
  let goodPort: number
  let misorderedPort: number
  let report: Report

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'preflight-nginx-'))
    const { root, intermediate, leaf } = issueChain([DOMAIN], { organization: 'Nginx Lab' })
    writeFileSync(join(dir, 'root.pem'), root.pem)
    writeFileSync(join(dir, 'leaf.key'), leaf.keyPem, { mode: 0o600 })
    writeFileSync(join(dir, 'good-chain.pem'), pemBundle(leaf, intermediate))
    writeFileSync(join(dir, 'misordered-chain.pem'), pemBundle(leaf, root, intermediate))

    goodPort = await freePort()
    misorderedPort = await freePort()
    while (misorderedPort === goodPort) misorderedPort = await freePort()
    const conf = join(dir, 'nginx.conf')
    writeFileSync(conf, nginxConf(dir, goodPort, misorderedPort))

    const log = join(dir, 'error.log')
    nginx = spawn(NGINX, ['-e', log, '-c', conf, '-p', dir, '-g', 'daemon off;'], { stdio: 'ignore' })
    await waitForPorts([goodPort, misorderedPort], nginx, log)

    const config = parseConfig(
      [
        'version: 1',
        'defaults:',
        '  edge: cloudfront',
        '  timeouts: { connect-ms: 2000, read-ms: 3000 }',
        '  checks: { skip: [dns] }',
        'overrides:',
        `  trust-roots: [${join(dir, 'root.pem')}]`,
        'origins:',
        '  - name: nginx-good-chain',
        `    domain: ${DOMAIN}`,
        `    addresses: [${LOOPBACK}]`,
        `    https-port: ${goodPort}`,
        '  - name: nginx-misordered-chain',
        `    domain: ${DOMAIN}`,
        `    addresses: [${LOOPBACK}]`,
        `    https-port: ${misorderedPort}`,
        '',
      ].join('\n'),
      join(dir, 'origin-preflight.yml'),
    )
    report = await runPreflight(config)
  })

  afterAll(async () => {
    if (nginx && nginx.exitCode === null) {
      const exited = new Promise((resolve) => nginx?.once('exit', resolve))
      nginx.kill('SIGTERM')
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3_000))])
      if (nginx.exitCode === null && nginx.signalCode === null) nginx.kill('SIGKILL')
    }
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('passes the listener that sends leaf then intermediate, with no findings', () => {
    const origin = report.origins.find((o) => o.name === 'nginx-good-chain')
    expect(origin?.findings).toEqual([])
    expect(origin?.passed).toBe(true)
    expect(origin?.certificate?.subject).toBe(LEAF_SUBJECT)
  })

  it('reports only CERT_CHAIN_ORDER for the listener that sends the root before the intermediate', () => {
    const origin = report.origins.find((o) => o.name === 'nginx-misordered-chain')
    expect(origin?.passed).toBe(false)
    expect(origin?.findings.map((f) => f.code)).toEqual(['CERT_CHAIN_ORDER'])
    expect(origin?.findings[0]).toMatchObject({
      severity: 'error',
      check: 'certificate',
      address: LOOPBACK,
      port: misorderedPort,
      name: DOMAIN,
      details: {
        sent: [LEAF_SUBJECT, ROOT_SUBJECT, INTERMEDIATE_SUBJECT],
        expected: [LEAF_SUBJECT, INTERMEDIATE_SUBJECT, ROOT_SUBJECT],
      },
    })
    expect(report.passed).toBe(false)
    expect(report.summary).toMatchObject({ origins: 2, failed: 1, errors: 1, warnings: 0, notices: 0 })
  })
})

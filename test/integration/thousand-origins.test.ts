/**
 * A thousand origins in one run, every one on its own loopback address behind the bench's delaying proxy
 * (25 ms each way, its own process), served by light HTTP origins in this very process: the event loop
 * that runs the gate also answers for every origin, the worst case for deadlines. Healthy origins must
 * come out clean (no false timeout, no false flaky port), and the few refused ones must be found.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseConfig } from '../../src/config/load.js'
import { runPreflight } from '../../src/engine/run.js'
import type { Report } from '../../src/engine/report.js'
import { freePort } from '../helpers/nginx.js'

const COUNT = 1000
const DELAY_MS = 25
/** Every 100th origin has nothing behind its proxy address: refused on every attempt. */
const refused = (i: number) => i % 100 === 99
const address = (net: number, i: number) => `127.${net}.${Math.floor(i / 250)}.${(i % 250) + 2}`
const name = (i: number) => `o${String(i).padStart(4, '0')}`

describe('a thousand origins through a delaying proxy', () => {
  const servers: Server[] = []
  let proxy: ChildProcess | undefined
  let report: Report
  let wallMs: number

  beforeAll(async () => {
    const port = await freePort('127.12.0.2')
    for (let i = 0; i < COUNT; i++) {
      if (refused(i)) continue
      const server = createServer({ keepAliveTimeout: 30_000 }, (_request, response) => response.end('ok\n'))
      servers.push(server)
      await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, address(12, i), () => resolve()))
    }
    const routes = Array.from({ length: COUNT }, (_, i) => i)
      .filter((i) => !refused(i))
      .map((i) => `${address(11, i)}:${port}=${address(12, i)}:${port}`)
    proxy = spawn(
      join(process.cwd(), 'node_modules', '.bin', 'tsx'),
      [join(process.cwd(), 'scripts/bench/delay-proxy.ts'), String(DELAY_MS), ...routes],
      { stdio: ['pipe', 'pipe', 'inherit'] },
    )
    await new Promise<void>((resolve, reject) => {
      proxy!.once('exit', (code) => reject(new Error(`the delaying proxy exited with code ${code}`)))
      createInterface({ input: proxy!.stdout! }).on('line', (line) => line === 'ready' && resolve())
    })
    // Nothing listens behind a refused origin's proxy address either: the proxy has no route for it.
    const config = parseConfig(
      [
        'version: 1',
        'defaults:',
        '  protocol-policy: http-only',
        `  http-port: ${port}`,
        '  health: { path: /healthz }',
        '  timeouts: { connect-ms: 1000, read-ms: 5000, keep-alive-ms: 1000 }',
        '  checks: { skip: [dns] }',
        'origins:',
        ...Array.from({ length: COUNT }, (_, i) => [
          `  - name: ${name(i)}`,
          `    domain: ${name(i)}.scale.lab.test`,
          `    addresses: [${address(11, i)}]`,
        ]).flat(),
        '',
      ].join('\n'),
      'thousand.yml',
    )
    const started = performance.now()
    report = await runPreflight(config)
    wallMs = performance.now() - started
  }, 120_000)

  afterAll(async () => {
    proxy?.stdin?.end()
    proxy?.kill('SIGTERM')
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))))
  })

  it('reports nothing on a healthy origin', () => {
    const falseFindings = report.origins
      .filter((_, i) => !refused(i))
      .flatMap((o) => o.findings.map((f) => `${o.name} ${f.code} ${JSON.stringify(f.details)}`))
    expect(falseFindings).toEqual([])
    expect(report.origins).toHaveLength(COUNT)
  })

  it("finds every refused port, after the edge's three attempts", () => {
    const broken = report.origins.filter((_, i) => refused(i))
    expect(broken).toHaveLength(COUNT / 100)
    for (const origin of broken) {
      expect(
        origin.findings.map((f) => f.code),
        origin.name,
      ).toEqual(['PORT_REFUSED'])
      expect(origin.findings[0]?.details['attempts']).toBe('3 of 3 failed')
    }
  })

  it('overlaps the origins: far less than one keep-alive window each', () => {
    // Each healthy origin watches its idle connection for the 1 s window; one after another would take 990 s.
    expect(wallMs).toBeLessThan(60_000)
  })
})

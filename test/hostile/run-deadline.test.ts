import { createServer, type Server, type Socket } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Report } from '../../src/engine/report.js'
import { configFile, runCli } from './cli-io.js'

/** A loopback address that accepts every connection and never says a word. */
let silent: Server
const sockets: Socket[] = []
let port = 0
beforeAll(async () => {
  silent = createServer((socket) => void sockets.push(socket))
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
  port = (silent.address() as { port: number }).port
})
afterAll(async () => {
  for (const socket of sockets) socket.destroy()
  await new Promise<void>((resolve) => silent.close(() => resolve()))
})

function silentOrigins(count: number, top = ''): string {
  const lines = ['version: 1', top, 'defaults:', '  timeouts: { connect-ms: 2000, read-ms: 10000 }', 'origins:']
  for (let i = 0; i < count; i++) lines.push(`  - { name: o${i}, domain: o${i}.example.com, addresses: [127.0.0.1], https-port: ${port} }`)
  return `${lines.join('\n')}\n`
}

function uncheckedOf(report: Report) {
  return report.origins.filter((origin) =>
    origin.findings.some(
      (f) => f.code === 'PROBE_UNAVAILABLE' && f.details['unchecked'] === 'origin' && f.details['because'] === 'run-deadline',
    ),
  )
}

describe('the run deadline', () => {
  it('--deadline-ms: 25 origins on one silent address end at the deadline, unchecked and failing, not passed', async () => {
    const started = Date.now()
    const run = await runCli([
      'check',
      '--config',
      configFile(silentOrigins(25)),
      '--only',
      'tls',
      '--format',
      'json',
      '--deadline-ms',
      '1500',
    ])
    const took = Date.now() - started
    const report = JSON.parse(run.stdout) as Report
    expect(took).toBeLessThan(10_000)
    expect(run.code).toBe(1)
    expect(report.passed).toBe(false)
    expect(report.origins).toHaveLength(25)
    expect(uncheckedOf(report)).toHaveLength(25)
    expect(report.origins.every((origin) => !origin.passed)).toBe(true)
    expect(uncheckedOf(report)[0]!.findings[0]!.message).toBe('The origin was not checked: the run reached its deadline of 1500 ms first.')
  }, 30_000)

  it('run-deadline-ms in the config does the same', async () => {
    const run = await runCli([
      'check',
      '--config',
      configFile(silentOrigins(3, 'run-deadline-ms: 1000')),
      '--only',
      'tls',
      '--format',
      'json',
    ])
    const report = JSON.parse(run.stdout) as Report
    expect(run.code).toBe(1)
    expect(uncheckedOf(report)).toHaveLength(3)
  }, 30_000)

  it('is refused outside 1 s to 24 h', async () => {
    expect((await runCli(['check', '--config', configFile(silentOrigins(1)), '--deadline-ms', '5'])).code).toBe(2)
    expect((await runCli(['validate', '--config', configFile(silentOrigins(1, 'run-deadline-ms: 10'))])).code).toBe(2)
  })
})

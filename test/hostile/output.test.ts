import { spawnSync } from 'node:child_process'
import { chmodSync, closeSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:net'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { configFile, runCli } from './cli-io.js'

/** A loopback port that counts the connections made to it: probing happened iff it is above zero. */
let server: Server
let connections = 0
let port = 0
beforeAll(async () => {
  server = createServer((socket) => {
    connections++
    socket.destroy()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as { port: number }).port
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const config = () =>
  configFile(
    [
      'version: 1',
      'origins:',
      '  - name: shop',
      '    domain: shop.example.com',
      '    addresses: [127.0.0.1]',
      `    https-port: ${port}`,
      '    checks: { skip: [dns, tls, certificate, http] }',
      '',
    ].join('\n'),
  )

describe('check --output', () => {
  it('refuses the config file itself, a directory and a device before probing (exit 2)', async () => {
    const file = config()
    const before = readFileSync(file, 'utf8')
    for (const [output, why] of [
      [file, /is a file this command reads/],
      [dirname(file), /is a directory/],
      ['/dev/full', /is not a regular file/],
    ] as const) {
      connections = 0
      const run = await runCli(['check', '--config', file, '--output', output])
      expect(run.code, output).toBe(2)
      expect(run.stderr).toMatch(why)
      expect(run.stderr.trim().split('\n')).toHaveLength(1)
      expect(connections, output).toBe(0)
    }
    expect(readFileSync(file, 'utf8')).toBe(before)
  })

  it('refuses a file it cannot write before probing', async () => {
    const file = config()
    const dir = join(dirname(file), 'locked')
    mkdirSync(dir)
    writeFileSync(join(dir, 'report.json'), '')
    chmodSync(join(dir, 'report.json'), 0o444)
    chmodSync(dir, 0o555)
    connections = 0
    const run = await runCli(['check', '--config', file, '--output', join(dir, 'report.json')])
    const root = process.getuid?.() === 0 // root writes anyway: then the check cannot see it, and the write succeeds
    expect(run.code).toBe(root ? 0 : 2)
    if (!root) expect(connections).toBe(0)
  })

  it('writes the report where it may, after probing', async () => {
    const file = config()
    const output = join(dirname(file), 'report.json')
    connections = 0
    const run = await runCli(['check', '--config', file, '--format', 'json', '--output', output])
    expect(run.code).toBe(0)
    expect(connections).toBeGreaterThan(0)
    expect(JSON.parse(readFileSync(output, 'utf8')).version).toBe(1)
  })
})

describe('a standard output that fails (> /dev/full)', () => {
  it('is one line on stderr and exit 2, never a stack trace', () => {
    const full = openSync('/dev/full', 'w')
    try {
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'check', '--config', config()], {
        stdio: ['ignore', full, 'pipe'],
        encoding: 'utf8',
        timeout: 20_000,
      })
      expect(run.status).toBe(2)
      expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^origin-preflight: .*standard output.*ENOSPC/)])
    } finally {
      closeSync(full)
    }
  })
})

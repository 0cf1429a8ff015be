import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { configFile, runCli } from './cli-io.js'

const withRoots = (roots: string[]) =>
  configFile(
    ['version: 1', 'origins:', '  - name: a', '    domain: a.example.com', '    addresses: [127.0.0.1]', 'overrides:'].join('\n') +
      `\n  trust-roots: [${roots.map((root) => JSON.stringify(root)).join(', ')}]\n`,
  )

describe('overrides.trust-roots', () => {
  it('does not hang on a FIFO or a kernel pseudo-file: only regular files of bounded size are read', async () => {
    const config = withRoots(['/proc/kmsg', 'fifo.pem', '/dev/zero'])
    execFileSync('mkfifo', [join(dirname(config), 'fifo.pem')])
    const start = Date.now()
    const run = await runCli(['validate', '--config', config])
    expect(Date.now() - start).toBeLessThan(5_000)
    expect(run.code).toBe(2)
    expect(run.stderr.match(/not a readable regular file of PEM certificates/g)).toHaveLength(3)
  }, 15_000)

  it('answers the same for a missing file, a directory, a secret and a large file: nothing about what exists', async () => {
    const config = withRoots(['missing.pem', 'dir', '/etc/shadow', 'large.pem', 'key.pem'])
    mkdirSync(join(dirname(config), 'dir'))
    writeFileSync(join(dirname(config), 'large.pem'), Buffer.alloc(5 * 1024 * 1024, 0x41))
    writeFileSync(join(dirname(config), 'key.pem'), '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n')
    const run = await runCli(['validate', '--config', config])
    const reasons = run.stderr
      .split('\n')
      .filter((line) => line.includes('trust-roots['))
      .map((line) => line.replace(/^.*?: \/\S+: /, ''))
    expect(reasons).toHaveLength(5)
    expect(new Set(reasons).size).toBe(1)
  })
})

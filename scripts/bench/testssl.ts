/** testssl.sh (Debian package), restricted to what compares: cipher enumeration per protocol (`-E`). */
import { execFile } from 'node:child_process'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { AcceptedSuites } from '../../test/helpers/sslscan.js'

export const TESTSSL = '/usr/bin/testssl'
export const HAS_TESTSSL = existsSync(TESTSSL)

const OPTIONS = ['--quiet', '--color', '0', '--warnings', 'off', '--nodns', 'none', '-E']
const VERSION_OF: Record<string, string> = { ssl3: 'SSLv3', tls1: 'TLSv1', tls1_1: 'TLSv1.1', tls1_2: 'TLSv1.2', tls1_3: 'TLSv1.3' }

interface JsonEntry {
  id: string
  ip?: string
  port?: string
}

/** `cipher-tls1_2_xc02f` entries, per `address:port`. */
function parse(file: string): Map<string, AcceptedSuites> {
  const byTarget = new Map<string, AcceptedSuites>()
  const entries = JSON.parse(readFileSync(file, 'utf8')) as JsonEntry[]
  for (const entry of entries) {
    const match = /^cipher-(ssl3|tls1|tls1_1|tls1_2|tls1_3)_x([0-9a-f]+)$/.exec(entry.id)
    if (!match) continue
    const target = `${(entry.ip ?? '').split('/')[0]}:${entry.port ?? ''}`
    const accepted = byTarget.get(target) ?? new Map<string, Set<number>>()
    const version = VERSION_OF[match[1] as string] as string
    accepted.set(version, (accepted.get(version) ?? new Set()).add(parseInt(match[2] as string, 16)))
    byTarget.set(target, accepted)
  }
  return byTarget
}

function run(args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(TESTSSL, args, { timeout: timeoutMs, maxBuffer: 256 * 1024 * 1024 }, (error) => {
      // testssl.sh exits non-zero when it merely found something to warn about; the JSON tells.
      if (error && (error as NodeJS.ErrnoException & { killed?: boolean }).killed) reject(new Error(error.message, { cause: error }))
      else resolve()
    })
  })
}

/** One origin; the accepted suites and the wall time. */
export async function testsslOne(dir: string, target: string, timeoutMs = 600_000): Promise<{ accepted: AcceptedSuites; ms: number }> {
  const json = join(dir, `testssl-${target.replace(/[^0-9A-Za-z]/g, '_')}.json`)
  rmSync(json, { force: true })
  const started = performance.now()
  await run([...OPTIONS, '--jsonfile', json, target], timeoutMs)
  const ms = performance.now() - started
  return { accepted: parse(json).get(target) ?? (new Map() as AcceptedSuites), ms }
}

/** Several origins in testssl.sh's own mass mode, one after the other (`--file`, its default `--mode serial`). */
export async function testsslMany(
  dir: string,
  targets: readonly string[],
  timeoutMs = 900_000,
): Promise<{ accepted: Map<string, AcceptedSuites>; ms: number }> {
  const list = join(dir, 'testssl-targets.txt')
  const json = join(dir, 'testssl-many.json')
  rmSync(json, { force: true })
  writeFileSync(list, targets.map((t) => `${OPTIONS.join(' ')} ${t}`).join('\n') + '\n')
  const started = performance.now()
  await run(['--file', list, '--jsonfile', json], timeoutMs)
  const ms = performance.now() - started
  return { accepted: parse(json), ms }
}

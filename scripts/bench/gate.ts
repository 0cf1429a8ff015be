/**
 * The whole-gate bench: N = 1, 100 and 1,000 origins (one in ten with a planted fault), every check
 * family, names in several DNS zones walked from a private root, every connection and DNS datagram
 * through the delaying proxy at 0 ms and 25 ms each way. The gate runs compiled, with plain node, in a
 * process of its own, as the CLI and the action run it; the origins (nginx), the name servers (this
 * process) and the proxy run beside it on the same two cores. `npm run bench -- gate [N...]`.
 */
import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { FAULTS, startGateWorld, type GateOrigin } from './gate-world.js'
import { HAS_NGINX, NGINX } from '../../test/helpers/nginx.js'

const SIZES = process.argv
  .slice(3)
  .map(Number)
  .filter((n) => n > 0)
const COUNTS = SIZES.length > 0 ? SIZES : [1, 100, 1000]
const DELAYS = [0, 25]
/** The edge's keep-alive window (CloudFront: 5 s) and the margin the HTTP watch adds to it. */
const KEEP_ALIVE_WATCH_MS = 5_000 + 250

interface RunResult {
  wallMs: number
  userMs: number
  systemMs: number
  peakRssMb: number
  origins: { name: string; durationMs: number; codes: string[] }[]
}

/**
 * The round trips no scheduling can overlap for one origin: the DNS walk's referrals (root, test,
 * bench.test, the zone), the TLS handshake and the request of the HTTP exchange, then the keep-alive
 * window it watches. The proxy completes TCP handshakes itself, so they cost no round trip here.
 */
function criticalPathMs(delayMs: number): number {
  const rtt = 2 * delayMs
  return 4 * rtt + 2 * rtt + KEEP_ALIVE_WATCH_MS
}

function runGate(configPath: string, out: string): Promise<RunResult> {
  const child = spawn(process.execPath, [join(import.meta.dirname, 'gate-run.mjs'), configPath, out], {
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  return new Promise((resolve, reject) => {
    child.once('exit', (code) =>
      code === 0 ? resolve(JSON.parse(readFileSync(out, 'utf8')) as RunResult) : reject(new Error(`the gate run exited with ${code}`)),
    )
  })
}

function verdict(
  origins: readonly GateOrigin[],
  result: RunResult,
): { falseFindings: string[]; found: number; planted: number; missed: string[]; extra: string[] } {
  const byName = new Map(result.origins.map((o) => [o.name, o.codes]))
  const falseFindings: string[] = []
  const missed: string[] = []
  const extra: string[] = []
  let found = 0
  let planted = 0
  for (const origin of origins) {
    const codes = byName.get(origin.name) ?? []
    if (!origin.fault) {
      if (codes.length > 0) falseFindings.push(`${origin.name}: ${codes.join(', ')}`)
      continue
    }
    planted++
    const expected = FAULTS.find((f) => f.kind === origin.fault)!.code
    if (codes.includes(expected)) found++
    else missed.push(`${origin.name} (${origin.fault}): ${codes.join(', ') || 'nothing'}`)
    const others = codes.filter((c) => c !== expected)
    if (others.length > 0) extra.push(`${origin.fault}: ${[...new Set(others)].join(', ')}`)
  }
  return { falseFindings, found, planted, missed, extra: [...new Set(extra)] }
}

const fmt = (ms: number) => `${(ms / 1000).toFixed(1)} s`

export async function run(): Promise<void> {
  // The gate runs compiled, as it ships: build lib/ from the sources first.
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' })
  if (!HAS_NGINX) {
    console.error(`the gate bench needs ${NGINX} (Debian package nginx-light)`)
    process.exitCode = 1
    return
  }
  console.log(
    `Gate bench: node ${process.version}, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  )
  console.log(
    '| origins | delay each way | wall | peak RSS | CPU per origin | connections per origin | ' +
      'DNS queries per origin | wall / critical path | false findings | planted faults found |',
  )
  console.log('|---|---|---|---|---|---|---|---|---|---|')
  const notes: string[] = []
  for (const count of COUNTS) {
    for (const delayMs of DELAYS) {
      const dir = mkdtempSync(join(tmpdir(), 'preflight-bench-gate-'))
      const world = await startGateWorld(dir, count, Math.min(10, Math.max(1, Math.ceil(count / 10))), delayMs)
      try {
        const before = await world.counts()
        const asked = world.dns.servers.reduce((n, s) => n + s.asked.length, 0)
        const result = await runGate(world.configPath, join(dir, 'result.json'))
        const after = await world.counts()
        const queries = world.dns.servers.reduce((n, s) => n + s.asked.length, 0) - asked
        const connections = (after['origin.tcp'] ?? 0) - (before['origin.tcp'] ?? 0)
        const v = verdict(world.origins, result)
        const cpuPerOrigin = (result.userMs + result.systemMs) / count
        const critical = criticalPathMs(delayMs)
        console.log(
          `| ${count} | ${delayMs} ms | ${fmt(result.wallMs)} | ${result.peakRssMb.toFixed(0)} MB` +
            ` | ${cpuPerOrigin.toFixed(1)} ms (${fmt(result.userMs)} user + ${fmt(result.systemMs)} sys)` +
            ` | ${(connections / count).toFixed(1)} | ${(queries / count).toFixed(1)}` +
            ` | ${(result.wallMs / critical).toFixed(2)} (${fmt(critical)}) | ${v.falseFindings.length} | ${v.found}/${v.planted} |`,
        )
        const durations = result.origins.map((o) => o.durationMs).sort((x, y) => x - y)
        notes.push(
          `${count} origins at ${delayMs} ms: per-origin durations ${fmt(durations[0] ?? 0)} to ${fmt(durations.at(-1) ?? 0)}` +
            (v.falseFindings.length ? `; false: ${v.falseFindings.slice(0, 5).join('; ')}` : '') +
            (v.missed.length ? `; missed: ${v.missed.slice(0, 5).join('; ')}` : '') +
            (v.extra.length ? `; beside the planted code: ${v.extra.join('; ')}` : ''),
        )
      } finally {
        await world.stop()
        rmSync(dir, { recursive: true, force: true })
      }
    }
  }
  for (const note of notes) console.log(`- ${note}`)
}

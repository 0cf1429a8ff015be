/**
 * `npm run bench -- tls [--origins 50] [--runs 5] [--sample 5] [--delay 25]`: wall time to decide CloudFront
 * compatibility and enumerate CloudFront's suites (ssl-protocols TLSv1, TLSv1.1, TLSv1.2), for one origin
 * and for 50, direct on loopback and through a proxy adding 25 ms each way; side by side with sslscan
 * and testssl.sh on the same nginx origins, with the accepted sets compared. Prints the figures.
 * sslscan and testssl.sh go through a target list one origin after the other; where the whole list
 * would take too long, a sample of origins is timed and multiplied out, and the figure says so.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { execFileSync } from 'node:child_process'
import { parseArgs } from 'node:util'
import { HAS_NGINX, NGINX } from '../../test/helpers/nginx.js'
import { HAS_SSLSCAN, SSLSCAN } from '../../test/helpers/sslscan.js'
import { HAS_TESTSSL, TESTSSL, testsslMany, testsslOne } from './testssl.js'
import { KINDS, processStartMs, startBenchOrigins, type BenchOrigin } from './tls-origins.js'
import { comparable, oursFor, sslscanMany, sslscanOne, targetOf, type Timed, type Via } from './tls-tools.js'

const { values } = parseArgs({
  args: process.argv.slice(3),
  options: {
    origins: { type: 'string', default: '50' },
    runs: { type: 'string', default: '5' },
    sample: { type: 'string', default: '5' },
    delay: { type: 'string', default: '25' },
  },
})
const COUNT = Number(values.origins)
const RUNS = Number(values.runs)
const SAMPLE = Number(values.sample)
const DELAY = Number(values.delay)
/** A full run estimated longer than this is sampled instead (and labelled so). */
const FULL_RUN_BUDGET_MS = 60_000

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN
const fmt = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`)
const ratio = (theirs: number, ours: number) => `${(theirs / ours).toFixed(1)}x`

async function repeat(times: number, run: () => Promise<Timed>): Promise<Timed> {
  const results: Timed[] = []
  for (let i = 0; i < times; i++) results.push(await run())
  const ms = median(results.map((r) => r.ms))
  return { ms, accepted: results.at(-1)!.accepted }
}

interface Row {
  tool: string
  direct?: { ms: number; note?: string }
  proxied?: { ms: number; note?: string }
}

function table(title: string, rows: Row[], oursRow: Row): void {
  console.log(`\n${title}`)
  const cell = (via: Via, row: Row) => {
    const value = row[via]
    if (!value) return '-'
    const base = oursRow[via]!.ms
    const times = row === oursRow ? '' : `  ${ratio(value.ms, base)}`
    return `${fmt(value.ms)}${times}${value.note ? ` (${value.note})` : ''}`
  }
  const lines = [
    ['tool', 'direct (loopback)', `through the proxy (+${DELAY} ms each way)`],
    ...rows.map((r) => [r.tool, cell('direct', r), cell('proxied', r)]),
  ]
  const widths = [0, 1, 2].map((i) => Math.max(...lines.map((l) => l[i]!.length)))
  for (const line of lines) console.log(`  ${line.map((c, i) => c.padEnd(widths[i]!)).join('   ')}`)
}

/** How many origins a tool's accepted set matches ours on, over the edge's suites both can test. */
function agreement(ours: Timed, theirs: Timed, origins: readonly BenchOrigin[], via: Via): string {
  const compared = origins.filter((o) => theirs.accepted.has(targetOf(o, via)))
  const same = compared.filter((o) => comparable(ours.accepted.get(targetOf(o, via))) === comparable(theirs.accepted.get(targetOf(o, via))))
  const differing = compared
    .filter((o) => !same.includes(o))
    .map(
      (o) =>
        `${o.name}: ours ${comparable(ours.accepted.get(targetOf(o, via)))} / theirs ${comparable(theirs.accepted.get(targetOf(o, via)))}`,
    )
  return `${same.length}/${compared.length}${differing.length ? `\n      ${differing.join('\n      ')}` : ''}`
}

export async function run(): Promise<void> {
  const missing = [
    [HAS_NGINX, NGINX],
    [HAS_SSLSCAN, SSLSCAN],
    [HAS_TESTSSL, TESTSSL],
  ]
    .filter(([has]) => !has)
    .map(([, path]) => path)
  if (missing.length > 0) {
    console.error(`the TLS bench needs ${missing.join(', ')} (Debian packages nginx-light, sslscan, testssl.sh)`)
    process.exitCode = 1
    return
  }
  const benchStarted = performance.now()
  const dir = mkdtempSync(join(tmpdir(), 'preflight-bench-tls-'))
  const lab = await startBenchOrigins(dir, COUNT, DELAY)
  try {
    const version = (command: string, args: string[]) =>
      execFileSync(command, args, { encoding: 'utf8' })
        .replace(/\x1b\[[0-9;]*m/g, '')
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
    console.log(
      `TLS bench: CloudFront's hello (ssl-protocols TLSv1, TLSv1.1, TLSv1.2) on ${COUNT} nginx origins, ${KINDS.length} configurations cycled:`,
    )
    for (const kind of KINDS)
      console.log(`  ${kind.kind}: ${kind.key.toUpperCase()} certificate, ${kind.protocols}${'ciphers' in kind ? `, ${kind.ciphers}` : ''}`)
    console.log(
      `sslscan ${version(SSLSCAN, ['--version']).join(', ')} (no RC4, no 3DES in that OpenSSL: RC4-MD5 and DES-CBC3-SHA are left out of the comparison)`,
    )
    console.log(
      `testssl.sh restricted to cipher enumeration per protocol (-E); node ${process.version}; origin-preflight runs in this process, the others as processes`,
    )
    console.log(
      `sslscan's process start alone: ${fmt(median([0, 1, 2].map(() => processStartMs(SSLSCAN, ['--version']))))}; load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} (other work on this machine slows every tool)`,
    )

    const one = lab.origins[0]!
    const rows: Row[] = [
      { tool: 'origin-preflight' },
      { tool: 'sslscan (default run)' },
      { tool: 'sslscan (TLS cipher enumeration only)' },
      { tool: 'testssl.sh -E' },
    ]
    const agreeOne: string[] = []
    // Warm-up: module loading, the trust store and the JIT are not the probes' cost.
    for (let i = 0; i < 3; i++) await oursFor(lab.origins.slice(0, KINDS.length), 'direct', lab.rootFile, dir)
    for (const via of ['direct', 'proxied'] as const) {
      const ours = await repeat(RUNS, () => oursFor([one], via, lab.rootFile, dir))
      const byDefault = await repeat(Math.min(RUNS, 3), () => sslscanOne(one, via, 'default'))
      const ciphers = await repeat(Math.min(RUNS, 3), () => sslscanOne(one, via, 'ciphers'))
      const testssl = await testsslOne(dir, targetOf(one, via))
      const testsslTimed: Timed = { ms: testssl.ms, accepted: new Map([[targetOf(one, via), testssl.accepted]]) }
      rows[0]![via] = { ms: ours.ms }
      rows[1]![via] = { ms: byDefault.ms }
      rows[2]![via] = { ms: ciphers.ms }
      rows[3]![via] = { ms: testssl.ms, note: '1 run' }
      agreeOne.push(`${via}: sslscan ${agreement(ours, ciphers, [one], via)}, testssl.sh ${agreement(ours, testsslTimed, [one], via)}`)
    }
    table(`One origin (${one.kind}), median of ${RUNS} runs (sslscan: ${Math.min(RUNS, 3)}); ratio = their time / ours`, rows, rows[0]!)
    console.log(`  same accepted set as ours: ${agreeOne.join('; ')}`)

    const many: Row[] = [
      { tool: `origin-preflight (${COUNT} origins at once)` },
      { tool: 'sslscan --targets (default run)' },
      { tool: 'sslscan --targets (TLS cipher enumeration only)' },
      { tool: 'testssl.sh --file -E' },
    ]
    const agreeMany: string[] = []
    // One origin of each configuration first, then more up to the sample size.
    const sample = lab.origins.slice(0, Math.max(SAMPLE, Math.min(KINDS.length, COUNT)))
    const scale = lab.origins.length / sample.length
    const sampled = `sampled: ${sample.length} origins, x ${scale}`
    for (const via of ['direct', 'proxied'] as const) {
      const ours = await repeat(Math.min(RUNS, 3), () => oursFor(lab.origins, via, lab.rootFile, dir))
      many[0]![via] = { ms: ours.ms }
      // sslscan and testssl.sh work through their target lists one after the other: a sample times them
      // fairly, multiplied out; the full list is run only where that stays within the budget.
      for (const [index, mode] of [
        [1, 'default'],
        [2, 'ciphers'],
      ] as const) {
        const probe = await sslscanMany(sample, via, mode, dir)
        const full = probe.ms * scale <= FULL_RUN_BUDGET_MS ? await sslscanMany(lab.origins, via, mode, dir) : undefined
        many[index]![via] = full ? { ms: full.ms } : { ms: probe.ms * scale, note: sampled }
        if (mode === 'ciphers')
          agreeMany.push(`${via}: sslscan ${agreement(ours, full ?? probe, full ? lab.origins : sample, via)}${full ? '' : ' (sample)'}`)
      }
      const testssl = await testsslMany(
        dir,
        sample.map((o) => targetOf(o, via)),
      )
      many[3]![via] = { ms: testssl.ms * scale, note: sampled }
      agreeMany.push(`${via}: testssl.sh ${agreement(ours, testssl, sample, via)} (sample)`)
    }
    table(`${COUNT} origins, each tool in its own mass mode; ratio = their time / ours`, many, many[0]!)
    console.log(`  same accepted set as ours: ${agreeMany.join('; ')}`)
    console.log(
      `\nbench ran in ${fmt(performance.now() - benchStarted)}; load average at the end ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    )
  } finally {
    await lab.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * One timed gate run, in a process of its own, on the compiled engine (`lib/`, from `npm run build`) with
 * plain node, as the action and the CLI run it: no TypeScript loader in the process to inflate its memory or
 * its CPU. `node scripts/bench/gate-run.mjs CONFIG OUT.json`. Writes the wall time and CPU time of the
 * engine's run (module loading excluded), the process's peak RSS, and per origin the codes found.
 */
import { writeFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import process from 'node:process'
import { loadConfig } from '../../lib/config/load.js'
import { runPreflight } from '../../lib/engine/run.js'

const [configPath, out] = process.argv.slice(2)
const config = loadConfig(configPath)
const cpu = process.cpuUsage()
const started = performance.now()
const report = await runPreflight(config)
const wallMs = performance.now() - started
const used = process.cpuUsage(cpu)
writeFileSync(
  out,
  JSON.stringify({
    wallMs,
    userMs: used.user / 1000,
    systemMs: used.system / 1000,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    origins: report.origins.map((o) => ({ name: o.name, durationMs: o.durationMs, codes: o.findings.map((f) => f.code) })),
  }),
)

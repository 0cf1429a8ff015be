import { loadConfig } from '../config/load.js'
import { runPreflight } from '../engine/run.js'
import { renderReport } from '../report/render.js'
import type { Io } from '../cli/io.js'
import type { Format } from '../cli/args.js'
import { startLab } from './lab.js'
import { judgeLab, renderVerdicts } from './scenario-outcome.js'

/**
 * `origin-preflight lab`: start the planted origins, run the gate on them, and pass only when every
 * planted fault was caught with its expected code and no healthy origin was flagged.
 */
export async function runLab(options: { serve: boolean; format: Format; io: Io }): Promise<number> {
  const { io } = options
  const lab = await startLab()
  try {
    if (options.serve) {
      io.stdout.write(
        `lab up: ${lab.origins.length} origins, ${lab.functions.length} edge functions\nconfig: ${lab.configPath}\n` +
          `try: origin-preflight check --config ${lab.configPath}\nCtrl-C stops it.\n`,
      )
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve)
        process.once('SIGTERM', resolve)
      })
      return 0
    }
    const started = performance.now()
    const report = await runPreflight(loadConfig(lab.configPath, io.env))
    io.stdout.write(renderReport(report, options.format, { color: Boolean(io.stdout.isTTY) }))
    const verdicts = judgeLab(report, lab.scenarios, lab.functions)
    const out = options.format === 'json' ? io.stderr : io.stdout
    out.write(`\n${renderVerdicts(verdicts)}lab: gate ran in ${Math.round(performance.now() - started)} ms\n`)
    return verdicts.every((v) => v.caught) ? 0 : 1
  } finally {
    await lab.close()
  }
}

import { relative } from 'node:path'
import { ConfigError, PreflightError, formatProblem } from '../errors.js'
import { maskSecrets } from '../report/mask.js'
import { forTerminal } from '../text/escape.js'
import { TOOL_VERSION } from '../version.js'
import { parseCommand, USAGE, type Command } from './args.js'
import type { Io } from './io.js'

// Each command loads what it needs when it runs: `validate` of a large config must not first load
// the probes, the engine and the lab.
export type { Io } from './io.js'

export const EXIT = { passed: 0, failed: 1, usage: 2 } as const

/** argv in, exit code out. Never throws, never prints a stack trace. */
export async function main(argv: string[], io: Io): Promise<number> {
  // Filled as soon as the config is read: every later message (a selection error names origins) is masked.
  const secrets: string[] = []
  try {
    const command = parseCommand(argv)
    return await execute(command, io, secrets)
  } catch (error) {
    if (error instanceof ConfigError) {
      for (const problem of error.problems) io.stderr.write(`${forTerminal(formatProblem(problem))}\n`)
      io.stderr.write(`${error.problems.length} problem${error.problems.length === 1 ? '' : 's'} in the config; nothing was probed.\n`)
      return EXIT.usage
    }
    if (error instanceof PreflightError) {
      io.stderr.write(`origin-preflight: ${forTerminal(maskSecrets(error.message, secrets))}\n`)
      if (error.code === 'OP_ERR_USAGE') io.stderr.write(`${USAGE}\n`)
      return EXIT.usage
    }
    const message = maskSecrets((error as Error)?.message ?? String(error), secrets)
    io.stderr.write(`origin-preflight: unexpected error: ${forTerminal(message)}\n`)
    return EXIT.failed
  }
}

async function execute(command: Command, io: Io, secrets: string[] = []): Promise<number> {
  switch (command.name) {
    case 'help':
      io.stdout.write(`${USAGE}\n`)
      return EXIT.passed
    case 'version':
      io.stdout.write(`${TOOL_VERSION}\n`)
      return EXIT.passed
    case 'validate': {
      const { loadConfig } = await import('../config/load.js')
      const { renderValidation } = await import('./validate.js')
      const config = loadConfig(command.config, io.env)
      io.stdout.write(renderValidation(config, command.config))
      if (!config.edgeFunctions) return EXIT.passed
      // Each edge function and what its code and declaration say without running it; like the sources'
      // findings, they are listed, and `check` judges them.
      const { listEdgeFunctions } = await import('./validate-functions.js')
      const listing = await listEdgeFunctions(config)
      for (const line of listing.lines) io.stdout.write(`${forTerminal(maskSecrets(line, config.secrets))}\n`)
      return EXIT.passed
    }
    case 'init': {
      const { WORKFLOW_PATH, init } = await import('../init/init.js')
      const { DEFAULT_ACTION_REF } = await import('../init/workflow-file.js')
      const root = io.cwd ?? process.cwd()
      const result = init({
        root,
        configPath: command.config,
        domains: command.domains,
        edge: command.edge,
        sarif: command.sarif,
        ...(command.uses ? { actionRef: command.uses } : {}),
      })
      for (const file of result.written) io.stdout.write(`wrote ${relative(root, file)}\n`)
      if (!command.uses)
        io.stdout.write(`In ${WORKFLOW_PATH}, replace ${DEFAULT_ACTION_REF} with this action's repository at a pinned tag or commit.\n`)
      // What was written must load: the same check as `validate`.
      return execute({ name: 'validate', config: io.cwd ? result.config : relative(process.cwd(), result.config) }, io)
    }
    case 'merge': {
      // Fail before reading, not after: exit 1 would read as a failed gate.
      const { assertOutputTarget, writeOutputFile, writeStream } = await import('./output.js')
      const { mergeReports } = await import('../report/merge.js')
      const { readReportFile } = await import('../action/report-file.js')
      const { renderReport } = await import('../report/render.js')
      if (command.output !== undefined) assertOutputTarget(command.output, command.reports)
      const report = mergeReports(command.reports.map((file) => ({ file, report: readReportFile(file) })))
      const toFile = command.output !== undefined
      const text = renderReport(report, command.format, { color: !toFile && Boolean(io.stdout.isTTY) })
      if (toFile) writeOutputFile(command.output!, text)
      else await writeStream(io.stdout, text)
      return report.passed ? EXIT.passed : EXIT.failed
    }
    case 'lab': {
      const { runLab } = await import('../lab/run.js')
      return runLab({ serve: command.serve, format: command.format, io })
    }
    case 'check': {
      const { loadConfig } = await import('../config/load.js')
      const { runPreflight } = await import('../engine/run.js')
      const { assertOutputTarget, writeOutputFile, writeStream } = await import('./output.js')
      const { sarifPlaces } = await import('../report/location.js')
      const { renderReport } = await import('../report/render.js')
      const { maskReport } = await import('../report/mask.js')
      const config = loadConfig(command.config, io.env)
      secrets.push(...config.secrets)
      // Fail before probing, not after: the report would be lost and exit 1 would read as a failed gate.
      if (command.output !== undefined) assertOutputTarget(command.output, [command.config])
      const progress = io.stderr.isTTY
        ? ({ done, total, origin }: { done: number; total: number; origin: string }) =>
            io.stderr.write(`\r\x1b[2Kprobing ${done}/${total} ${forTerminal(maskSecrets(origin, secrets))}${done === total ? '\n' : ''}`)
        : undefined
      const report = await runPreflight(config, {
        origins: command.origins,
        ...(command.only ? { only: command.only } : {}),
        ...(command.failOn ? { failOn: command.failOn } : {}),
        ...(command.shard ? { shard: command.shard } : {}),
        ...(command.deadlineMs ? { deadlineMs: command.deadlineMs } : {}),
        ...(progress ? { onProgress: progress } : {}),
      })
      const toFile = command.output !== undefined
      const options = {
        color: !toFile && Boolean(io.stdout.isTTY),
        sarif: { placeOf: sarifPlaces(config.origins, config.file, process.cwd(), config.root) },
      }
      const text = renderReport(maskReport(report, config.secrets), command.format, options)
      if (toFile) writeOutputFile(command.output!, text)
      else await writeStream(io.stdout, text)
      return report.passed ? EXIT.passed : EXIT.failed
    }
  }
}

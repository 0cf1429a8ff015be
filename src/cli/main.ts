import { accessSync, constants, writeFileSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'
import { loadConfig } from '../config/load.js'
import { ConfigError, PreflightError, UsageError, formatProblem } from '../errors.js'
import { runPreflight } from '../engine/run.js'
import { WORKFLOW_PATH, init } from '../init/init.js'
import { DEFAULT_ACTION_REF } from '../init/workflow-file.js'
import { runLab } from '../lab/run.js'
import { lineLocator } from '../report/location.js'
import { renderReport } from '../report/render.js'
import { maskReport, maskSecrets } from '../report/mask.js'
import { mergeReports } from '../report/merge.js'
import { readReportFile } from '../action/report-file.js'
import { TOOL_VERSION } from '../version.js'
import { parseCommand, USAGE, type Command } from './args.js'
import type { Io } from './io.js'
import { listEdgeFunctions } from './validate-functions.js'

export type { Io } from './io.js'

export const EXIT = { passed: 0, failed: 1, usage: 2 } as const

/** argv in, exit code out. Never throws, never prints a stack trace. */
export async function main(argv: string[], io: Io): Promise<number> {
  try {
    const command = parseCommand(argv)
    return await execute(command, io)
  } catch (error) {
    if (error instanceof ConfigError) {
      for (const problem of error.problems) io.stderr.write(`${formatProblem(problem)}\n`)
      io.stderr.write(`${error.problems.length} problem${error.problems.length === 1 ? '' : 's'} in the config; nothing was probed.\n`)
      return EXIT.usage
    }
    if (error instanceof PreflightError) {
      io.stderr.write(`origin-preflight: ${error.message}\n`)
      if (error.code === 'OP_ERR_USAGE') io.stderr.write(`${USAGE}\n`)
      return EXIT.usage
    }
    io.stderr.write(`origin-preflight: unexpected error: ${(error as Error)?.message ?? String(error)}\n`)
    return EXIT.failed
  }
}

/** Fail before probing, not after: the report would be lost and exit 1 would read as a failed gate. */
function assertWritable(file: string): void {
  try {
    accessSync(dirname(resolve(file)), constants.W_OK)
  } catch (error) {
    throw new UsageError(`--output ${file}: cannot write there (${(error as NodeJS.ErrnoException).code ?? error})`)
  }
}

async function execute(command: Command, io: Io): Promise<number> {
  switch (command.name) {
    case 'help':
      io.stdout.write(`${USAGE}\n`)
      return EXIT.passed
    case 'version':
      io.stdout.write(`${TOOL_VERSION}\n`)
      return EXIT.passed
    case 'validate': {
      const config = loadConfig(command.config, io.env)
      const functions = config.edgeFunctions?.length ?? 0
      const counted = functions > 0 ? `, ${functions} edge function${functions === 1 ? '' : 's'}` : ''
      io.stdout.write(`${command.config}: valid, ${config.origins.length} origin${config.origins.length === 1 ? '' : 's'}${counted}\n`)
      const listing = await listEdgeFunctions(config)
      for (const line of listing.lines) io.stdout.write(`${maskSecrets(line, config.secrets)}\n`)
      // Code that cannot parse or cannot be associated fails here as it would at deploy.
      return listing.findings.some((finding) => finding.severity === 'error') ? EXIT.failed : EXIT.passed
    }
    case 'init': {
      const root = io.cwd ?? process.cwd()
      const result = init({ root, configPath: command.config, domains: command.domains, edge: command.edge, sarif: command.sarif, ...(command.uses ? { actionRef: command.uses } : {}) })
      for (const file of result.written) io.stdout.write(`wrote ${relative(root, file)}\n`)
      if (!command.uses) io.stdout.write(`In ${WORKFLOW_PATH}, replace ${DEFAULT_ACTION_REF} with this action's repository at a pinned tag or commit.\n`)
      // What was written must load: the same check as `validate`.
      return execute({ name: 'validate', config: io.cwd ? result.config : relative(process.cwd(), result.config) }, io)
    }
    case 'merge': {
      if (command.output !== undefined) assertWritable(command.output)
      const report = mergeReports(command.reports.map((file) => ({ file, report: readReportFile(file) })))
      const toFile = command.output !== undefined
      const text = renderReport(report, command.format, { color: !toFile && Boolean(io.stdout.isTTY) })
      if (toFile) writeFileSync(command.output!, text)
      else io.stdout.write(text)
      return report.passed ? EXIT.passed : EXIT.failed
    }
    case 'lab':
      return runLab({ serve: command.serve, format: command.format, io })
    case 'check': {
      const config = loadConfig(command.config, io.env)
      if (command.output !== undefined) assertWritable(command.output)
      const progress = io.stderr.isTTY
        ? ({ done, total, origin }: { done: number; total: number; origin: string }) =>
            io.stderr.write(`\r\x1b[2Kprobing ${done}/${total} ${origin}${done === total ? '\n' : ''}`)
        : undefined
      const report = await runPreflight(config, {
        origins: command.origins,
        ...(command.only ? { only: command.only } : {}),
        ...(command.failOn ? { failOn: command.failOn } : {}),
        ...(command.shard ? { shard: command.shard } : {}),
        ...(progress ? { onProgress: progress } : {}),
      })
      const toFile = command.output !== undefined
      const options = { color: !toFile && Boolean(io.stdout.isTTY), sarif: { lineOf: lineLocator(config.origins) } }
      const text = renderReport(maskReport(report, config.secrets), command.format, options)
      if (toFile) writeFileSync(command.output!, text)
      else io.stdout.write(text)
      return report.passed ? EXIT.passed : EXIT.failed
    }
  }
}

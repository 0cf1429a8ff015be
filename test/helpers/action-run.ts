import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { cleanEnv, runNode, type NodeRun } from './run-node.js'

export const ACTION = resolve('dist/index.js')

/** A workflow command the action printed: `::error file=…,line=…,title=…::message`. */
export interface Command {
  level: 'error' | 'warning' | 'notice'
  file?: string
  line?: number
  title?: string
  message: string
}

export interface ActionRun extends NodeRun {
  outputs: Record<string, string>
  summary: string
  commands: Command[]
  /** Commands with a title: the finding annotations. */
  annotations: Command[]
}

export interface RunActionOptions {
  workspace: string
  /** INPUT_* as the runner sets them: every input of action.yml, given or defaulted. */
  inputs: Record<string, string>
  event: { name: string; payload: unknown }
  /** More environment: GITHUB_API_URL, the step's `env:`. */
  env?: NodeJS.ProcessEnv
  /** The step's working directory; the workspace by default. */
  cwd?: string
}

/** Runs the bundled action as the runner does: a fresh process, the event on disk, files for outputs and summary. */
export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const scratch = mkdtempSync(join(tmpdir(), 'origin-preflight-step-'))
  const outputFile = join(scratch, 'output')
  const summaryFile = join(scratch, 'summary.md')
  const eventFile = join(scratch, 'event.json')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  writeFileSync(eventFile, JSON.stringify(options.event.payload))
  const inputEnv = Object.fromEntries(
    Object.entries(options.inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value]),
  )
  const run = await runNode(ACTION, [], {
    cwd: options.cwd ?? options.workspace,
    env: cleanEnv({
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: options.workspace,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_EVENT_NAME: options.event.name,
      GITHUB_EVENT_PATH: eventFile,
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_SERVER_URL: 'https://github.example',
      GITHUB_RUN_ID: '4242',
      GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
      ...options.env,
      ...inputEnv,
    }),
  })
  const commands = readCommands(run.stdout)
  return {
    ...run,
    outputs: readOutputs(outputFile),
    summary: readFileSync(summaryFile, 'utf8'),
    commands,
    annotations: commands.filter((command) => command.title !== undefined),
  }
}

/** `name<<DELIMITER\nvalue\nDELIMITER` blocks of a GITHUB_OUTPUT file. */
export function readOutputs(file: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const pattern = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm
  for (const match of readFileSync(file, 'utf8').matchAll(pattern)) outputs[match[1]!] = match[3]!
  return outputs
}

/** Workflow commands, with their properties and data unescaped as the runner does. */
export function readCommands(stdout: string): Command[] {
  const pattern = /^::(error|warning|notice)(?: (.*?))?::(.*)$/gm
  return [...stdout.matchAll(pattern)].map(([, level, props, data]) => {
    const command: Command = { level: level as Command['level'], message: unescape(data!) }
    for (const pair of props ? props.split(',') : []) {
      const [key, value = ''] = pair.split('=')
      if (key === 'file') command.file = unescape(value)
      if (key === 'line') command.line = Number(value)
      if (key === 'title') command.title = unescape(value)
    }
    return command
  })
}

function unescape(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%')
}

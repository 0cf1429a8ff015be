import { parseArgs } from 'node:util'
import { CHECK_FAMILIES, FAIL_ON, type CheckFamily, type FailOn } from '../config/types.js'
import { UsageError } from '../errors.js'
import { REPORT_FORMATS, type ReportFormat } from '../report/render.js'

export type Format = ReportFormat
export const DEFAULT_CONFIG = '.github/origin-preflight.yml'

export type Command =
  | { name: 'check'; config: string; origins: string[]; only?: CheckFamily[]; format: Format; output?: string; failOn?: FailOn; shard?: { index: number; count: number } }
  | { name: 'validate'; config: string }
  | { name: 'lab'; serve: boolean; format: Format }
  | { name: 'help' }
  | { name: 'version' }

export const USAGE = `usage:
  origin-preflight check [--config FILE] [--origin NAME]... [--only CHECK,...] [--format text|json|markdown|sarif]
                         [--output FILE] [--fail-on error|warning|never] [--shard I/N]
  origin-preflight validate [--config FILE]
  origin-preflight lab [--serve] [--format text|json|markdown]
  origin-preflight --help | --version

checks: ${CHECK_FAMILIES.join(', ')}. Default config: ${DEFAULT_CONFIG}.
Exit codes: 0 gate passed, 1 gate failed, 2 config or usage error.`

export function parseCommand(argv: string[]): Command {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        config: { type: 'string', short: 'c' },
        origin: { type: 'string', multiple: true },
        only: { type: 'string' },
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        'fail-on': { type: 'string' },
        shard: { type: 'string' },
        serve: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'V' },
      },
    })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  const { values, positionals } = parsed
  if (values.help) return { name: 'help' }
  if (values.version) return { name: 'version' }
  const [name, ...extra] = positionals
  if (extra.length > 0) throw new UsageError(`unexpected argument ${extra[0]}`)
  const config = values.config ?? DEFAULT_CONFIG
  const format = oneOf('--format', values.format ?? 'text', REPORT_FORMATS)
  switch (name) {
    case 'check': {
      const command: Command = { name: 'check', config, origins: (values.origin ?? []).flatMap(splitList), format }
      if (values.only !== undefined) command.only = splitList(values.only).map((c) => oneOf('--only', c, CHECK_FAMILIES))
      if (values.output !== undefined) command.output = values.output
      if (values['fail-on'] !== undefined) command.failOn = oneOf('--fail-on', values['fail-on'], FAIL_ON)
      if (values.shard !== undefined) command.shard = parseShard(values.shard)
      return command
    }
    case 'validate':
      return { name: 'validate', config }
    case 'lab':
      return { name: 'lab', serve: values.serve ?? false, format }
    case undefined:
      return { name: 'help' }
    default:
      throw new UsageError(`unknown command ${name}`)
  }
}

export function parseShard(text: string): { index: number; count: number } {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim())
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (!match || count < 1 || index < 1 || index > count) throw new UsageError(`--shard must be I/N with 1 <= I <= N, got ${text}`)
  return { index, count }
}

export function splitList(text: string): string[] {
  return text.split(/[,\n]/).map((s) => s.trim()).filter(Boolean)
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')}, got ${value}`)
}

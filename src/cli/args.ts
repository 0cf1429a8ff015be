import { parseArgs } from 'node:util'
import { CHECK_FAMILIES, FAIL_ON, type CheckFamily, type FailOn } from '../config/types.js'
import { UsageError } from '../errors.js'
import { parseChoice, parseFamilies, parseShard, splitList } from '../selection.js'
import { REPORT_FORMATS, type ReportFormat } from '../report/render.js'
import { EDGES, type EdgeName } from '../vocabulary.js'

export type Format = ReportFormat
export const DEFAULT_CONFIG = '.github/origin-preflight.yml'

export type Command =
  | {
      name: 'check'
      config: string
      origins: string[]
      only?: CheckFamily[]
      format: Format
      output?: string
      failOn?: FailOn
      shard?: { index: number; count: number }
      deadlineMs?: number
    }
  | { name: 'validate'; config: string }
  | { name: 'init'; config: string; domains: string[]; edge: EdgeName; sarif: boolean; uses?: string }
  | { name: 'merge'; reports: string[]; format: Format; output?: string }
  | { name: 'lab'; serve: boolean; format: Format }
  | { name: 'help' }
  | { name: 'version' }

export const USAGE = `usage:
  origin-preflight check [--config FILE] [--origin NAME]... [--only CHECK,...] [--format text|json|markdown|sarif]
                         [--output FILE] [--fail-on error|warning|never] [--shard I/N] [--deadline-ms MS]
  origin-preflight validate [--config FILE]
  origin-preflight init [--domain NAME]... [--edge cloudfront|alb|clb|generic] [--sarif] [--uses OWNER/REPO@REF]
  origin-preflight merge REPORT.json... [--format text|json|markdown|sarif] [--output FILE]
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
        'deadline-ms': { type: 'string' },
        serve: { type: 'boolean' },
        domain: { type: 'string', multiple: true },
        edge: { type: 'string' },
        sarif: { type: 'boolean' },
        uses: { type: 'string' },
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
  if (extra.length > 0 && name !== 'merge') throw new UsageError(`unexpected argument ${extra[0]}`)
  const config = values.config ?? DEFAULT_CONFIG
  const format = parseChoice('--format', values.format ?? 'text', REPORT_FORMATS)
  switch (name) {
    case 'check': {
      const command: Command = { name: 'check', config, origins: (values.origin ?? []).flatMap(splitList), format }
      const only = parseFamilies('--only', values.only ?? '')
      if (only) command.only = only
      if (values.output !== undefined) command.output = values.output
      if (values['fail-on'] !== undefined) command.failOn = parseChoice('--fail-on', values['fail-on'], FAIL_ON)
      const shard = parseShard('--shard', values.shard ?? '')
      if (shard) command.shard = shard
      if (values['deadline-ms'] !== undefined) command.deadlineMs = parseDeadline(values['deadline-ms'])
      return command
    }
    case 'validate':
      return { name: 'validate', config }
    case 'init': {
      const command: Command = {
        name: 'init',
        config,
        domains: (values.domain ?? []).flatMap(splitList),
        edge: parseChoice('--edge', values.edge ?? 'cloudfront', EDGES),
        sarif: values.sarif ?? false,
      }
      if (values.uses !== undefined) command.uses = values.uses
      return command
    }
    case 'merge': {
      if (extra.length === 0)
        throw new UsageError('merge: name the JSON reports of every shard (origin-preflight check --shard I/N --format json)')
      const command: Command = { name: 'merge', reports: extra, format }
      if (values.output !== undefined) command.output = values.output
      return command
    }
    case 'lab':
      return { name: 'lab', serve: values.serve ?? false, format }
    case undefined:
      return { name: 'help' }
    default:
      throw new UsageError(`unknown command ${name}`)
  }
}

/** `--deadline-ms`: the whole run's deadline, as `run-deadline-ms` in the config (1 s to 24 h). */
function parseDeadline(text: string): number {
  const ms = Number(text)
  if (!/^\d+$/.test(text.trim()) || ms < 1000 || ms > 86_400_000) {
    throw new UsageError(`--deadline-ms must be a whole number of ms from 1000 to 86400000, got ${text}`)
  }
  return ms
}

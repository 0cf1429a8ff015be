/**
 * The `sources:` of the config: each item's files found (a path or a glob below the repository root),
 * read by its format's reader, and every path made relative to the repository root.
 */

import { relative, resolve, sep } from 'node:path'
import { readBounded } from '../read-regular-file.js'
import { readSource, type ReadOptions, type SourceKind as Kind } from '../sources/index.js'
import { RepositoryFiles } from '../sources/repository-files.js'
import { invalidSource } from '../sources/source-invalid.js'
import { TerraformFolders } from '../sources/terraform-lines.js'
import type { DiscoveredOrigin, SourceKind, SourceResult, StaticFinding } from '../sources/types.js'
import { uniqueName } from '../sources/assemble.js'
import type { EdgeFunctionDeclaration, LambdaDeploySettings } from '../edge-functions/types.js'
import { hasGlob, matchGlob } from './glob.js'
import { isFields, type Fields } from './merge.js'
import { report, type Position, type Reader } from './reader.js'

const KINDS: readonly SourceKind[] = ['cloudformation', 'terraform-plan', 'cloudfront-config']
/** A source file larger than this is not read: no template or plan is near it. */
const MAX_SOURCE_BYTES = 64 * 1024 * 1024

export interface ReadSources extends SourceResult {
  functions: EdgeFunctionDeclaration[]
  /** The position of the `sources:` item each origin (and edge function) came from, by name. */
  items: Map<string, Position>
  /** Every file read (absolute): what the config's digest covers beside the config itself. */
  files: string[]
}

/** Reads every source item; a path that matches no file is a config problem at the item's line. */
export function readSources(items: unknown, root: string, configFile: string, reader: Reader): ReadSources {
  const result: ReadSources = { origins: [], findings: [], functions: [], items: new Map(), files: [] }
  if (!Array.isArray(items)) return result
  const folders = new TerraformFolders()
  // Code the sources name is read inside the repository only, each folder once, within one budget.
  const repository = new RepositoryFiles(root)
  const taken = new Set<string>()
  const takenFunctions = new Set<string>()
  items.forEach((item, index) => {
    if (!isFields(item)) return
    const kinds = KINDS.filter((k) => typeof item[k] === 'string')
    const kind = kinds[0]
    // Not exactly one kind: already reported by the validator.
    if (!kind || kinds.length > 1) return
    misplaced(item, kind, index, reader)
    const path = `sources[${index}].${kind}`
    const position = reader.positions.get(path) ?? reader.positions.get(`sources[${index}]`) ?? { line: 1, col: 1 }
    for (const file of filesOf(item[kind] as string, root, { path, position }, reader)) {
      const text = readText(file, { path, position }, reader)
      if (text === undefined) continue
      result.files.push(file)
      const options = readOptions(item, root, { file: resolve(configFile), line: position.line }, folders)
      const read = readGuarded(kind, text, file, { ...options, repository })
      const placed = underRoot(read, root)
      const renamed = uniqueNames(placed, taken)
      for (const origin of renamed.origins) result.items.set(origin.name, position)
      result.origins.push(...renamed.origins)
      result.findings.push(...renamed.findings)
      for (const fn of placed.functions ?? []) {
        const name = uniqueName(fn.name, takenFunctions)
        result.functions.push(name === fn.name ? fn : { ...fn, name })
        result.items.set(`edge-function:${name}`, position)
      }
    }
  })
  result.files.push(...repository.read)
  return result
}

/** A reader that throws (a limit of the machine, a bug) costs that file, named as unreadable, never the run. */
function readGuarded(kind: Kind, text: string, file: string, options: ReadOptions): ReturnType<typeof readSource> {
  try {
    return readSource(kind, text, file, options)
  } catch (error) {
    const name = error instanceof Error ? error.name : 'Error'
    return { origins: [], findings: [invalidSource(file, 1, kind, 'reader-failed', { error: name })] }
  }
}

/** `parameters` belong to templates, `terraform-dir` to plans: elsewhere they would be silently ignored. */
function misplaced(item: Fields, kind: SourceKind, index: number, reader: Reader): void {
  const owners: Record<string, SourceKind> = { parameters: 'cloudformation', 'terraform-dir': 'terraform-plan' }
  for (const [key, owner] of Object.entries(owners)) {
    if (item[key] === undefined || kind === owner) continue
    const path = `sources[${index}].${key}`
    report(reader, { path, position: reader.positions.get(path) ?? { line: 1, col: 1 } }, `applies only to ${owner} items, not ${kind}`)
  }
}

function filesOf(pattern: string, root: string, place: { path: string; position: Position }, reader: Reader): string[] {
  if (!hasGlob(pattern)) return [resolve(root, pattern)]
  const files = matchGlob(pattern, root)
  if (files.length === 0) report(reader, place, `"${pattern}" matches no file below ${root}`)
  return files
}

function readText(file: string, place: { path: string; position: Position }, reader: Reader): string | undefined {
  const read = readBounded(file, MAX_SOURCE_BYTES)
  if ('bytes' in read) return read.bytes.toString('utf8')
  const why = {
    missing: 'file not found',
    unreadable: 'cannot read the file',
    'not-a-file': 'not a regular file',
    'too-large': `larger than ${MAX_SOURCE_BYTES / 1024 / 1024} MiB`,
  }[read.refused]
  report(reader, place, `${why}: ${file}`)
  return undefined
}

function readOptions(item: Fields, root: string, fallback: { file: string; line: number }, folders: TerraformFolders): ReadOptions {
  const options: ReadOptions = { fallback, folders }
  if (isFields(item.parameters)) options.parameters = item.parameters as Record<string, string>
  if (typeof item['terraform-dir'] === 'string') options.terraformDir = resolve(root, item['terraform-dir'])
  return options
}

/** The path as reports show it and annotations need it: relative to the repository root, forward slashes. */
export function rootRelative(file: string, root: string): string {
  const rel = relative(root, file)
  return rel.startsWith('..') ? file : rel.split(sep).join('/')
}

/** Every `file` of the result, relative to the repository root. */
function underRoot(result: SourceResult, root: string): SourceResult {
  const place = <T extends { file: string }>(value: T): T => ({ ...value, file: rootRelative(value.file, root) })
  const origins = result.origins.map((o) => ({
    ...place(o),
    id: place(o.id),
    domain: place(o.domain),
    originPath: place(o.originPath),
    httpPort: place(o.httpPort),
    httpsPort: place(o.httpsPort),
    protocolPolicy: place(o.protocolPolicy),
    sslProtocols: place(o.sslProtocols),
    ipAddressType: place(o.ipAddressType),
    connectionAttempts: place(o.connectionAttempts),
    connectionTimeout: place(o.connectionTimeout),
    readTimeout: place(o.readTimeout),
    keepAliveTimeout: place(o.keepAliveTimeout),
    hosts: o.hosts.map(place),
    customHeaders: o.customHeaders.map((h) => ({ name: h.name, value: place(h.value) })),
  }))
  return { origins, findings: result.findings.map(place), functions: (result.functions ?? []).map((f) => functionUnderRoot(f, root)) }
}

/** A discovered function's files relative to the repository root; `path` (where its code is read) stays absolute. */
function functionUnderRoot(fn: EdgeFunctionDeclaration, root: string): EdgeFunctionDeclaration {
  const rel = (file: string) => rootRelative(file, root)
  const placed: EdgeFunctionDeclaration = { ...fn, file: rel(fn.file) }
  if (fn.declaredAt) placed.declaredAt = { ...fn.declaredAt, file: rel(fn.declaredAt.file) }
  if (fn.associations) placed.associations = fn.associations.map((a) => ({ ...a, file: rel(a.file) }))
  if (fn.lambda?.lines) {
    const lines: NonNullable<LambdaDeploySettings['lines']> = {}
    for (const [key, at] of Object.entries(fn.lambda.lines) as [keyof typeof lines, (typeof lines)[keyof typeof lines]][])
      lines[key] = typeof at === 'object' ? { ...at, file: rel(at.file) } : at
    placed.lambda = { ...fn.lambda, lines }
  }
  return placed
}

/** Two files may name an origin alike (two stacks with a `Cdn` distribution): the later one gets `#2`. */
function uniqueNames(result: SourceResult, taken: Set<string>): SourceResult {
  const renames = new Map<string, string>()
  const origins = result.origins.map((origin): DiscoveredOrigin => {
    let name = origin.name
    for (let n = 2; taken.has(name); n++) name = `${origin.name}#${n}`
    taken.add(name)
    if (name !== origin.name) renames.set(origin.name, name)
    return name === origin.name ? origin : { ...origin, name }
  })
  const findings = result.findings.map((f): StaticFinding =>
    f.origin && renames.has(f.origin) ? { ...f, origin: renames.get(f.origin)! } : f,
  )
  return { origins, findings }
}

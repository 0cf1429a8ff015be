/**
 * Reads and validates the config file (docs/config.md) with nothing but the file system: every
 * problem is collected with file:line:col and thrown together as one ConfigError.
 */

import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { LineCounter, parseDocument, type YAMLError } from 'yaml'
import { ConfigError } from '../errors.js'
import { maskSecrets } from '../report/mask.js'
import { readAcceptances } from './accept.js'
import { configDigest } from './digest.js'
import { toOriginConfig } from './build.js'
import { CONFIG, ORIGIN } from './definition.js'
import { readEdgeFunctions, repositoryRoot as repositoryRootOf } from './edge-function-config.js'
import { readField } from './interpret.js'
import { isFields, mergeOver, withBuiltInDefaults, type Fields } from './merge.js'
import { INVALID, positionOf, report, type Reader } from './reader.js'
import { checkOriginRules, checkUniqueNames } from './rules.js'
import { blockedFamilies, displayDomain, sourceLayer } from './discovered.js'
import { readSources, type ReadSources } from './sources.js'
import { closestMatch } from './suggest.js'
import { resolveTrustRoots } from './trust-roots.js'
import { readBlockYaml } from './block-yaml-reader.js'
import { aliasBudget, MAX_DEPTH, measureDocument } from './limits.js'
import type { Config, ConfigProblem, OriginConfig, Overrides } from './types.js'

/** `today` dates the `accept` entries (how far ahead `until` may be). */
export function loadConfig(file: string, env: NodeJS.ProcessEnv = process.env, today: Date = new Date()): Config {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : String(error)
    throw new ConfigError([{ file, line: 1, col: 1, path: '(file)', message: `cannot read the config: ${reason}` }])
  }
  return parseConfig(text, file, env, today)
}

/**
 * Which YAML reader reads the file: the line reader for the usual block shape, else the general parser
 * (`general`: the general parser only, for showing that both give the same result).
 */
export type YamlReading = 'line-reader-first' | 'general'

/** `file` is the path as the caller gave it: problems name it so, and trust-roots resolve from its directory. */
export function parseConfig(
  text: string,
  file: string,
  env: NodeJS.ProcessEnv = process.env,
  today: Date = new Date(),
  reading: YamlReading = 'line-reader-first',
): Config {
  const tooDeep = (): ConfigError =>
    new ConfigError([{ file, line: 1, col: 1, path: '(yaml)', message: `nests deeper than ${MAX_DEPTH} levels; no config needs that` }])
  const read = reading === 'general' ? undefined : readBlockYaml(text)
  let reader: Reader
  if (read) {
    reader = { file, root: read.root, lines: read.lines, env, problems: [], positions: new Map(), secrets: new Set() }
  } else {
    const lines = new LineCounter()
    let document
    try {
      document = parseDocument(text, { lineCounter: lines, prettyErrors: false })
    } catch (error) {
      if (error instanceof RangeError) throw tooDeep()
      throw error
    }
    reader = { file, root: document.contents, lines, env, problems: [], positions: new Map(), secrets: new Set() }
    // A document that does not parse has no reliable structure to validate further.
    const syntaxErrors: YAMLError[] = [...document.errors, ...document.warnings]
    // The parser reports a stack overflow on deep nesting as a syntax error: name the cause instead.
    if (syntaxErrors.some((error) => /call stack/i.test(error.message))) throw tooDeep()
    if (syntaxErrors.length > 0) throw new ConfigError(syntaxErrors.map((error) => syntaxProblem(error, reader)))
  }
  if (reader.root === null) {
    throw new ConfigError([{ file, line: 1, col: 1, path: '(root)', message: 'is empty: expected version: 1 and a list of origins' }])
  }
  // The line reader reads neither aliases nor values nested deeper than the limit: nothing to measure.
  if (!read) {
    const { nodes, depth } = measureDocument(reader.root)
    if (depth > MAX_DEPTH) throw tooDeep()
    reader.aliases = aliasBudget(nodes)
  }

  const rootPlace = { path: '', position: positionOf(reader.root, reader), expand: false }
  const root = readField(reader.root, CONFIG, rootPlace, reader)
  const repositoryRoot = repositoryRootOf(file)
  const sources = isFields(root)
    ? readSources(root.sources, repositoryRoot, file, reader)
    : { origins: [], findings: [], functions: [], items: new Map(), files: [] }
  const origins = isFields(root) ? mergeOrigins(root, reader, sources) : []
  const overrides = isFields(root) ? readOverrides(root.overrides, resolve(file), reader) : { trustRoots: [] }
  const edgeFunctions = isFields(root) ? readEdgeFunctions(root['edge-functions'], file, reader, sources.functions) : []
  const accept = isFields(root) ? readAcceptances(root.accept, reader, today) : []

  if (reader.problems.length > 0) {
    // A problem may quote a value that came from ${VAR}: masked here, before anything can print it.
    const secrets = [...reader.secrets]
    const problems = orderedProblems(reader.problems).map((problem) => ({ ...problem, message: maskSecrets(problem.message, secrets) }))
    throw new ConfigError(problems, secrets)
  }
  // What a discovered function's code folder holds changes the verdict as much as the template does.
  const codeFiles = edgeFunctions.flatMap((f) => (f.path !== undefined ? [f.path] : []))
  const digest = configDigest(text, dirname(resolve(file)), [...new Set([...overrides.trustRoots, ...sources.files, ...codeFiles])])
  const config: Config = {
    file: resolve(file),
    version: 1,
    origins,
    overrides,
    accept,
    secrets: [...reader.secrets],
    digest,
    root: repositoryRoot,
    staticFindings: sources.findings,
  }
  if (isFields(root) && typeof root['run-deadline-ms'] === 'number') config.runDeadlineMs = root['run-deadline-ms']
  if (edgeFunctions.length > 0) config.edgeFunctions = edgeFunctions
  return config
}

/**
 * The config's own origins in file order, then the origins read from sources, each refined by the
 * `origins:` entry of its name. Lowest first: built-in defaults, `defaults:`, the source, the entry.
 */
function mergeOrigins(root: Fields, reader: Reader, sources: ReadSources): OriginConfig[] {
  const entries: unknown[] = Array.isArray(root.origins) ? root.origins : []
  checkUniqueNames(entries, reader)
  const shared = isFields(root.defaults) ? root.defaults : undefined
  const discovered = new Set(sources.origins.map((o) => o.name))
  const refinements = new Map<string, { entry: Fields; index: number }>()
  const origins: OriginConfig[] = []
  const fieldLines = fieldLinesByOrigin(reader)
  entries.forEach((own: unknown, index) => {
    if (!isFields(own)) return
    if (typeof own.name === 'string' && discovered.has(own.name)) {
      refinements.set(own.name, { entry: own, index })
      return
    }
    const position = reader.positions.get(`origins[${index}]`) ?? { line: 1, col: 1 }
    if (own.domain === undefined) {
      if (typeof own.name === 'string') reportMissingDomain(own.name, index, position, sources, reader)
      return
    }
    const value = withBuiltInDefaults(ORIGIN, mergeOver(ORIGIN, shared, own) as Fields)
    // With broken defaults the merged values are guesses; their problem is already reported.
    if (root.defaults !== INVALID) checkOriginRules({ index, value, position }, reader)
    origins.push(toOriginConfig(value, position.line, fieldLines.get(index) ?? {}))
  })
  for (const origin of sources.origins) {
    const refinement = refinements.get(origin.name)
    const entry = refinement?.entry
    const layer = sourceLayer(origin, isFields(shared?.health) || isFields(entry?.health))
    const merged = mergeOver(ORIGIN, mergeOver(ORIGIN, shared, layer.fields), entry) as Fields
    if (merged.domain === undefined) merged.domain = displayDomain(origin)
    const value = withBuiltInDefaults(ORIGIN, merged)
    const position = (refinement && reader.positions.get(`origins[${refinement.index}]`)) ??
      sources.items.get(origin.name) ?? { line: 1, col: 1 }
    if (root.defaults !== INVALID) checkOriginRules({ index: refinement?.index ?? -1, value, position }, reader)
    const config = toOriginConfig(value, position.line, refinement ? (fieldLines.get(refinement.index) ?? {}) : {})
    config.declaredIn = { file: origin.file, line: origin.line }
    config.sourceLines = layer.lines
    config.unchecked = blockedFamilies(origin, merged, entry, sources.findings)
    for (const secret of layer.secrets) reader.secrets.add(secret)
    origins.push(config)
  }
  return origins
}

/** An entry with no domain must refine an origin read from sources: say which one it may have meant. */
function reportMissingDomain(
  name: string,
  index: number,
  position: { line: number; col: number },
  sources: ReadSources,
  reader: Reader,
): void {
  if (sources.origins.length === 0) {
    report(reader, { path: `origins[${index}].domain`, position }, 'is required')
    return
  }
  const names = sources.origins.map((o) => o.name)
  const suggestion = closestMatch(name, names) ?? names.find((n) => n.endsWith(`/${name}`))
  const hint = suggestion
    ? `; did you mean "${suggestion}"?`
    : `; the sources declare: ${names.slice(0, 5).join(', ')}${names.length > 5 ? ' ...' : ''}`
  const namePosition = reader.positions.get(`origins[${index}].name`) ?? position
  report(reader, { path: `origins[${index}].name`, position: namePosition }, `names no origin read from sources and sets no domain${hint}`)
}

/**
 * Lines of the keys written on each origin itself (`https-port`, `health.headers.X-Origin-Verify`...),
 * by origin index, from one pass over every position: a pass per origin made loading quadratic.
 */
function fieldLinesByOrigin(reader: Reader): Map<number, Record<string, number>> {
  const byOrigin = new Map<number, Record<string, number>>()
  for (const [path, position] of reader.positions) {
    if (!path.startsWith('origins[')) continue
    const close = path.indexOf('].', 8)
    if (close < 0) continue
    const digits = path.slice(8, close)
    const field = path.slice(close + 2)
    // List items (`ssl-protocols[1]`) are not keys.
    if (!/^\d+$/.test(digits) || field === '' || field.includes('[') || /[\n\r\u2028\u2029]/.test(field)) continue
    const index = Number(digits)
    let lines = byOrigin.get(index)
    if (!lines) byOrigin.set(index, (lines = {}))
    lines[field] = position.line
  }
  return byOrigin
}

function readOverrides(value: unknown, configFile: string, reader: Reader): Overrides {
  if (!isFields(value)) return { trustRoots: [] }
  const trustRoots = Array.isArray(value['trust-roots']) ? resolveTrustRoots(value['trust-roots'], dirname(configFile), reader) : []
  const overrides: Overrides = { trustRoots }
  if (Array.isArray(value['dns-roots'])) overrides.dnsRoots = value['dns-roots'] as string[]
  if (typeof value['dns-port'] === 'number') overrides.dnsPort = value['dns-port']
  if (typeof value['dns-timeout-ms'] === 'number') overrides.dnsTimeoutMs = value['dns-timeout-ms']
  return overrides
}

function syntaxProblem(error: YAMLError, reader: Reader): ConfigProblem {
  const { line, col } = reader.lines.linePos(error.pos[0])
  const message = error.code === 'MULTIPLE_DOCS' ? 'the config must be a single YAML document' : error.message
  return { file: reader.file, line, col, path: '(yaml)', message: `invalid YAML: ${message}` }
}

/** In file order, each problem once (a value inherited from defaults can fail for several origins). */
function orderedProblems(problems: readonly ConfigProblem[]): ConfigProblem[] {
  const seen = new Set<string>()
  const unique = problems.filter((problem) => {
    const key = `${problem.line}:${problem.col}:${problem.path}:${problem.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  return unique.sort((a, b) => a.line - b.line || a.col - b.col)
}

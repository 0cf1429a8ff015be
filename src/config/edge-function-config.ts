/**
 * The `edge-functions:` entries as declarations the edge-function checks take: paths resolved from the
 * repository root, the key-value store read, the config's requests in the checks' shape, and the rules
 * that tie fields to the kind (CloudFront Functions: viewer events, a runtime, a key-value store;
 * Lambda@Edge: include-body).
 */

import { existsSync, readFileSync, statSync } from 'node:fs'
import { basename, dirname, join, relative, resolve, sep } from 'node:path'
import {
  EVENTS_OF_KIND,
  type EdgeEvent,
  type EdgeFunctionDeclaration,
  type EdgeFunctionKind,
  type EdgeTestRequest,
} from '../edge-functions/types.js'
import { RepositoryFiles } from '../sources/repository-files.js'
import { isFields, type Fields } from './merge.js'
import { closestMatch } from './suggest.js'
import { report, type Position, type Reader } from './reader.js'

/** Paths in the config are relative to the repository root: the folder holding `.github/` when the config lives there. */
export function repositoryRoot(configFile: string): string {
  const folder = dirname(resolve(configFile))
  return basename(folder) === '.github' ? dirname(folder) : folder
}

/**
 * The config's own functions in file order, then those the sources declare, each refined by the entry of
 * its name (the entry wins for every field it gives). An entry naming no discovered function must give
 * `kind`, `code` and `events`.
 */
export function readEdgeFunctions(
  value: unknown,
  configFile: string,
  reader: Reader,
  discovered: readonly EdgeFunctionDeclaration[] = [],
): EdgeFunctionDeclaration[] {
  const byName = new Map(discovered.map((d) => [d.name, d]))
  const refinements = new Map<string, EdgeFunctionDeclaration>()
  const own: EdgeFunctionDeclaration[] = []
  if (Array.isArray(value)) {
    const root = repositoryRoot(configFile)
    const seen = new Map<string, number>()
    value.forEach((item: unknown, index) => {
      const path = `edge-functions[${index}]`
      const at = (key: string): { path: string; position: Position } => {
        const full = key === '' ? path : `${path}.${key}`
        return { path: full, position: reader.positions.get(full) ?? reader.positions.get(path) ?? { line: 1, col: 1 } }
      }
      if (!isFields(item) || typeof item.name !== 'string') return
      const line = at('').position.line
      const first = seen.get(item.name)
      if (first !== undefined) report(reader, at('name'), `duplicate edge function name "${item.name}" (already used on line ${first})`)
      else seen.set(item.name, line)
      const base = byName.get(item.name)
      if (!base) {
        const missing = (['kind', 'code', 'events'] as const).filter((key) => item[key] === undefined)
        if (missing.length > 0) {
          reportUnrefined(item.name, missing, at, discovered, reader)
          return
        }
      }
      const declaration = readEntry(item, base, root, configFile, line, at, reader)
      if (!declaration) return
      if (base) refinements.set(item.name, declaration)
      else own.push(declaration)
    })
  }
  return [...own, ...discovered.map((d) => refinements.get(d.name) ?? d)]
}

/** An entry that refines nothing and lacks what a declaration needs: each missing key, and the discovered name it may mean. */
function reportUnrefined(
  name: string,
  missing: readonly string[],
  at: (key: string) => { path: string; position: Position },
  discovered: readonly EdgeFunctionDeclaration[],
  reader: Reader,
): void {
  if (discovered.length === 0) {
    for (const key of missing) report(reader, { ...at(''), path: at(key).path }, 'is required')
    return
  }
  const names = discovered.map((d) => d.name)
  const suggestion = closestMatch(name, names)
  const hint = suggestion
    ? `; did you mean "${suggestion}"?`
    : `; the sources declare: ${names.slice(0, 5).join(', ')}${names.length > 5 ? ' ...' : ''}`
  report(reader, at('name'), `names no edge function read from sources and sets no ${missing.join(', ')}${hint}`)
}

type At = (key: string) => { path: string; position: Position }

function readEntry(
  item: Fields,
  base: EdgeFunctionDeclaration | undefined,
  root: string,
  configFile: string,
  line: number,
  at: At,
  reader: Reader,
): EdgeFunctionDeclaration | undefined {
  const kind = (typeof item.kind === 'string' ? item.kind : base?.kind) as EdgeFunctionKind | undefined
  if (kind === undefined) return undefined
  const events = Array.isArray(item.events) ? item.events.filter((e): e is EdgeEvent => typeof e === 'string') : [...(base?.events ?? [])]
  if (Array.isArray(item.events)) {
    events.forEach((event, i) => {
      if (!EVENTS_OF_KIND[kind].includes(event))
        report(
          reader,
          at(`events[${i}]`),
          `${event} cannot run a ${kind}: CloudFront Functions run on viewer-request and viewer-response only`,
        )
    })
  }
  if (kind === 'lambda-edge' && item.runtime !== undefined) report(reader, at('runtime'), 'applies to cloudfront-function only')
  if (kind === 'cloudfront-function' && item['include-body'] === true)
    report(reader, at('include-body'), 'applies to lambda-edge only: CloudFront Functions cannot read the body')
  if (kind === 'lambda-edge' && item['key-value-store'] !== undefined)
    report(reader, at('key-value-store'), 'applies to cloudfront-function only')
  const runtime = item.runtime ?? base?.runtime
  if (item['key-value-store'] !== undefined && runtime === 'cloudfront-js-1.0')
    report(reader, at('key-value-store'), 'needs runtime cloudfront-js-2.0: key-value stores are not available in 1.0')

  const declaration: EdgeFunctionDeclaration = base
    ? { ...base, kind, events }
    : { name: item.name as string, kind, file: '', declaredAt: { file: configFile, line }, events }
  if (typeof item.code === 'string') {
    const codePath = resolve(root, item.code)
    if (!existsSync(codePath) || !statSync(codePath).isFile())
      report(reader, at('code'), `file not found: ${item.code} (paths are relative to ${relative(process.cwd(), root) || '.'})`)
    // The code is run and quoted in reports: only a file of the repository, whatever links lead there.
    else if (new RepositoryFiles(root).place(codePath).kind !== 'file') report(reader, at('code'), 'must be a file inside the repository')
    declaration.file = relative(root, codePath).split(sep).join('/')
    declaration.path = codePath
    for (const key of ['code', 'codeLine', 'codeOnOneLine', 'codeElsewhere'] as const) delete declaration[key]
  }
  if (typeof item.handler === 'string') declaration.handler = item.handler
  else declaration.handler ??= 'handler'
  if (typeof item['include-body'] === 'boolean') declaration.includeBody = item['include-body']
  else declaration.includeBody ??= false
  if (Array.isArray(item.requests)) declaration.requests = readRequests(item.requests)
  else declaration.requests ??= []
  if (kind === 'cloudfront-function') declaration.runtime = runtime === 'cloudfront-js-1.0' ? 'cloudfront-js-1.0' : 'cloudfront-js-2.0'
  else delete declaration.runtime
  if (typeof item['key-value-store'] === 'string') {
    const store = readStore(join(root, item['key-value-store']))
    if (typeof store === 'string') report(reader, at('key-value-store'), store)
    else declaration.keyValueStore = store
  }
  return declaration
}

function readRequests(value: unknown): EdgeTestRequest[] {
  if (!Array.isArray(value)) return []
  return value.filter(isFields).map((request: Fields, index) => {
    const headers = isFields(request.headers)
      ? Object.entries(request.headers).filter((e): e is [string, string] => typeof e[1] === 'string')
      : []
    const test: EdgeTestRequest = {
      name: `config#${index + 1}`,
      method: typeof request.method === 'string' ? request.method : 'GET',
      uri: typeof request.uri === 'string' ? request.uri : '/',
      querystring: typeof request.querystring === 'string' ? request.querystring : '',
      headers,
    }
    if (typeof request.body === 'string') {
      test.body = request.body
      if (!headers.some(([name]) => name.toLowerCase() === 'content-length'))
        test.headers = [...headers, ['Content-Length', String(Buffer.byteLength(request.body))]]
    }
    return test
  })
}

/** A JSON object of string keys and values; anything else is the problem to report. */
function readStore(file: string): Record<string, string> | string {
  let data: unknown
  try {
    data = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? `file not found: ${file}` : `is not valid JSON: ${(error as Error).message}`
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'must be a JSON object of keys and their values'
  const store: Record<string, string> = {}
  for (const [key, v] of Object.entries(data)) store[key] = typeof v === 'string' ? v : JSON.stringify(v)
  return store
}

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
import { isFields, type Fields } from './merge.js'
import { report, type Position, type Reader } from './reader.js'

/** Paths in the config are relative to the repository root: the folder holding `.github/` when the config lives there. */
export function repositoryRoot(configFile: string): string {
  const folder = dirname(resolve(configFile))
  return basename(folder) === '.github' ? dirname(folder) : folder
}

export function readEdgeFunctions(value: unknown, configFile: string, reader: Reader): EdgeFunctionDeclaration[] {
  if (!Array.isArray(value)) return []
  const root = repositoryRoot(configFile)
  const seen = new Map<string, number>()
  const declarations: EdgeFunctionDeclaration[] = []
  value.forEach((item: unknown, index) => {
    const path = `edge-functions[${index}]`
    const at = (key: string): { path: string; position: Position } => {
      const full = key === '' ? path : `${path}.${key}`
      return { path: full, position: reader.positions.get(full) ?? reader.positions.get(path) ?? { line: 1, col: 1 } }
    }
    if (
      !isFields(item) ||
      typeof item.name !== 'string' ||
      typeof item.kind !== 'string' ||
      typeof item.code !== 'string' ||
      !Array.isArray(item.events)
    )
      return
    const line = at('').position.line
    const first = seen.get(item.name)
    if (first !== undefined) report(reader, at('name'), `duplicate edge function name "${item.name}" (already used on line ${first})`)
    else seen.set(item.name, line)

    const kind = item.kind as EdgeFunctionKind
    const events = item.events.filter((e): e is EdgeEvent => typeof e === 'string')
    events.forEach((event, i) => {
      if (!EVENTS_OF_KIND[kind].includes(event))
        report(
          reader,
          at(`events[${i}]`),
          `${event} cannot run a ${kind}: CloudFront Functions run on viewer-request and viewer-response only`,
        )
    })
    if (kind === 'lambda-edge' && item.runtime !== undefined) report(reader, at('runtime'), 'applies to cloudfront-function only')
    if (kind === 'cloudfront-function' && item['include-body'] === true)
      report(reader, at('include-body'), 'applies to lambda-edge only: CloudFront Functions cannot read the body')
    if (kind === 'lambda-edge' && item['key-value-store'] !== undefined)
      report(reader, at('key-value-store'), 'applies to cloudfront-function only')
    if (item['key-value-store'] !== undefined && item.runtime === 'cloudfront-js-1.0')
      report(reader, at('key-value-store'), 'needs runtime cloudfront-js-2.0: key-value stores are not available in 1.0')

    const codePath = resolve(root, item.code)
    if (!existsSync(codePath) || !statSync(codePath).isFile())
      report(reader, at('code'), `file not found: ${item.code} (paths are relative to ${relative(process.cwd(), root) || '.'})`)
    const declaration: EdgeFunctionDeclaration = {
      name: item.name,
      kind,
      file: relative(root, codePath).split(sep).join('/'),
      path: codePath,
      declaredAt: { file: configFile, line },
      handler: typeof item.handler === 'string' ? item.handler : 'handler',
      events,
      includeBody: item['include-body'] === true,
      requests: readRequests(item.requests),
    }
    if (kind === 'cloudfront-function')
      declaration.runtime = item.runtime === 'cloudfront-js-1.0' ? 'cloudfront-js-1.0' : 'cloudfront-js-2.0'
    if (typeof item['key-value-store'] === 'string') {
      const store = readStore(join(root, item['key-value-store']))
      if (typeof store === 'string') report(reader, at('key-value-store'), store)
      else declaration.keyValueStore = store
    }
    declarations.push(declaration)
  })
  return declarations
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

/**
 * Headers as each kind writes them, checked for shape and compared with what went in: a read-only header
 * added, changed or deleted, a forbidden header set. Both fail at CloudFront (502 or 503).
 */
import type { JsonValue } from '../../json.js'
import { isAddForbidden, isDisallowedHeader, isReadOnlyHeader } from '../header-rules.js'
import { isObject, type Judgement } from './context.js'

/** Lower-cased name → values, in order. */
export type HeaderValues = Map<string, string[]>

/** Lambda@Edge: `{name: [{key?, value}]}`. Returns null (after reporting) when the shape is wrong. */
export function lambdaHeaders(j: Judgement, value: JsonValue | undefined, path: string[]): HeaderValues | null {
  if (value === undefined) return new Map()
  if (!isObject(value)) {
    j.invalid(path, 'headers-not-object')
    return null
  }
  const out: HeaderValues = new Map()
  let ok = true
  for (const [name, entries] of Object.entries(value)) {
    const at = [...path, name]
    if (!Array.isArray(entries)) {
      j.invalid(at, 'header-not-list')
      ok = false
      continue
    }
    const values: string[] = []
    for (const entry of entries) {
      if (!isObject(entry) || typeof entry['value'] !== 'string') {
        j.invalid(at, 'header-value-not-string')
        ok = false
        continue
      }
      const key = entry['key']
      if (key !== undefined && typeof key !== 'string') {
        j.invalid(at, 'header-key-not-string')
        ok = false
        continue
      }
      if (typeof key === 'string' && key.toLowerCase() !== name) {
        j.add('EDGE_FUNCTION_SUSPICIOUS', j.where(at, name), { rule: 'header-key-case', subject: name, header: name, key })
      }
      values.push(entry['value'])
    }
    const lower = name.toLowerCase()
    out.set(lower, [...(out.get(lower) ?? []), ...values])
  }
  return ok ? out : null
}

/** CloudFront Functions: `{name: {value, multiValue?: [{value}]}}`. */
export function functionHeaders(j: Judgement, value: JsonValue | undefined, path: string[]): HeaderValues | null {
  if (value === undefined) return new Map()
  if (!isObject(value)) {
    j.invalid(path, 'headers-not-object')
    return null
  }
  const out: HeaderValues = new Map()
  let ok = true
  for (const [name, entry] of Object.entries(value)) {
    const at = [...path, name]
    if (Array.isArray(entry)) {
      // `headers[x] = [{key, value}]`: the Lambda@Edge shape, which CloudFront Functions reject.
      j.invalid(at, 'lambda-edge-header-shape')
      ok = false
      continue
    }
    if (!isObject(entry) || typeof entry['value'] !== 'string') {
      j.invalid(at, 'header-value-not-string')
      ok = false
      continue
    }
    const multi = entry['multiValue']
    if (multi !== undefined && (!Array.isArray(multi) || !multi.every((m) => isObject(m) && typeof m['value'] === 'string'))) {
      j.invalid([...at, 'multiValue'], 'multi-value-shape')
      ok = false
      continue
    }
    const values = Array.isArray(multi) && multi.length > 0 ? multi.map((m) => String((m as { value: string }).value)) : [entry['value']]
    out.set(name.toLowerCase(), values)
  }
  return ok ? out : null
}

function same(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === undefined || b === undefined) return a === b
  return a.length === b.length && a.every((v, i) => v === b[i])
}

/** Read-only and forbidden headers, judged on what changed between `before` and `after`. */
export function compareHeaders(j: Judgement, before: HeaderValues, after: HeaderValues, path: string[]): void {
  const names = new Set([...before.keys(), ...after.keys()])
  for (const name of names) {
    const was = before.get(name)
    const now = after.get(name)
    if (same(was, now)) continue
    const change = was === undefined ? 'added' : now === undefined ? 'deleted' : 'changed'
    const at = j.where([...path, name], name)
    if (isReadOnlyHeader(j.event, name) || (change === 'added' && isAddForbidden(j.event, name))) {
      j.add('EDGE_FUNCTION_READONLY_HEADER', at, { header: name, change })
    } else if (change !== 'deleted' && isDisallowedHeader(name)) {
      j.add('EDGE_FUNCTION_DISALLOWED_HEADER', at, { header: name, change })
    }
  }
}

/** Bytes of the header block as sent: `Name: value\r\n` per value. */
export function headerBytes(headers: HeaderValues): number {
  let bytes = 0
  for (const [name, values] of headers) for (const value of values) bytes += Buffer.byteLength(`${name}: ${value}\r\n`, 'utf8')
  return bytes
}

/** Every header of a new (generated) response: none may be forbidden. */
export function checkGeneratedHeaders(j: Judgement, headers: HeaderValues, path: string[]): void {
  for (const name of headers.keys()) {
    if (isDisallowedHeader(name))
      j.add('EDGE_FUNCTION_DISALLOWED_HEADER', j.where([...path, name], name), { header: name, change: 'added' })
  }
}

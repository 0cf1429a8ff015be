/** How `defaults` and the built-in defaults combine with what an origin sets itself. */

import type { Field, ObjectField } from './fields.js'

export type Fields = Record<string, unknown>

export function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The origin's own value wins; objects and maps merge per key; lists and scalars are replaced whole. */
export function mergeOver(field: Field, base: unknown, own: unknown): unknown {
  if (own === undefined) return base
  if (!isFields(base) || !isFields(own)) return own
  if (field.kind === 'object') {
    const merged: Fields = {}
    for (const [key, child] of entriesOf(field)) {
      const value = mergeOver(child, base[key], own[key])
      if (value !== undefined) merged[key] = value
    }
    return merged
  }
  if (field.kind === 'map') {
    const overridden = new Set(Object.keys(own).map((key) => fold(field.caseInsensitiveKeys, key)))
    const inherited = Object.entries(base).filter(([key]) => !overridden.has(fold(field.caseInsensitiveKeys, key)))
    return { ...Object.fromEntries(inherited), ...own }
  }
  return own
}

function fold(caseInsensitive: boolean | undefined, key: string): string {
  return caseInsensitive ? key.toLowerCase() : key
}

/** Each object field's entries, listed once: a config may merge ten thousand origins. */
const entries = new WeakMap<ObjectField, [string, Field][]>()

function entriesOf(field: ObjectField): [string, Field][] {
  let list = entries.get(field)
  if (!list) entries.set(field, (list = Object.entries(field.fields)))
  return list
}

/** A copy with the built-in defaults filled in: every field that has one, inside every object that exists. */
export function withBuiltInDefaults(field: ObjectField, value: Fields): Fields {
  return fillDefaults(field, copy(value) as Fields)
}

/** Fills `filled` (a copy already, nested objects too) in place. */
function fillDefaults(field: ObjectField, filled: Fields): Fields {
  for (const [key, child] of entriesOf(field)) {
    const current = filled[key]
    if (current === undefined && child.default !== undefined) {
      filled[key] = copy(child.default)
    } else if (child.kind === 'object' && (isFields(current) || (current === undefined && !child.optIn))) {
      filled[key] = fillDefaults(child, isFields(current) ? current : {})
    }
  }
  return filled
}

/** Deep copy of plain data; unlike structuredClone it keeps the INVALID marker (a symbol). */
function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy)
  if (!isFields(value)) return value
  const copied: Fields = {}
  for (const key of Object.keys(value)) copied[key] = copy(value[key])
  return copied
}

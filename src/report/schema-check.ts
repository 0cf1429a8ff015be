/**
 * Checks a value against the JSON Schema subset src/report/schema.ts generates (type, const, enum,
 * pattern, maxLength, minimum, maximum, items, properties, required, additionalProperties: false).
 * Anything else in a schema is a programming error, not a pass: the check refuses to guess.
 */

import type { JsonObject, JsonValue } from '../json.js'

const KNOWN = new Set([
  '$schema',
  '$id',
  'title',
  'description',
  'type',
  'const',
  'enum',
  'pattern',
  'maxLength',
  'minimum',
  'maximum',
  'items',
  'properties',
  'required',
  'additionalProperties',
])

/** The first place where `value` breaks `schema`, as `path: what`, or undefined. */
export function schemaProblem(value: unknown, schema: JsonObject, path = ''): string | undefined {
  const at = (what: string) => `${path || '(top)'}: ${what}`
  for (const key of Object.keys(schema)) if (!KNOWN.has(key)) throw new Error(`schema keyword ${key} is not supported`)
  if ('const' in schema && value !== schema['const']) return at(`must be ${JSON.stringify(schema['const'])}`)
  const type = schema['type'] as string | undefined
  if (type !== undefined && !hasType(value, type))
    return at(`must be ${type === 'integer' ? 'an integer' : `a${/^[aeiou]/.test(type) ? 'n' : ''} ${type}`}`)
  const choices = schema['enum'] as JsonValue[] | undefined
  if (choices && !choices.includes(value as JsonValue))
    return at(`must be one of ${choices.map((choice) => JSON.stringify(choice).replace(/^"|"$/g, '')).join(', ')}`)
  if (typeof value === 'string') {
    const max = schema['maxLength'] as number | undefined
    if (max !== undefined && value.length > max) return at(`longer than ${max} characters`)
    const pattern = schema['pattern'] as string | undefined
    if (pattern !== undefined && !new RegExp(pattern, 'u').test(value)) return at('has an unexpected form')
  }
  if (typeof value === 'number') {
    const min = schema['minimum'] as number | undefined
    const max = schema['maximum'] as number | undefined
    if (min !== undefined && value < min) return at(`must be at least ${min}`)
    if (max !== undefined && value > max) return at(`must be at most ${max}`)
  }
  if (Array.isArray(value) && schema['items']) {
    for (const [index, item] of value.entries()) {
      const problem = schemaProblem(item, schema['items'] as JsonObject, `${path}[${index}]`)
      if (problem) return problem
    }
  }
  if (isObject(value)) return objectProblem(value, schema, path)
  return undefined
}

function objectProblem(value: Record<string, unknown>, schema: JsonObject, path: string): string | undefined {
  const properties = (schema['properties'] ?? {}) as Record<string, JsonObject>
  const prefix = path ? `${path}.` : ''
  for (const [key, field] of Object.entries(value)) {
    const child = Object.hasOwn(properties, key) ? properties[key] : undefined
    if (!child) {
      if (schema['additionalProperties'] === false) return `${prefix}${shortKey(key)}: not a report field`
      continue
    }
    const problem = schemaProblem(field, child, `${prefix}${key}`)
    if (problem) return problem
  }
  // After the fields that are there: `{"version": 2}` is about its version, not about what it lacks.
  for (const key of (schema['required'] ?? []) as string[]) {
    if (!Object.hasOwn(value, key)) return `${prefix}${key}: missing`
  }
  return undefined
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'object':
      return isObject(value)
    case 'array':
      return Array.isArray(value)
    case 'string':
      return typeof value === 'string'
    case 'boolean':
      return typeof value === 'boolean'
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
    case 'integer':
      return Number.isSafeInteger(value)
    case 'null':
      return value === null
    default:
      throw new Error(`schema type ${type} is not supported`)
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value)

/** A key a fork chose is echoed in the error: printable ASCII only, and short. */
function shortKey(key: string): string {
  const clean = key.replace(/[^\x20-\x7e]/g, '?')
  return clean.length > 40 ? `${clean.slice(0, 40)}…` : clean
}

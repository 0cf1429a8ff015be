/**
 * A structural check of a value against the subset of JSON Schema 2020-12 that generateSchema()
 * emits. Unknown keywords throw, so the generator cannot start using one this walk ignores.
 */

import { isIP } from 'node:net'

type Schema = Record<string, unknown>

const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', 'default'])

export function schemaErrors(schema: Schema, value: unknown, path = '$'): string[] {
  const errors: string[] = []
  const fail = (message: string) => errors.push(`${path}: ${message}`)
  for (const [keyword, argument] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword)) continue
    switch (keyword) {
      case 'type':
        if (!hasType(value, argument as string)) fail(`expected ${String(argument)}`)
        break
      case 'properties':
        if (isObject(value)) {
          for (const [key, child] of Object.entries(argument as Record<string, Schema>)) {
            if (key in value) errors.push(...schemaErrors(child, value[key], `${path}.${key}`))
          }
        }
        break
      case 'additionalProperties':
        if (isObject(value)) {
          const known = Object.keys(schema.properties ?? {})
          for (const [key, item] of Object.entries(value)) {
            if (known.includes(key)) continue
            if (argument === false) fail(`unexpected property ${key}`)
            else errors.push(...schemaErrors(argument as Schema, item, `${path}.${key}`))
          }
        }
        break
      case 'propertyNames':
        if (isObject(value)) {
          for (const key of Object.keys(value)) errors.push(...schemaErrors(argument as Schema, key, `${path}{${key}}`))
        }
        break
      case 'required':
        if (isObject(value)) for (const key of argument as string[]) if (!(key in value)) fail(`missing ${key}`)
        break
      case 'items':
        if (Array.isArray(value)) value.forEach((item, i) => errors.push(...schemaErrors(argument as Schema, item, `${path}[${i}]`)))
        break
      case 'minItems':
        if (Array.isArray(value) && value.length < (argument as number)) fail(`fewer than ${String(argument)} items`)
        break
      case 'uniqueItems':
        if (Array.isArray(value) && new Set(value.map((item) => JSON.stringify(item))).size !== value.length) fail('repeated items')
        break
      case 'enum':
        if (!(argument as unknown[]).includes(value)) fail(`not one of ${JSON.stringify(argument)}`)
        break
      case 'const':
        if (value !== argument) fail(`not ${JSON.stringify(argument)}`)
        break
      case 'minimum':
        if (typeof value === 'number' && value < (argument as number)) fail(`below ${String(argument)}`)
        break
      case 'maximum':
        if (typeof value === 'number' && value > (argument as number)) fail(`above ${String(argument)}`)
        break
      case 'minLength':
        if (typeof value === 'string' && value.length < (argument as number)) fail('too short')
        break
      case 'maxLength':
        if (typeof value === 'string' && value.length > (argument as number)) fail('too long')
        break
      case 'pattern':
        if (typeof value === 'string' && !new RegExp(argument as string, 'u').test(value)) fail(`does not match ${String(argument)}`)
        break
      case 'format':
        // Asserted for addresses only; hostname stays an annotation, as in editors.
        if (typeof value === 'string' && argument === 'ipv4' && isIP(value) !== 4) fail('not ipv4')
        if (typeof value === 'string' && argument === 'ipv6' && isIP(value) !== 6) fail('not ipv6')
        break
      case 'anyOf':
        if ((argument as Schema[]).every((option) => schemaErrors(option, value, path).length > 0)) fail('matches no option of anyOf')
        break
      case 'oneOf':
        if ((argument as Schema[]).filter((option) => schemaErrors(option, value, path).length === 0).length !== 1)
          fail('matches not exactly one option of oneOf')
        break
      default:
        throw new Error(`schema walk does not know keyword ${keyword} at ${path}`)
    }
  }
  return errors
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function hasType(value: unknown, type: string): boolean {
  if (type === 'object') return isObject(value)
  if (type === 'array') return Array.isArray(value)
  if (type === 'integer') return Number.isInteger(value)
  return typeof value === type
}

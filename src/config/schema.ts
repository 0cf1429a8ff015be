/** JSON Schema (draft 2020-12) for the config file, generated from the same fields the validator reads. */

import type { JsonObject } from '../json.js'
import { CONFIG } from './definition.js'
import type { Field, IntegerField, PatternRule } from './fields.js'

export const SCHEMA_ID = 'urn:origin-preflight:config:1'

export function generateSchema(): JsonObject {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: SCHEMA_ID,
    title: 'origin-preflight config',
    ...fieldSchema(CONFIG, false),
  }
}

/** `expand`: inside `defaults` or `origins`, where a string may still be an unexpanded `${VAR}`. */
function fieldSchema(field: Field, expand: boolean): JsonObject {
  const schema: JsonObject = { description: field.description, ...kindSchema(field, expand) }
  if (field.default !== undefined) schema.default = field.default
  return schema
}

function kindSchema(field: Field, expand: boolean): JsonObject {
  switch (field.kind) {
    case 'string': {
      const schema: JsonObject = { type: 'string' }
      if (field.minLength !== undefined) schema.minLength = field.minLength
      if (field.pattern) schema.pattern = patternSource(field.pattern, expand)
      return schema
    }
    case 'hostname':
      return { type: 'string', format: 'hostname', maxLength: 253 }
    case 'ip':
      return { type: 'string', anyOf: [{ format: 'ipv4' }, { format: 'ipv6' }] }
    case 'boolean':
      return { type: 'boolean' }
    case 'enum':
      return { type: 'string', enum: [...field.values] }
    case 'integer':
      return { type: 'integer', ...integerBounds(field) }
    case 'list': {
      const schema: JsonObject = { type: 'array', items: fieldSchema(field.items, expand) }
      if (field.minItems !== undefined) schema.minItems = field.minItems
      if (field.unique) schema.uniqueItems = true
      return field.single ? { anyOf: [kindSchema(field.items, expand), schema] } : schema
    }
    case 'map':
      return {
        type: 'object',
        propertyNames: { pattern: field.keys.source },
        additionalProperties: fieldSchema(field.values, expand),
      }
    case 'object': {
      const inner = expand || field.expandsVariables === true
      const properties: JsonObject = {}
      for (const [key, child] of Object.entries(field.fields)) properties[key] = fieldSchema(child, inner)
      const schema: JsonObject = { type: 'object', additionalProperties: false, properties }
      if (field.required) schema.required = [...field.required]
      if (field.atLeastOne) schema.anyOf = field.atLeastOne.map((key) => ({ required: [key] }))
      if (field.exactlyOne) schema.oneOf = field.exactlyOne.map((key) => ({ required: [key] }))
      return schema
    }
  }
}

function integerBounds(field: IntegerField): JsonObject {
  const bounds = field.ranges.map(([min, max]): JsonObject => {
    if (min === max) return { const: min }
    const range: JsonObject = { minimum: min }
    if (max !== Number.MAX_SAFE_INTEGER) range.maximum = max
    return range
  })
  const [only] = bounds
  return bounds.length === 1 && only ? only : { anyOf: bounds }
}

/** Editors check the text as written, so a pattern must also let an unexpanded `${VAR}` through. */
function patternSource(pattern: PatternRule, expand: boolean): string {
  return expand ? `${pattern.source}|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}` : pattern.source
}

/** The schema file's exact text: 2-space indent and a trailing newline. */
export function schemaText(): string {
  return `${JSON.stringify(generateSchema(), null, 2)}\n`
}

/**
 * A small declarative language for the config file's fields. One description drives both the
 * validator (interpret.ts) and the published JSON Schema (schema.ts), so the two cannot disagree.
 */

import type { JsonValue } from '../json.js'

interface FieldBase {
  /** Shown in editors through the schema; say what the field does, not its type. */
  description: string
  /** The built-in default, applied when neither the origin nor `defaults` sets the field. */
  default?: JsonValue
}

/** A regular expression (ECMAScript syntax, valid in JSON Schema) and what to say when it fails. */
export interface PatternRule {
  source: string
  message: string
}

export interface StringField extends FieldBase {
  kind: 'string'
  pattern?: PatternRule
  minLength?: number
}

/** A DNS hostname with no scheme, port or path. */
export interface HostnameField extends FieldBase {
  kind: 'hostname'
}

export interface BooleanField extends FieldBase {
  kind: 'boolean'
}

/** An IPv4 or IPv6 address literal. */
export interface IpField extends FieldBase {
  kind: 'ip'
}

export interface EnumField extends FieldBase {
  kind: 'enum'
  values: readonly string[]
}

/** An integer inside any of the inclusive ranges. */
export interface IntegerField extends FieldBase {
  kind: 'integer'
  ranges: readonly (readonly [min: number, max: number])[]
}

export interface ListField extends FieldBase {
  kind: 'list'
  items: Field
  minItems?: number
  unique?: boolean
  /** One item may be written without the list around it (`host-header: a.example` or a list of names). */
  single?: boolean
}

/** Free-form keys (e.g. header names), each value described by one field. */
export interface MapField extends FieldBase {
  kind: 'map'
  keys: PatternRule
  values: Field
  /** Keys differing only in case are duplicates (HTTP header names). */
  caseInsensitiveKeys?: boolean
}

export interface ObjectField extends FieldBase {
  kind: 'object'
  fields: Readonly<Record<string, Field>>
  required?: readonly string[]
  /** At least one of these keys must be written. */
  atLeastOne?: readonly string[]
  /** Exactly one of these keys must be written (what kind of thing the object is). */
  exactlyOne?: readonly string[]
  /** Keys known elsewhere but refused here, with the reason to give. */
  refused?: Readonly<Record<string, string>>
  /**
   * Absent unless written: built-in defaults of its fields apply only once the object is present
   * (a health check runs only when `health` is configured). Other objects always exist.
   */
  optIn?: boolean
  /** `${VAR}` is expanded in every string value below this object. */
  expandsVariables?: boolean
}

export type Field = StringField | HostnameField | IpField | BooleanField | EnumField | IntegerField | ListField | MapField | ObjectField

/** `a, b or c`, the way people list choices. */
export function listInProse(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`
}

/** The message for an integer outside its ranges; ports read `must be 80, 443 or 1024-65535`. */
export function integerRangeMessage(field: IntegerField): string {
  const [only] = field.ranges
  if (field.ranges.length === 1 && only) {
    const [min, max] = only
    if (min === max) return `must be ${min}`
    if (max === Number.MAX_SAFE_INTEGER) return `must be an integer >= ${min}`
    return `must be an integer from ${min} to ${max}`
  }
  return `must be ${listInProse(field.ranges.map(([min, max]) => (min === max ? `${min}` : `${min}-${max}`)))}`
}

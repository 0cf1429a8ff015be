/**
 * Validates YAML nodes against a field description, keeping every problem with its position.
 * The result is plain data with the file's own keys; a value that failed is INVALID, so later
 * rules can tell "wrong" from "absent" and stay quiet about it.
 */

import { isIP } from 'node:net'
import { expandVariables } from './expand.js'
import { integerRangeMessage, listInProse, type Field, type ListField, type MapField, type ObjectField } from './fields.js'
import { hostnameProblem } from './hostname.js'
import { INVALID, childPath, dereference, positionOf, report, typeMismatch, type Place, type Reader } from './reader.js'
import { closestMatch } from './suggest.js'
import { isMap, isScalar, isSeq, type PairNode } from './nodes.js'

export function readField(node: unknown, field: Field, place: Place, reader: Reader): unknown {
  if (place.path !== '') reader.positions.set(place.path, place.position)
  const value = dereference(node, place, reader)
  if (value === INVALID) return INVALID
  switch (field.kind) {
    case 'object':
      return readObject(value, field, place, reader)
    case 'map':
      return readMap(value, field, place, reader)
    case 'list':
      return readList(value, field, place, reader)
    case 'integer': {
      if (!isScalar(value) || typeof value.value !== 'number' || !Number.isInteger(value.value)) {
        return fail(reader, place, typeMismatch(value, 'an integer'))
      }
      const number = value.value
      const inRange = field.ranges.some(([min, max]) => number >= min && number <= max)
      return inRange ? number : fail(reader, place, integerRangeMessage(field))
    }
    case 'boolean':
      return isScalar(value) && typeof value.value === 'boolean' ? value.value : fail(reader, place, typeMismatch(value, 'true or false'))
    case 'enum': {
      const text = readString(value, place, reader)
      if (text === INVALID || field.values.includes(text)) return text
      const suggestion = closestMatch(text, field.values)
      const hint = suggestion ? `; did you mean "${suggestion}"?` : ''
      return fail(reader, place, `must be one of: ${field.values.join(', ')}${hint}`)
    }
    case 'hostname': {
      const text = readString(value, place, reader)
      const problem = text === INVALID ? undefined : hostnameProblem(text)
      return problem ? fail(reader, place, problem) : text
    }
    case 'ip': {
      const text = readString(value, place, reader)
      if (text === INVALID || isIP(text) !== 0) return text
      return fail(reader, place, 'must be an IPv4 or IPv6 address')
    }
    case 'string': {
      const text = readString(value, place, reader)
      if (text === INVALID) return INVALID
      if (text.length < (field.minLength ?? 0)) return fail(reader, place, 'must not be empty')
      if (field.pattern && !compiled(field.pattern.source).test(text)) {
        return fail(reader, place, field.pattern.message)
      }
      return text
    }
  }
}

/** Each field's pattern compiled once, not once per value: a config may hold ten thousand origins. */
const patterns = new Map<string, RegExp>()

function compiled(source: string): RegExp {
  let pattern = patterns.get(source)
  if (!pattern) patterns.set(source, (pattern = new RegExp(source)))
  return pattern
}

function fail(reader: Reader, place: Place, message: string): typeof INVALID {
  report(reader, place, message)
  return INVALID
}

/** A string scalar, with ${VAR} expanded where the place allows it. */
function readString(node: unknown, place: Place, reader: Reader): string | typeof INVALID {
  if (!isScalar(node) || typeof node.value !== 'string') return fail(reader, place, typeMismatch(node, 'a string'))
  if (!place.expand) return node.value
  const expansion = expandVariables(node.value, reader.env)
  for (const problem of expansion.problems) report(reader, place, problem)
  for (const secret of expansion.secrets) reader.secrets.add(secret)
  return expansion.problems.length > 0 ? INVALID : expansion.value
}

function readList(node: unknown, field: ListField, place: Place, reader: Reader): unknown {
  if (!isSeq(node) && field.single && (isScalar(node) || isMap(node))) {
    const value = readField(node, field.items, place, reader)
    return value === INVALID ? INVALID : [value]
  }
  if (!isSeq(node)) return fail(reader, place, typeMismatch(node, 'a list'))
  if (node.items.length < (field.minItems ?? 0)) return fail(reader, place, 'must not be empty')
  const firstLines = new Map<string, number>()
  return node.items.map((item, index) => {
    const itemPlace = { ...place, path: `${place.path}[${index}]`, position: positionOf(item, reader, place.position) }
    const value = readField(item, field.items, itemPlace, reader)
    if (!field.unique || value === INVALID) return value
    const identity = JSON.stringify(value)
    const firstLine = firstLines.get(identity)
    if (firstLine !== undefined) return fail(reader, itemPlace, `repeats ${identity} (already listed on line ${firstLine})`)
    firstLines.set(identity, itemPlace.position.line)
    return value
  })
}

/** The place of a pair's value, keyed by `keyOf(pair)`, or INVALID (reported) for `? [complex]` or non-string keys. */
function readKey(pair: PairNode, place: Place, reader: Reader): Place | typeof INVALID {
  const position = positionOf(pair.key, reader, place.position)
  if (!isScalar(pair.key) || (typeof pair.key.value !== 'string' && typeof pair.key.value !== 'number')) {
    return fail(reader, { ...place, position }, 'keys must be plain strings')
  }
  return { path: childPath(place.path, keyOf(pair)), position, expand: place.expand }
}

/** A key readKey accepted, as a string. */
function keyOf(pair: PairNode): string {
  return String((pair.key as { value: string | number }).value)
}

function readMap(node: unknown, field: MapField, place: Place, reader: Reader): unknown {
  if (!isMap(node)) return fail(reader, place, typeMismatch(node, 'a mapping'))
  const result: Record<string, unknown> = {}
  const seen = new Map<string, string>()
  for (const pair of node.items) {
    const valuePlace = readKey(pair, place, reader)
    if (valuePlace === INVALID) continue
    const key = keyOf(pair)
    if (!compiled(field.keys.source).test(key)) {
      result[key] = fail(reader, valuePlace, field.keys.message)
      continue
    }
    const folded = field.caseInsensitiveKeys ? key.toLowerCase() : key
    const earlier = seen.get(folded)
    if (earlier !== undefined) {
      result[key] = fail(reader, valuePlace, `duplicates "${earlier}" (names are case-insensitive)`)
      continue
    }
    seen.set(folded, key)
    result[key] = readField(pair.value, field.values, valuePlace, reader)
  }
  return result
}

function readObject(node: unknown, field: ObjectField, place: Place, reader: Reader): unknown {
  if (!isMap(node)) return fail(reader, place, typeMismatch(node, 'a mapping'))
  const expand = place.expand || field.expandsVariables === true
  const keyPlace = expand === place.expand ? place : { ...place, expand }
  const result: Record<string, unknown> = {}
  for (const pair of node.items) {
    const valuePlace = readKey(pair, keyPlace, reader)
    if (valuePlace === INVALID) continue
    const key = keyOf(pair)
    const child = field.fields[key]
    if (child) {
      result[key] = readField(pair.value, child, valuePlace, reader)
      continue
    }
    const refusal = field.refused?.[key]
    const known = Object.keys(field.fields)
    const suggestion = closestMatch(key, known)
    const message =
      refusal ??
      (suggestion ? `unknown key "${key}"; did you mean "${suggestion}"?` : `unknown key "${key}"; expected one of: ${known.join(', ')}`)
    report(reader, valuePlace, message)
  }
  for (const key of field.required ?? []) {
    if (!(key in result)) report(reader, { path: childPath(place.path, key), position: place.position }, 'is required')
  }
  const written = (keys: readonly string[]) => keys.filter((key) => key in result)
  if (field.atLeastOne && written(field.atLeastOne).length === 0) {
    report(reader, place, `needs ${listInProse(field.atLeastOne)}`)
  }
  if (field.exactlyOne) {
    const present = written(field.exactlyOne)
    if (present.length !== 1) {
      const found = present.length === 0 ? 'none is set' : `${present.join(' and ')} are both set`
      report(reader, place, `needs exactly one of ${listInProse(field.exactlyOne)}: ${found}`)
    }
  }
  return result
}

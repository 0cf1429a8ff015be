/** What a walk over the YAML nodes carries along: where things are, and what went wrong so far. */

import type { LineCounter } from 'yaml'
import { isAlias, isMap, isScalar, isSeq } from './nodes.js'
import type { ConfigProblem } from './types.js'
import { ALIAS_BUDGET_FACTOR, anchorBefore, anchorsOf, subtreeSize, type AliasBudget } from './limits.js'

export interface Position {
  line: number
  col: number
}

/** Marks a value that failed validation; a problem has been recorded for it. */
export const INVALID = Symbol('invalid')

export interface Reader {
  /** The config path as the caller gave it, for problems. */
  file: string
  /** The document's contents (nodes.ts): null for an empty document. */
  root: unknown
  lines: LineCounter
  env: NodeJS.ProcessEnv
  problems: ConfigProblem[]
  /** Where each field path was written: the key of a map entry, the node of a list item. */
  positions: Map<string, Position>
  /** Values read through ${VAR}, in first-use order. */
  secrets: Set<string>
  /** What following aliases may still cost (src/config/limits.ts); absent: unbounded (tests of parts). */
  aliases?: AliasBudget
  /** The document's anchors, collected once on the first alias. */
  anchors?: ReturnType<typeof anchorsOf>
}

/** Where a value sits: its field path, the position problems about it point at, and whether ${VAR} applies. */
export interface Place {
  path: string
  position: Position
  expand: boolean
}

export function positionOf(node: unknown, reader: Reader, fallback: Position = { line: 1, col: 1 }): Position {
  const range = (node as { range?: [number, number, number] | null } | null)?.range
  return range ? reader.lines.linePos(range[0]) : fallback
}

export function report(reader: Reader, place: Pick<Place, 'path' | 'position'>, message: string): void {
  reader.problems.push({
    file: reader.file,
    line: place.position.line,
    col: place.position.col,
    path: place.path === '' ? '(root)' : place.path,
    message,
  })
}

export function childPath(parent: string, key: string): string {
  return parent === '' ? key : `${parent}.${key}`
}

/** `a list`, `a string`...: what the node is, for `must be X, not Y`. */
export function describeNode(node: unknown): string {
  if (isMap(node)) return 'a mapping'
  if (isSeq(node)) return 'a list'
  if (isScalar(node)) {
    if (node.value === null) return 'empty'
    if (typeof node.value === 'string') return 'a string'
    if (typeof node.value === 'number') return 'a number'
    if (typeof node.value === 'boolean') return 'a boolean'
  }
  if (node === null || node === undefined) return 'empty'
  return 'another kind of value'
}

export function typeMismatch(node: unknown, expected: string): string {
  const actual = describeNode(node)
  const message = actual === 'empty' ? `must be ${expected}, but is empty` : `must be ${expected}, not ${actual}`
  const written = isScalar(node) ? (node.source ?? String(node.value)) : undefined
  const quotable = isScalar(node) && (typeof node.value === 'number' || typeof node.value === 'boolean')
  return expected === 'a string' && quotable ? `${message} (quote it: "${written}")` : message
}

/** Follows `*alias` to its anchored node; undefined (with a problem) when the anchor does not exist. */
export function dereference(node: unknown, place: Place, reader: Reader): unknown {
  if (!isAlias(node)) return node
  reader.anchors ??= anchorsOf(reader.root)
  const target = anchorBefore(reader.anchors, node.source, node.range?.[0] ?? Number.MAX_SAFE_INTEGER)
  if (target === undefined) report(reader, place, `refers to an unknown anchor "*${node.source}"`)
  const budget = reader.aliases
  if (target && budget) {
    if (budget.exceeded) return INVALID
    budget.used += subtreeSize(target, budget)
    if (budget.used > budget.limit) {
      budget.exceeded = true
      const limit = `${budget.limit} values (at most ${ALIAS_BUDGET_FACTOR} times the file's own)`
      report(reader, place, `aliases expand to more than ${limit}; put what origins share under defaults instead`)
      return INVALID
    }
  }
  return target ?? INVALID
}

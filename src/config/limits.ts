/**
 * Bounds on what a config file can make the loader do: a few hundred kilobytes of YAML must not turn
 * into minutes and gigabytes through aliases, nor into a stack overflow through nesting.
 */

import type { Node } from 'yaml'
import { isAlias, isMap, isPair, isScalar, isSeq } from './nodes.js'

/** Deeper than any config needs (the deepest field is five levels down); far below the stack's reach. */
export const MAX_DEPTH = 64

/**
 * Values an alias may stand for, in all: ten times the values written in the file, and never fewer
 * than this. A shared `health: *h` across ten thousand origins fits; three thousand origins sharing
 * three thousand headers each (nine million values from a 217 KB file) does not.
 */
export const MIN_ALIAS_BUDGET = 100_000
export const ALIAS_BUDGET_FACTOR = 10

export interface AliasBudget {
  limit: number
  used: number
  exceeded: boolean
  /** Values under each aliased node, counted once. */
  sizes: WeakMap<object, number>
}

/** Node count and depth of the document, without recursion (the nesting is what is being measured). */
export function measureDocument(root: unknown): { nodes: number; depth: number } {
  let nodes = 0
  let depth = 0
  // Two parallel stacks, not a pair per node: a large config has hundreds of thousands of nodes.
  const stack: unknown[] = [root]
  const levels: number[] = [1]
  const push = (child: unknown, level: number): void => {
    stack.push(child)
    levels.push(level)
  }
  while (stack.length > 0) {
    const node = stack.pop()
    const level = levels.pop()!
    if (node === null || node === undefined) continue
    nodes++
    if (level > depth) depth = level
    if (depth > MAX_DEPTH) break
    if (isMap(node) || isSeq(node)) {
      for (const item of node.items) {
        if (isPair(item)) {
          push(item.key, level + 1)
          push(item.value, level + 1)
        } else push(item, level + 1)
      }
    } else if (isPair(node)) {
      push(node.key, level + 1)
      push(node.value, level + 1)
    }
  }
  return { nodes, depth }
}

export function aliasBudget(documentNodes: number): AliasBudget {
  return { limit: Math.max(MIN_ALIAS_BUDGET, ALIAS_BUDGET_FACTOR * documentNodes), used: 0, exceeded: false, sizes: new WeakMap() }
}

/** How many values `node` stands for (its subtree; an alias inside counts as one, it is charged when followed). */
export function subtreeSize(node: Node, budget: AliasBudget): number {
  const known = budget.sizes.get(node)
  if (known !== undefined) return known
  let size = 0
  const stack: unknown[] = [node]
  while (stack.length > 0) {
    const next = stack.pop()
    if (next === null || next === undefined) continue
    size++
    stack.push(...children(next))
  }
  budget.sizes.set(node, size)
  return size
}

function children(node: unknown): unknown[] {
  if (isMap(node) || isSeq(node)) return node.items.flatMap((item) => (isPair(item) ? [item.key, item.value] : [item]))
  if (isPair(node)) return [node.key, node.value]
  if (isScalar(node) || isAlias(node)) return []
  return []
}

/**
 * Every anchor in the document by name, in document order, from one pass: the yaml package's
 * `Alias#resolve` walks the whole document for each alias, which made a file of many aliases quadratic.
 */
export function anchorsOf(root: unknown): Map<string, { start: number; node: Node }[]> {
  const anchors = new Map<string, { start: number; node: Node }[]>()
  const stack: unknown[] = [root]
  while (stack.length > 0) {
    const node = stack.pop()
    if (node === null || node === undefined) continue
    const anchor = (node as { anchor?: string }).anchor
    const range = (node as { range?: [number, number, number] }).range
    if (anchor && range && !isPair(node)) {
      const list = anchors.get(anchor) ?? []
      list.push({ start: range[0], node: node as Node })
      anchors.set(anchor, list)
    }
    stack.push(...children(node))
  }
  for (const list of anchors.values()) list.sort((a, b) => a.start - b.start)
  return anchors
}

/** The node an alias at `start` names: the last anchor of that name before it (YAML lets a name be reused). */
export function anchorBefore(anchors: Map<string, { start: number; node: Node }[]>, name: string, start: number): Node | undefined {
  let found: Node | undefined
  for (const entry of anchors.get(name) ?? []) {
    if (entry.start >= start) break
    found = entry.node
  }
  return found
}

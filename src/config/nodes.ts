/**
 * The YAML nodes the config reader walks: the yaml package's own, from its general parser, or the
 * line reader's plain objects of the same shape (block-yaml-reader.ts), which cost a fraction to
 * build. The predicates answer alike for both, so the walk cannot tell which reader read the file.
 */

import * as yaml from 'yaml'

/** Where the node starts in the file (the yaml package's ranges go on with where it ends: nothing reads that). */
export type Range = [start: number]

export interface PlainScalar {
  kind: 'scalar'
  value: string | number | boolean | null
  /** The text as written, without quotes; what `quote it: "443"` quotes. */
  source: string
  type: 'PLAIN' | 'QUOTE_SINGLE' | 'QUOTE_DOUBLE'
  range: Range
}

export interface PlainPair {
  kind: 'pair'
  key: PlainScalar
  value: PlainNode
}

export interface PlainMap {
  kind: 'map'
  items: PlainPair[]
  range: Range
}

export interface PlainSeq {
  kind: 'seq'
  items: PlainNode[]
  range: Range
}

export type PlainNode = PlainScalar | PlainMap | PlainSeq

export type ScalarNode = yaml.Scalar | PlainScalar
export type MapNode = yaml.YAMLMap | PlainMap
export type SeqNode = yaml.YAMLSeq | PlainSeq
export type PairNode = yaml.Pair | PlainPair

function kindOf(node: unknown): string | undefined {
  return typeof node === 'object' && node !== null ? (node as { kind?: string }).kind : undefined
}

export function isScalar(node: unknown): node is ScalarNode {
  return kindOf(node) === 'scalar' || yaml.isScalar(node)
}

export function isMap(node: unknown): node is MapNode {
  return kindOf(node) === 'map' || yaml.isMap(node)
}

export function isSeq(node: unknown): node is SeqNode {
  return kindOf(node) === 'seq' || yaml.isSeq(node)
}

export function isPair(node: unknown): node is PairNode {
  return kindOf(node) === 'pair' || yaml.isPair(node)
}

/** Only the general parser reads aliases. */
export function isAlias(node: unknown): node is yaml.Alias {
  return yaml.isAlias(node)
}

/**
 * A YAML or JSON file as a small positioned tree: maps, lists, scalars and CloudFormation functions
 * (short-form tags and `{"Fn::X": ...}` alike), each with the line it starts on.
 */

import { parseBlockYaml } from './block-yaml.js'
import { parseJsonTree } from './json-tree.js'
import { LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode } from 'yaml'
import { asText } from './as-text.js'

export type Scalar = string | number | boolean | null

export type TreeNode = MapNode | ListNode | ScalarNode | FunctionNode

export interface MapNode {
  kind: 'map'
  line: number
  /** Last key wins, as CloudFormation's own YAML readers do. */
  entries: Map<string, MapEntry>
}

export interface MapEntry {
  /** The line of the key: a setting's own line. */
  line: number
  value: TreeNode
}

export interface ListNode {
  kind: 'list'
  line: number
  items: TreeNode[]
}

export interface ScalarNode {
  kind: 'scalar'
  line: number
  value: Scalar
}

/** `!Ref X` or `{"Ref": "X"}`: name is the long form (`Ref`, `Fn::Sub`, `Condition`). */
export interface FunctionNode {
  kind: 'function'
  line: number
  name: string
  argument: TreeNode
}

export interface ParsedTree {
  root?: TreeNode
  /** The parser's refusal: the file is not this format. */
  error?: { line: number; code: string }
  /** Keys written twice in one mapping: the last is read. */
  duplicates: { key: string; line: number; firstLine: number }[]
}

/** Functions CloudFormation accepts in short form; `!Ref` and `!Condition` keep their names. */
export const SHORT_FORMS = new Set([
  'Ref',
  'Condition',
  'Sub',
  'GetAtt',
  'If',
  'Join',
  'Select',
  'ImportValue',
  'FindInMap',
  'Equals',
  'Not',
  'And',
  'Or',
  'Base64',
  'Split',
  'GetAZs',
  'Cidr',
  'Transform',
  'Length',
  'ToJsonString',
  'ForEach',
])

function longForm(short: string): string {
  return short === 'Ref' || short === 'Condition' ? short : `Fn::${short}`
}

/** Every short-form tag, registered so the parser neither warns nor changes the node. */
const CUSTOM_TAGS = [...SHORT_FORMS].flatMap((name) => [
  { tag: `!${name}`, resolve: (value: string) => value },
  { tag: `!${name}`, collection: 'seq' as const, resolve: (value: unknown) => value },
  { tag: `!${name}`, collection: 'map' as const, resolve: (value: unknown) => value },
])

export function parseTree(text: string): ParsedTree {
  // A byte-order mark is not part of the document.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  // JSON (CDK, plans, CloudFront's output) takes the fast path; what it refuses, YAML reads and explains.
  if (/^\s*[{[]/.test(source)) {
    const json = parseJsonTree(source, asFunction)
    if (json) return json
  }
  // Templates as people write them take the line reader; what it does not read, the YAML library does.
  return parseBlockYaml(source, SHORT_FORMS, asFunction) ?? parseWithYamlLibrary(source)
}

/** The general reader: every YAML construct, and the parser's own line for a file that does not parse. */
export function parseWithYamlLibrary(source: string): ParsedTree {
  const lines = new LineCounter()
  const document = parseDocument(source, {
    lineCounter: lines,
    uniqueKeys: false,
    customTags: CUSTOM_TAGS,
    prettyErrors: false,
    strict: false,
  })
  const duplicates: ParsedTree['duplicates'] = []
  const first = document.errors[0]
  if (first) return { error: { line: lines.linePos(first.pos[0]).line, code: first.code }, duplicates }
  const converter = new Converter(document, lines, duplicates)
  const root = document.contents ? converter.convert(document.contents) : undefined
  return root ? { root, duplicates } : { duplicates }
}

class Converter {
  constructor(
    private readonly document: Document,
    private readonly lines: LineCounter,
    private readonly duplicates: ParsedTree['duplicates'],
  ) {}

  private lineOf(node: unknown, fallback = 1): number {
    const range = (node as { range?: [number, number, number] | null } | null)?.range
    return range ? this.lines.linePos(range[0]).line : fallback
  }

  convert(node: YamlNode, fallbackLine = 1): TreeNode {
    if (isAlias(node)) {
      const target = node.resolve(this.document)
      return target
        ? this.convert(target, this.lineOf(node, fallbackLine))
        : { kind: 'scalar', line: this.lineOf(node, fallbackLine), value: null }
    }
    const line = this.lineOf(node, fallbackLine)
    const tag = (node as { tag?: string }).tag
    const converted = this.convertUntagged(node, line)
    if (tag && tag.startsWith('!') && !tag.startsWith('!!')) {
      return { kind: 'function', line, name: longForm(tag.slice(1)), argument: converted }
    }
    return converted
  }

  private convertUntagged(node: YamlNode, line: number): TreeNode {
    if (isMap(node)) {
      const entries = new Map<string, MapEntry>()
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key)
        const keyLine = this.lineOf(pair.key, line)
        const earlier = entries.get(key)
        if (earlier) this.duplicates.push({ key, line: keyLine, firstLine: earlier.line })
        const value =
          pair.value === null || pair.value === undefined
            ? { kind: 'scalar' as const, line: keyLine, value: null }
            : this.convert(pair.value as YamlNode, keyLine)
        entries.set(key, { line: keyLine, value })
      }
      return asFunction({ kind: 'map', line, entries })
    }
    if (isSeq(node)) return { kind: 'list', line, items: node.items.map((item) => this.convert(item as YamlNode, line)) }
    if (isScalar(node)) {
      const value = node.value
      return {
        kind: 'scalar',
        line,
        value:
          typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
            ? value
            : value === null
              ? null
              : asText(value),
      }
    }
    return { kind: 'scalar', line, value: null }
  }
}

/** `{"Ref": "X"}`, `{"Fn::Sub": ...}`: a mapping of one function key is that function. */
function asFunction(node: TreeNode): TreeNode {
  if (node.kind !== 'map') return node
  const map = node
  if (map.entries.size !== 1) return map
  const [key, entry] = [...map.entries][0]!
  if (key === 'Ref' || key === 'Condition' || (key.startsWith('Fn::') && SHORT_FORMS.has(key.slice(4)))) {
    return { kind: 'function', line: map.line, name: key, argument: entry.value }
  }
  return map
}

/** The entry of `key` in a mapping, else undefined. */
export function entry(node: TreeNode | undefined, key: string): MapEntry | undefined {
  return node?.kind === 'map' ? node.entries.get(key) : undefined
}

/** The value of the first of `keys` present in a mapping. */
export function child(node: TreeNode | undefined, ...keys: string[]): TreeNode | undefined {
  for (const key of keys) {
    const found = entry(node, key)
    if (found) return found.value
  }
  return undefined
}

/** The line of the first of `keys` present, else `fallback`. */
export function keyLine(node: TreeNode | undefined, fallback: number, ...keys: string[]): number {
  for (const key of keys) {
    const found = entry(node, key)
    if (found) return found.line
  }
  return fallback
}

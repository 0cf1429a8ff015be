/**
 * The fast path for config files: block mappings and sequences of one-line plain and quoted scalars
 * (and flow collections closed on their line), read line by line into plain nodes shaped like the yaml
 * package's (nodes.ts), starting where its parser says they start, so the config reader cannot tell
 * which path read the file. That is how configs are written, and it
 * reads ten thousand origins several times faster than the general parser. Anything else (anchors,
 * aliases, tags, flow collections, block scalars, scalars over several lines, directives, several
 * documents, duplicate keys, tabs...) returns undefined: the general parser reads it, with its errors.
 */

import { LineCounter } from 'yaml'
import { MAX_DEPTH } from './limits.js'
import type { PlainMap, PlainNode, PlainPair, PlainScalar, PlainSeq } from './nodes.js'

export interface ReadYaml {
  /** The document's contents. */
  root: PlainNode
  lines: LineCounter
}

class NotSimple extends Error {}

function bail(): never {
  throw new NotSimple()
}

export function readBlockYaml(text: string): ReadYaml | undefined {
  // A byte-order mark, tabs and carriage returns are legal YAML the general parser places exactly.
  if (text.charCodeAt(0) === 0xfeff || UNUSUAL.test(text) || DOCUMENT_MARKER.test(text)) return undefined
  try {
    const reader = new BlockReader(text)
    const root = reader.document()
    const lines = new LineCounter()
    lines.lineStarts = reader.lineStarts
    return { root, lines }
  } catch (error) {
    if (error instanceof NotSimple) return undefined
    throw error
  }
}

/**
 * Tabs, carriage returns and other control characters: legal or not, the general parser places them
 * exactly. So do the spaces JavaScript's `trim` removes and YAML keeps as content (NBSP, U+3000, U+FEFF...).
 */
const UNUSUAL = /[\x00-\x09\x0b-\x1f\x7f\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/
/** `---`, `...` at the start of a line: several documents, or an explicit one. */
const DOCUMENT_MARKER = /^(?:---|\.\.\.)(?:[ ]|$)/m
const INT = /^[-+]?[0-9]+$/
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/
/** What the core schema resolves in ways not worth repeating here: octal, hex, infinities, NaN. */
const RARE_NUMBER = /^(?:0o|0x|[-+]?\.(?:inf|Inf|INF)$|\.(?:nan|NaN|NAN)$)/
/** A plain scalar starts with none of YAML's indicators (`-` only before a space or nothing). */
const INDICATOR = /^(?:[?:,[\]{}#&*!|>'"%@`]|-(?:\s|$))/
/** `key:` then a space or the end: the first such colon ends a plain key. */
const KEY_END = /:(?: |$)/

/** The YAML 1.2 core schema's resolution of a plain scalar, as the general parser does it. */
function resolvePlain(text: string): string | number | boolean | null {
  if (text === '' || text === '~' || text === 'null' || text === 'Null' || text === 'NULL') return null
  if (text === 'true' || text === 'True' || text === 'TRUE') return true
  if (text === 'false' || text === 'False' || text === 'FALSE') return false
  if (RARE_NUMBER.test(text)) bail()
  if (INT.test(text)) return parseInt(text, 10)
  if (FLOAT.test(text)) return parseFloat(text)
  return text
}

interface Line {
  /** Offset of the line's first character in the file. */
  start: number
  indent: number
  /** Content after the indentation without its comment and trailing spaces; '' for a blank line. */
  text: string
}

class BlockReader {
  readonly lineStarts: number[] = [0]
  private readonly lines: Line[] = []
  private index = 0
  private depth = 0

  constructor(private readonly source: string) {
    let start = 0
    while (start <= source.length) {
      let end = source.indexOf('\n', start)
      if (end < 0) end = source.length
      else this.lineStarts.push(end + 1)
      let indent = start
      while (source.charCodeAt(indent) === 32) indent++
      this.lines.push({ start, indent: indent - start, text: withoutComment(source.slice(indent, end)) })
      start = end + 1
    }
  }

  document(): PlainNode {
    this.skipBlank()
    const first = this.current()
    if (!first) bail() // empty: the general parser says so
    const root = this.node(0)
    this.skipBlank()
    if (this.current()) bail()
    return root
  }

  private current(): Line | undefined {
    return this.lines[this.index]
  }

  private skipBlank(): void {
    while (this.index < this.lines.length && this.lines[this.index]!.text === '') this.index++
  }

  /** The node starting at the current line, at `minIndent` or deeper. */
  private node(minIndent: number): PlainNode {
    this.skipBlank()
    const line = this.current()
    if (!line || line.indent < minIndent) bail()
    const text = line.text
    if (isItem(text)) return this.sequence(line.indent)
    if (keyLength(text) >= 0) return this.mapping(line.indent)
    this.index++
    return valueAt(text, line.start + line.indent, this.depth)
  }

  /**
   * One more collection open: the loader refuses values nested deeper than MAX_DEPTH levels (a value
   * inside n collections is on level n + 1), and such a file is the general parser's to read.
   */
  private open(): void {
    if (++this.depth >= MAX_DEPTH) bail()
  }

  private mapping(indent: number): PlainNode {
    this.open()
    const map: PlainMap = { kind: 'map', items: [], range: [0] }
    const keys = new KeySet()
    for (;;) {
      this.skipBlank()
      const line = this.current()
      if (!line || line.indent < indent) break
      if (line.indent > indent) bail()
      const text = line.text
      const length = keyLength(text)
      if (length < 0) bail()
      const keyStart = line.start + indent
      const key = scalarAt(text.slice(0, length).trimEnd(), keyStart, true)
      keys.add(key) // a key written twice is the general parser's error
      this.index++
      let rest = length + 1
      while (text.charCodeAt(rest) === 32) rest++
      const value =
        rest >= text.length ? this.valueBelow(keyStart + length + 1, indent, true) : valueAt(text.slice(rest), keyStart + rest, this.depth)
      map.items.push({ kind: 'pair', key, value })
    }
    map.range = [map.items[0]!.key.range[0]]
    this.depth--
    return map
  }

  private sequence(indent: number): PlainNode {
    this.open()
    const seq: PlainSeq = { kind: 'seq', items: [], range: [0] }
    const start = this.current()!.start + indent
    for (;;) {
      this.skipBlank()
      const line = this.current()
      if (!line || line.indent < indent) break
      if (line.indent > indent) bail()
      // A sequence written at its key's column ends where the next key of that mapping starts.
      if (!isItem(line.text)) break
      let column = 1
      while (line.text.charCodeAt(column) === 32) column++
      const content = line.text.slice(column)
      const offset = line.start + indent + column
      if (content === '') {
        this.index++
        seq.items.push(this.valueBelow(line.start + indent + 1, indent, false))
      } else if (isItem(content) || keyLength(content) >= 0) {
        // A compact collection: read it as if it started on its own line at the content's column.
        this.lines[this.index] = { start: line.start, indent: indent + column, text: content }
        seq.items.push(this.node(indent + column))
      } else {
        this.index++
        seq.items.push(valueAt(content, offset, this.depth))
      }
    }
    seq.range = [start]
    this.depth--
    return seq
  }

  /** The value of `key:` or `-` with nothing after it: a deeper node, a sequence at the key's column, or null. */
  private valueBelow(after: number, indent: number, isKey: boolean): PlainNode {
    this.skipBlank()
    const next = this.current()
    if (next && next.indent > indent) return this.node(next.indent)
    if (isKey && next && next.indent === indent && isItem(next.text)) return this.sequence(indent)
    // The general parser places an empty value after the spaces that follow its indicator.
    let at = after
    while (this.source.charCodeAt(at) === 32) at++
    return { kind: 'scalar', value: null, source: '', type: 'PLAIN', range: [at] }
  }
}

function isItem(text: string): boolean {
  return text.charCodeAt(0) === 45 /* - */ && (text.length === 1 || text.charCodeAt(1) === 32)
}

/** Where the `:` of `key: value` is, or -1 when the line is no mapping entry the fast path reads. */
function keyLength(text: string): number {
  const first = text.charCodeAt(0)
  if (first === 34 /* " */ || first === 39 /* ' */) {
    const end = quotedEnd(text, 0)
    return text.charCodeAt(end) === 58 /* : */ && (end + 1 === text.length || text.charCodeAt(end + 1) === 32) ? end : -1
  }
  if (INDICATOR.test(text)) return -1
  const match = KEY_END.exec(text)
  // A key longer than 1024 characters is the general parser's error to report.
  return match && match.index <= 1000 ? match.index : -1
}

/** A value written on one line: a scalar, or a flow collection closed on that line, inside `depth` collections. */
function valueAt(text: string, offset: number, depth: number): PlainNode {
  const first = text.charCodeAt(0)
  if (first !== 91 /* [ */ && first !== 123 /* { */) return scalarAt(text, offset)
  const flow = new FlowReader(text, offset, depth)
  const node = flow.collection()
  if (!flow.atEnd()) bail()
  return node
}

/** One scalar written on one line (a key, or a value after `key: ` or `- `), at `offset` in the file. */
function scalarAt(text: string, offset: number, isKey = false): PlainScalar {
  const first = text.charCodeAt(0)
  if (first === 34 || first === 39) {
    const end = quotedEnd(text, 0)
    if (end !== text.length && !isKey) bail()
    const value = first === 39 ? text.slice(1, end - 1).replaceAll("''", "'") : doubleQuoted(text.slice(1, end - 1))
    const type = first === 39 ? 'QUOTE_SINGLE' : 'QUOTE_DOUBLE'
    return { kind: 'scalar', value, source: value, type, range: [offset] }
  }
  // Indicators, `key: value` inside a value, or a trailing `:` make something else than a plain scalar.
  if (INDICATOR.test(text) || text.includes(' #') || (!isKey && KEY_END.test(text)) || (isKey && text === '<<')) bail()
  return { kind: 'scalar', value: resolvePlain(text), source: text, type: 'PLAIN', range: [offset] }
}

/** The keys of one mapping; a key written twice sends the file to the general parser, which reports it. */
class KeySet {
  private readonly few: unknown[] = []
  private many?: Set<unknown>

  add(key: PlainScalar): void {
    // Equal as the general parser compares keys: by value (`a` and "a" are the same key, 1 and "1" are not).
    const value = key.value
    if (this.many) {
      if (this.many.has(value)) bail()
      this.many.add(value)
      return
    }
    if (this.few.includes(value)) bail()
    this.few.push(value)
    if (this.few.length > 16) this.many = new Set(this.few)
  }
}

/** The index after the closing quote of the quoted scalar at `start`; bails when it does not close on the line. */
function quotedEnd(text: string, start: number): number {
  const quote = text.charCodeAt(start)
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (quote === 39 && c === 39) {
      if (text.charCodeAt(i + 1) === 39) i++
      else return i + 1
    } else if (quote === 34 && c === 92 /* \ */) i++
    else if (quote === 34 && c === 34) return i + 1
  }
  bail()
}

/** The escapes YAML shares with JSON mean the same in both; any other escape goes to the general parser. */
function doubleQuoted(body: string): string {
  if (!body.includes('\\')) return body
  if (/\\(?!["\\/bfnrt]|u[0-9a-fA-F]{4})/.test(body)) bail()
  return JSON.parse(`"${body}"`) as string
}

/** The text without its comment: a `#` at the start or after a space, outside quotes. */
function withoutComment(text: string): string {
  if (!text.includes('#') && !text.includes("'") && !text.includes('"')) return text.trimEnd()
  let quote = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (quote !== 0) {
      if (c === quote) {
        if (quote === 39 && text.charCodeAt(i + 1) === 39) i++
        else quote = 0
      } else if (c === 92 && quote === 34) i++
      continue
    }
    const before = i === 0 ? 32 : text.charCodeAt(i - 1)
    if ((c === 34 || c === 39) && before === 32) quote = c
    else if (c === 35 /* # */ && before === 32) return text.slice(0, i).trimEnd()
  }
  if (quote !== 0) bail() // a quoted scalar over several lines
  return text.trimEnd()
}

/**
 * `[a, "b", 1]` and `{key: value, k: [x]}` closed on their line. Implicit pairs in a sequence, keys
 * without values, empty entries, trailing commas and `?` keys go to the general parser.
 */
class FlowReader {
  private position = 0

  constructor(
    private readonly text: string,
    private readonly offset: number,
    private depth: number,
  ) {}

  atEnd(): boolean {
    this.space()
    return this.position >= this.text.length
  }

  collection(): PlainNode {
    const start = this.offset + this.position
    const isMap = this.text.charCodeAt(this.position) === 123
    const close = isMap ? 125 /* } */ : 93 /* ] */
    const map: PlainMap = { kind: 'map', items: [], range: [0] }
    const seq: PlainSeq = { kind: 'seq', items: [], range: [0] }
    const keys = new KeySet()
    if (++this.depth >= MAX_DEPTH) bail()
    this.position++
    this.space()
    if (this.text.charCodeAt(this.position) !== close) {
      for (;;) {
        this.space()
        if (isMap) {
          const key = this.scalar(true)
          keys.add(key)
          if (this.text.charCodeAt(this.position) !== 58 /* : */ || this.text.charCodeAt(this.position + 1) !== 32) bail()
          this.position += 2
          this.space()
          const pair: PlainPair = { kind: 'pair', key, value: this.value() }
          map.items.push(pair)
        } else seq.items.push(this.value())
        this.space()
        const next = this.text.charCodeAt(this.position)
        if (next === close) break
        if (next !== 44 /* , */) bail()
        this.position++
        this.space()
        if (this.text.charCodeAt(this.position) === close) bail()
      }
    }
    this.position++
    this.depth--
    const node = isMap ? map : seq
    node.range = [start]
    return node
  }

  private value(): PlainNode {
    const c = this.text.charCodeAt(this.position)
    if (c === 91 || c === 123) return this.collection()
    const scalar = this.scalar(false)
    if (this.text.charCodeAt(this.position) === 58 /* : */) bail() // an implicit pair
    return scalar
  }

  private scalar(isKey: boolean): PlainScalar {
    const start = this.position
    const c = this.text.charCodeAt(start)
    if (c === 34 || c === 39) {
      this.position = quotedEnd(this.text, start)
      return scalarAt(this.text.slice(start, this.position), this.offset + start, true)
    }
    // A plain scalar in a flow collection ends at a flow indicator, or at `: ` / `:` + indicator.
    while (this.position < this.text.length) {
      const ch = this.text.charCodeAt(this.position)
      if (ch === 44 || ch === 91 || ch === 93 || ch === 123 || ch === 125) break
      if (ch === 58) {
        const after = this.text.charCodeAt(this.position + 1)
        if (isKey || after === 32 || after === 44 || after === 93 || after === 125 || Number.isNaN(after)) break
      }
      this.position++
    }
    const raw = this.text.slice(start, this.position)
    const text = raw.trimEnd()
    if (text === '') bail()
    return scalarAt(text, this.offset + start, isKey)
  }

  private space(): void {
    while (this.text.charCodeAt(this.position) === 32) this.position++
  }
}

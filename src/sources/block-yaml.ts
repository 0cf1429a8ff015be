/**
 * The fast path for YAML templates: block mappings and sequences, plain and quoted scalars, one-line
 * flow collections, CloudFormation's short-form tags and `|`/`>` block scalars, read line by line into
 * the positioned tree. That is how templates are written; anything else (anchors, multi-line flow or
 * plain scalars, other tags, directives) returns undefined and the general YAML reader takes over.
 */

import type { FunctionNode, MapEntry, ParsedTree, Scalar, TreeNode } from './tree.js'

class NotSimple extends Error {}

interface Line {
  /** 1-based. */
  number: number
  indent: number
  /** Content after the indentation, comment and trailing space removed; '' for a blank line. */
  text: string
  raw: string
}

export function parseBlockYaml(
  source: string,
  shortForms: ReadonlySet<string>,
  asFunction: (node: TreeNode) => TreeNode,
): ParsedTree | undefined {
  try {
    const reader = new BlockReader(source, shortForms, asFunction)
    const root = reader.document()
    return root ? { root, duplicates: reader.duplicates } : { duplicates: reader.duplicates }
  } catch (error) {
    if (error instanceof NotSimple) return undefined
    throw error
  }
}

function bail(): never {
  throw new NotSimple()
}

const INT = /^[-+]?[0-9]+$/
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/
/** `Key: rest`: a plain key may hold `:` not followed by a space (`AWS::Region`), or the key is quoted. */
const PLAIN_KEY = /^((?:[^\s'"{}[\],&*!|>%@`#?:-]|-(?=\S))(?:[^:]|:(?=\S))*?)\s*:(?:\s+(.*))?$/
const QUOTED_KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*')\s*:(?:\s+(.*))?$/

/** The key and the rest of a `key: rest` line, or undefined when the line is no mapping entry. */
function keyOf(text: string): { key: string; rest: string } | undefined {
  const plain = PLAIN_KEY.exec(text)
  if (plain) return { key: keyText(plain[1]!), rest: plain[2] ?? '' }
  const quotedKey = QUOTED_KEY.exec(text)
  if (quotedKey) return { key: quoted(quotedKey[1]!, 0).value, rest: quotedKey[2] ?? '' }
  return undefined
}

/** YAML 1.2 core schema, as the general reader resolves plain scalars. */
function resolvePlain(text: string): Scalar {
  if (text === '' || text === '~' || text === 'null' || text === 'Null' || text === 'NULL') return null
  if (text === 'true' || text === 'True' || text === 'TRUE') return true
  if (text === 'false' || text === 'False' || text === 'FALSE') return false
  if (INT.test(text) || FLOAT.test(text)) return Number(text)
  if (/^[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$/.test(text) || /^0[ox]/.test(text)) bail()
  return text
}

class BlockReader {
  readonly duplicates: ParsedTree['duplicates'] = []
  private readonly lines: Line[]
  private index = 0

  constructor(
    source: string,
    private readonly shortForms: ReadonlySet<string>,
    private readonly asFunction: (node: TreeNode) => TreeNode,
  ) {
    this.lines = source.split('\n').map((raw, i) => {
      const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
      const indent = line.length - line.trimStart().length
      if (line.slice(0, indent).includes('\t')) bail()
      return { number: i + 1, indent, text: stripComment(line.slice(indent)), raw: line }
    })
  }

  document(): TreeNode | undefined {
    this.skipBlank()
    const first = this.current()
    if (first && (first.text.startsWith('%') || first.text === '---' || first.text.startsWith('--- '))) bail()
    const root = first ? this.node(0) : undefined
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

  /** The node starting at the current line, at `indent` or deeper. */
  private node(minIndent: number): TreeNode {
    this.skipBlank()
    const line = this.current()
    if (!line || line.indent < minIndent) bail()
    if (line.text === '-' || line.text.startsWith('- ')) return this.sequence(line.indent)
    if (keyOf(line.text)) return this.mapping(line.indent)
    this.index++
    return this.inline(line.text, line, line.indent)
  }

  private mapping(indent: number): TreeNode {
    const entries = new Map<string, MapEntry>()
    const line = this.current()!.number
    for (;;) {
      this.skipBlank()
      const current = this.current()
      if (!current || current.indent < indent) break
      if (current.indent > indent) bail()
      const entry = keyOf(current.text)
      if (!entry) bail()
      const { key, rest } = entry
      this.index++
      const value = rest === '' ? this.valueBelow(current, indent, true) : this.inline(rest, current, indent)
      const earlier = entries.get(key)
      if (earlier) this.duplicates.push({ key, line: current.number, firstLine: earlier.line })
      entries.set(key, { line: current.number, value })
    }
    return this.asFunction({ kind: 'map', line, entries })
  }

  private sequence(indent: number): TreeNode {
    const items: TreeNode[] = []
    const line = this.current()!.number
    for (;;) {
      this.skipBlank()
      const current = this.current()
      if (!current || current.indent < indent) break
      if (current.indent > indent) bail()
      // A sequence written at its key's column ends where the next key of that mapping starts.
      if (!(current.text === '-' || current.text.startsWith('- '))) break
      const content = current.text.slice(1).trimStart()
      if (content === '') {
        this.index++
        items.push(this.valueBelow(current, indent, false))
        continue
      }
      const offset = current.indent + (current.text.length - content.length)
      if (content === '-' || content.startsWith('- ') || keyOf(content)) {
        // A compact collection: read it as if it started on its own line at the content's column.
        this.lines[this.index] = { ...current, indent: offset, text: content }
        items.push(this.node(offset))
        continue
      }
      this.index++
      items.push(this.inline(content, current, indent))
    }
    return { kind: 'list', line, items }
  }

  /** The value of `key:` or `-` with nothing after it: a deeper node, a sequence at the key's column, or null. */
  private valueBelow(owner: Line, indent: number, isKey: boolean): TreeNode {
    this.skipBlank()
    const next = this.current()
    if (next && next.indent > indent) return this.node(next.indent)
    if (isKey && next && next.indent === indent && (next.text === '-' || next.text.startsWith('- '))) return this.sequence(indent)
    return { kind: 'scalar', line: owner.number, value: null }
  }

  /** A value written after `key: ` or `- ` on `line`; `indent` is the column of its owner. */
  private inline(text: string, line: Line, indent: number): TreeNode {
    const first = text[0]
    if (first === '!') return this.tagged(text, line, indent)
    if (first === '&' || first === '*' || first === '?' || first === '%' || first === '@' || first === '`') bail()
    if (first === '|' || first === '>') return this.blockScalar(text, line, indent)
    if (first === '[' || first === '{') {
      const flow = new FlowReader(text, line.number, this.shortForms, this.asFunction)
      const node = flow.value()
      if (!flow.atEnd()) bail()
      return node
    }
    if (first === '"' || first === "'") {
      const { value, end } = quoted(text, 0)
      if (text.slice(end).trim() !== '') bail()
      return { kind: 'scalar', line: line.number, value }
    }
    if (/:\s|:$/.test(text) || text.startsWith('- ')) bail()
    return { kind: 'scalar', line: line.number, value: resolvePlain(text) }
  }

  private tagged(text: string, line: Line, indent: number): FunctionNode {
    const space = text.search(/\s/)
    const tag = space < 0 ? text : text.slice(0, space)
    const name = tag.slice(1)
    if (!this.shortForms.has(name)) bail()
    const longName = name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`
    const rest = space < 0 ? '' : text.slice(space).trim()
    if (rest === '') {
      const argument = this.valueBelow(line, indent, true)
      return {
        kind: 'function',
        line: argument.kind === 'scalar' && argument.value === null ? line.number : argument.line,
        name: longName,
        argument: argument.kind === 'scalar' && argument.value === null ? { kind: 'scalar', line: line.number, value: '' } : argument,
      }
    }
    if (rest.startsWith('!')) bail()
    const argument = this.inline(rest, line, indent)
    return { kind: 'function', line: line.number, name: longName, argument }
  }

  /** `|` keeps line breaks, `>` folds them; `-` strips the final break, `+` keeps trailing ones. */
  private blockScalar(header: string, line: Line, indent: number): TreeNode {
    const match = /^([|>])([-+]?)$/.exec(header)
    if (!match) bail()
    const [, style, chomp] = match
    const body: string[] = []
    let blockIndent: number | undefined
    while (this.index < this.lines.length) {
      const next = this.lines[this.index]!
      const blank = next.raw.trim() === ''
      if (!blank) {
        if (next.indent <= indent) break
        blockIndent ??= next.indent
        if (next.indent < blockIndent) bail()
      }
      body.push(blank ? '' : next.raw.slice(blockIndent))
      this.index++
    }
    // Trailing blank lines belong to the chomping, not to the next node.
    let trailing = 0
    while (body.length && body[body.length - 1] === '') {
      body.pop()
      trailing++
    }
    if (body.some((l) => /^\s/.test(l) && l !== '') && style === '>') bail()
    const content = style === '|' ? body.join('\n') : foldLines(body)
    const ending = body.length === 0 ? '' : chomp === '-' ? '' : chomp === '+' ? '\n'.repeat(trailing + 1) : '\n'
    return { kind: 'scalar', line: line.number, value: content + ending }
  }
}

/** Folded style: single line breaks become spaces, blank lines stay breaks. */
function foldLines(lines: string[]): string {
  let text = ''
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (i === 0) text = line
    else if (line === '') text += '\n'
    else text += lines[i - 1] === '' ? line : ` ${line}`
  }
  return text
}

function keyText(raw: string): string {
  const key = raw.trim()
  if (key === '~' || /^(null|Null|NULL|true|True|TRUE|false|False|FALSE)$/.test(key) || (FLOAT.test(key) && !INT.test(key))) bail()
  return INT.test(key) ? String(Number(key)) : key
}

/** The line without its comment: a `#` at the start or after a space, outside quotes. */
function stripComment(text: string): string {
  let quote: string | undefined
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quote) {
      if (c === quote) {
        if (quote === "'" && text[i + 1] === "'") i++
        else quote = undefined
      } else if (c === '\\' && quote === '"') i++
      continue
    }
    if ((c === '"' || c === "'") && (i === 0 || /[\s[{,:]/.test(text[i - 1]!))) quote = c
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) return text.slice(0, i).trimEnd()
  }
  if (quote) bail() // a quoted scalar over several lines
  return text.trimEnd()
}

/** A quoted scalar starting at `start`; double-quoted escapes as far as JSON shares them. */
function quoted(text: string, start: number): { value: string; end: number } {
  const quote = text[start]
  let i = start + 1
  let value = ''
  for (;;) {
    if (i >= text.length) bail()
    const c = text[i]!
    if (quote === "'" && c === "'") {
      if (text[i + 1] === "'") {
        value += "'"
        i += 2
        continue
      }
      return { value, end: i + 1 }
    }
    if (quote === '"' && c === '\\') {
      const escape = text.slice(i, i + (text[i + 1] === 'u' ? 6 : 2))
      if (!/^\\(["\\/bfnrt]|u[0-9a-fA-F]{4})$/.test(escape)) bail()
      value += JSON.parse(`"${escape}"`) as string
      i += escape.length
      continue
    }
    if (quote === '"' && c === '"') return { value, end: i + 1 }
    value += c
    i++
  }
}

/** `[a, !Ref B, {K: v}]` on one line. */
class FlowReader {
  private position = 0

  constructor(
    private readonly text: string,
    private readonly line: number,
    private readonly shortForms: ReadonlySet<string>,
    private readonly asFunction: (node: TreeNode) => TreeNode,
  ) {}

  atEnd(): boolean {
    this.space()
    return this.position >= this.text.length
  }

  private space(): void {
    while (this.text[this.position] === ' ') this.position++
  }

  value(): TreeNode {
    this.space()
    const c = this.text[this.position]
    const line = this.line
    if (c === '[') {
      this.position++
      const items: TreeNode[] = []
      this.space()
      if (this.text[this.position] === ']') {
        this.position++
        return { kind: 'list', line, items }
      }
      for (;;) {
        items.push(this.value())
        this.space()
        const next = this.text[this.position++]
        if (next === ']') return { kind: 'list', line, items }
        if (next !== ',') bail()
        this.space()
        if (this.text[this.position] === ']') bail()
      }
    }
    if (c === '{') {
      this.position++
      const entries = new Map<string, MapEntry>()
      this.space()
      if (this.text[this.position] === '}') {
        this.position++
        return { kind: 'map', line, entries }
      }
      for (;;) {
        this.space()
        const keyNode = this.scalar(true)
        if (keyNode.kind !== 'scalar' || keyNode.value === null) bail()
        const key = String(keyNode.value)
        this.space()
        if (this.text[this.position] !== ':') bail()
        this.position++
        const value = this.value()
        if (entries.has(key)) bail()
        entries.set(key, { line, value })
        this.space()
        const next = this.text[this.position++]
        if (next === '}') return this.asFunction({ kind: 'map', line, entries })
        if (next !== ',') bail()
      }
    }
    if (c === '!') {
      const match = /^!([A-Za-z]+)\s+/.exec(this.text.slice(this.position))
      if (!match || !this.shortForms.has(match[1]!)) bail()
      this.position += match[0].length
      const name = match[1] === 'Ref' || match[1] === 'Condition' ? match[1] : `Fn::${match[1]}`
      return { kind: 'function', line, name, argument: this.value() }
    }
    return this.scalar(false)
  }

  private scalar(isKey: boolean): TreeNode {
    const c = this.text[this.position]
    if (c === '"' || c === "'") {
      const { value, end } = quoted(this.text, this.position)
      this.position = end
      return { kind: 'scalar', line: this.line, value }
    }
    if (c === undefined || '&*?|>%@`#,[]{}!'.includes(c)) bail()
    const start = this.position
    while (this.position < this.text.length) {
      const ch = this.text[this.position]!
      if (ch === ',' || ch === ']' || ch === '}') break
      if (ch === ':' && (isKey || /[\s,\]}]/.test(this.text[this.position + 1] ?? ' '))) break
      this.position++
    }
    const text = this.text.slice(start, this.position).trim()
    if (text.includes(': ') || text.includes(' #')) bail()
    return { kind: 'scalar', line: this.line, value: resolvePlain(text) }
  }
}

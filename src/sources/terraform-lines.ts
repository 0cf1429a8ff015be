/**
 * Lines in `.tf` files, for a plan that has none: the block structure of HCL (blocks, their labels,
 * attribute names, each with its line), skipping strings, `${...}` templates, heredocs and comments so
 * that a brace inside `"${var.x}"` is never taken for a block's. Expressions themselves are not read.
 */

import { readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { readBounded } from '../read-regular-file.js'

/** A `.tf` file larger than this is not read: no configuration is near it. */
const MAX_TF_BYTES = 16 * 1024 * 1024

export interface HclBlock {
  type: string
  labels: string[]
  line: number
  /** Attribute name → line. */
  attributes: Map<string, number>
  blocks: HclBlock[]
}

export function parseHcl(text: string): HclBlock {
  const scanner = new Scanner(text)
  const root: HclBlock = { type: '', labels: [], line: 1, attributes: new Map(), blocks: [] }
  scanner.body(root, false)
  return root
}

const IDENTIFIER = /[A-Za-z0-9_-]/

class Scanner {
  private pos = 0
  private line = 1
  constructor(private readonly text: string) {}

  private get ch(): string | undefined {
    return this.text[this.pos]
  }

  private advance(): void {
    if (this.text[this.pos] === '\n') this.line++
    this.pos++
  }

  private skipBlank(newlines: boolean): void {
    for (;;) {
      const ch = this.ch
      if (ch === ' ' || ch === '\t' || ch === '\r' || (newlines && ch === '\n')) this.advance()
      else if (ch === '#' || (ch === '/' && this.text[this.pos + 1] === '/')) this.skipLineComment()
      else if (ch === '/' && this.text[this.pos + 1] === '*') this.skipBlockComment()
      else return
    }
  }

  private skipLineComment(): void {
    while (this.ch !== undefined && this.ch !== '\n') this.advance()
  }

  private skipBlockComment(): void {
    this.advance()
    this.advance()
    while (this.ch !== undefined && !(this.ch === '*' && this.text[this.pos + 1] === '/')) this.advance()
    this.advance()
    this.advance()
  }

  private identifier(): string {
    const start = this.pos
    while (this.ch !== undefined && IDENTIFIER.test(this.ch)) this.advance()
    return this.text.slice(start, this.pos)
  }

  body(block: HclBlock, closing: boolean): void {
    for (;;) {
      this.skipBlank(true)
      const ch = this.ch
      if (ch === undefined) return
      if (ch === '}') {
        this.advance()
        if (closing) return
        continue
      }
      if (!IDENTIFIER.test(ch)) {
        this.advance()
        continue
      }
      const line = this.line
      const name = this.identifier()
      this.skipBlank(false)
      if (this.ch === '=' && this.text[this.pos + 1] !== '=') {
        this.advance()
        block.attributes.set(name, line)
        this.skipExpression()
        continue
      }
      const labels: string[] = []
      for (;;) {
        this.skipBlank(false)
        if (this.ch === '"') labels.push(this.readStringLabel())
        else if (this.ch !== undefined && IDENTIFIER.test(this.ch)) labels.push(this.identifier())
        else break
      }
      if (this.ch === '{') {
        this.advance()
        const child: HclBlock = { type: name, labels, line, attributes: new Map(), blocks: [] }
        block.blocks.push(child)
        this.body(child, true)
      } else {
        this.skipExpression()
      }
    }
  }

  private readStringLabel(): string {
    const start = this.pos + 1
    this.skipString()
    return this.text.slice(start, this.pos - 1)
  }

  /** To the end of the expression: a newline or a closing brace outside any bracket. */
  private skipExpression(): void {
    let depth = 0
    for (;;) {
      const ch = this.ch
      if (ch === undefined) return
      if ((ch === '\n' || ch === '}') && depth === 0) return
      if (ch === '"') {
        this.skipString()
        continue
      }
      if (ch === '#' || (ch === '/' && this.text[this.pos + 1] === '/')) {
        this.skipLineComment()
        continue
      }
      if (ch === '/' && this.text[this.pos + 1] === '*') {
        this.skipBlockComment()
        continue
      }
      if (ch === '<' && this.text[this.pos + 1] === '<' && this.skipHeredoc()) continue
      if (ch === '(' || ch === '[' || ch === '{') depth++
      if (ch === ')' || ch === ']' || ch === '}') depth--
      this.advance()
    }
  }

  /** A quoted string, with `${...}` and `%{...}` templates that may hold strings of their own. */
  private skipString(): void {
    this.advance()
    for (;;) {
      const ch = this.ch
      if (ch === undefined || ch === '\n') return
      if (ch === '\\') {
        this.advance()
        this.advance()
        continue
      }
      if (ch === '"') {
        this.advance()
        return
      }
      if ((ch === '$' || ch === '%') && this.text[this.pos + 1] === '{') {
        this.skipTemplate()
        continue
      }
      this.advance()
    }
  }

  private skipTemplate(): void {
    this.advance()
    this.advance()
    let depth = 1
    while (depth > 0 && this.ch !== undefined) {
      if (this.ch === '"') {
        this.skipString()
        continue
      }
      if (this.ch === '{') depth++
      if (this.ch === '}') depth--
      this.advance()
    }
  }

  /** `<<EOT` or `<<-EOT` up to the line holding only the marker; false when this is not a heredoc. */
  private skipHeredoc(): boolean {
    const match = /^<<-?([A-Za-z_][A-Za-z0-9_]*)[ \t]*\r?\n/.exec(this.text.slice(this.pos, this.pos + 200))
    if (!match) return false
    const marker = match[1]!
    while (this.ch !== undefined && this.ch !== '\n') this.advance()
    for (;;) {
      if (this.ch === undefined) return true
      this.advance() // the newline
      const end = this.text.indexOf('\n', this.pos)
      const lineText = this.text.slice(this.pos, end < 0 ? undefined : end)
      if (lineText.trim() === marker) {
        while (this.ch !== undefined && this.ch !== '\n') this.advance()
        return true
      }
      while (this.ch !== undefined && this.ch !== '\n') this.advance()
    }
  }
}

/** The parsed `.tf` files of one folder, read once per run. */
export class TerraformFolders {
  private readonly parsed = new Map<string, { file: string; root: HclBlock }[]>()
  private readonly texts = new Map<string, string[]>()

  files(dir: string): { file: string; root: HclBlock }[] {
    const absolute = resolve(dir)
    let files = this.parsed.get(absolute)
    if (!files) {
      let names: string[]
      try {
        names = readdirSync(absolute)
          .filter((name) => name.endsWith('.tf'))
          .sort()
      } catch {
        names = []
      }
      files = names.map((name) => {
        const file = join(absolute, name)
        // Regular files only, never blocking, bounded: a `.tf` link to a device reads as empty.
        const read = readBounded(file, MAX_TF_BYTES)
        const text = 'bytes' in read ? read.bytes.toString('utf8') : ''
        this.texts.set(file, text.split('\n'))
        return { file, root: parseHcl(text) }
      })
      this.parsed.set(absolute, files)
    }
    return files
  }

  /** Line `line` (1-based) of a `.tf` file these folders read, else ''. */
  line(file: string, line: number): string {
    return this.texts.get(file)?.[line - 1] ?? ''
  }

  /** `resource "<type>" "<name>" {` in the folder's `.tf` files. */
  resource(dir: string, type: string, name: string): { file: string; block: HclBlock } | undefined {
    for (const { file, root } of this.files(dir)) {
      const block = root.blocks.find((b) => b.type === 'resource' && b.labels[0] === type && b.labels[1] === name)
      if (block) return { file, block }
    }
    return undefined
  }
}

/** The nested blocks of one type, in source order. */
export function blocksOf(block: HclBlock | undefined, type: string): HclBlock[] {
  return block ? block.blocks.filter((b) => b.type === type) : []
}

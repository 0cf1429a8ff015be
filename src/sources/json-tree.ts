/**
 * The fast path for JSON sources (CDK templates, plans, CloudFront's output): one pass over the text
 * that builds the positioned tree directly, counting lines as it goes. The general YAML reader is
 * several times slower on the same text; anything this reader does not accept goes to it instead.
 */

import type { MapEntry, ParsedTree, Scalar, TreeNode } from './tree.js'

export function parseJsonTree(text: string, asFunction: (node: TreeNode) => TreeNode): ParsedTree | undefined {
  const reader = new JsonReader(text, asFunction)
  try {
    reader.space()
    const root = reader.value()
    reader.space()
    if (reader.position !== text.length) return undefined
    return { root, duplicates: reader.duplicates }
  } catch (error) {
    if (error instanceof NotJson) return undefined
    throw error
  }
}

class NotJson extends Error {}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y

class JsonReader {
  position = 0
  line = 1
  readonly duplicates: ParsedTree['duplicates'] = []

  constructor(
    private readonly text: string,
    private readonly asFunction: (node: TreeNode) => TreeNode,
  ) {}

  space(): void {
    const text = this.text
    for (;;) {
      const c = text.charCodeAt(this.position)
      if (c === 10) this.line++
      else if (c !== 32 && c !== 9 && c !== 13) return
      this.position++
    }
  }

  value(): TreeNode {
    const c = this.text[this.position]
    const line = this.line
    if (c === '{') return this.object(line)
    if (c === '[') return this.array(line)
    if (c === '"') return { kind: 'scalar', line, value: this.string() }
    return { kind: 'scalar', line, value: this.literal() }
  }

  private object(line: number): TreeNode {
    this.position++
    const entries = new Map<string, MapEntry>()
    this.space()
    if (this.text[this.position] === '}') {
      this.position++
      return { kind: 'map', line, entries }
    }
    for (;;) {
      this.space()
      if (this.text[this.position] !== '"') throw new NotJson()
      const keyLine = this.line
      const key = this.string()
      this.space()
      if (this.text[this.position] !== ':') throw new NotJson()
      this.position++
      this.space()
      const value = this.value()
      const earlier = entries.get(key)
      if (earlier) this.duplicates.push({ key, line: keyLine, firstLine: earlier.line })
      entries.set(key, { line: keyLine, value })
      this.space()
      const next = this.text[this.position++]
      if (next === '}') return this.asFunction({ kind: 'map', line, entries })
      if (next !== ',') throw new NotJson()
    }
  }

  private array(line: number): TreeNode {
    this.position++
    const items: TreeNode[] = []
    this.space()
    if (this.text[this.position] === ']') {
      this.position++
      return { kind: 'list', line, items }
    }
    for (;;) {
      this.space()
      items.push(this.value())
      this.space()
      const next = this.text[this.position++]
      if (next === ']') return { kind: 'list', line, items }
      if (next !== ',') throw new NotJson()
    }
  }

  /** A string token; escapes through JSON.parse, which knows them all. */
  private string(): string {
    const start = this.position
    let escaped = false
    let i = start + 1
    for (;;) {
      const c = this.text.charCodeAt(i)
      if (Number.isNaN(c) || c === 10 || c === 13) throw new NotJson()
      if (c === 92) {
        escaped = true
        i += 2
        continue
      }
      if (c === 34) break
      i++
    }
    this.position = i + 1
    const raw = this.text.slice(start + 1, i)
    return escaped ? (JSON.parse(`"${raw}"`) as string) : raw
  }

  private literal(): Scalar {
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (this.text.startsWith(word, this.position)) {
        this.position += word.length
        return value
      }
    }
    NUMBER.lastIndex = this.position
    const match = NUMBER.exec(this.text)
    if (!match) throw new NotJson()
    this.position += match[0].length
    return Number(match[0])
  }
}

import { LineCounter, parseDocument } from 'yaml'
import { describe, expect, it } from 'vitest'
import { readBlockYaml } from '../../../src/config/block-yaml-reader.js'
import { measureDocument } from '../../../src/config/limits.js'
import { parseConfig, shape } from './both-readers.js'

const ORIGIN = 'version: 1\norigins:\n  - name: a\n    domain: a.example.com\n'

/** The nodes the line reader builds for `text`, next to the general parser's. */
function bothShapes(text: string): { line: unknown; general: unknown } | undefined {
  const fast = readBlockYaml(text)
  if (!fast) return undefined
  const lines = new LineCounter()
  const general = parseDocument(text, { lineCounter: lines })
  expect(general.errors).toEqual([])
  return { line: shape(fast.root, fast.lines), general: shape(general.contents, lines) }
}

/** A small deterministic generator: the same variants every run. */
function seeded(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
}

describe('the line reader for configs', () => {
  it('builds the nodes the general parser builds, ranges included, for the shapes configs are written in', () => {
    const texts = [
      ORIGIN,
      `# a comment first\n\n${ORIGIN}    https-port: 8443   # trailing comment\n`,
      'version: 1\norigins:\n- name: a\n  domain: a.example.com\n  ssl-protocols:\n  - TLSv1.2\n  -\n  - "TLSv1.3"\n',
      `${ORIGIN}    health:\n      path: '/it''s'\n      headers:\n        X-A: "tab\\there \\u00e9"\n        "X-B": 'b # not a comment'\n`,
      `${ORIGIN}    ssl-protocols: [TLSv1.2, 'TLSv1.3' ]\n    health: {path: /h, expect-status: [200, 204], headers: {}}\n`,
      `${ORIGIN}    addresses: []\n    https-port: 1e3\n    http-port: +80\n    timeouts:\n      read-ms: 1.50\n`,
      `${ORIGIN}    empty:\n    tilde: ~\n    yes: True\n    no: FALSE\n`,
      `${ORIGIN}    1: numeric key\n    a:b: colon inside\n    url: http://x.example/a#b\n`,
      '  version: 1\n  origins:\n    - - nested\n      - list\n    - name: x\n',
      'just a scalar\n',
      'version: 1',
    ]
    for (const text of texts) {
      const shapes = bothShapes(text)
      expect(shapes, text).toBeDefined()
      expect(shapes!.line, text).toEqual(shapes!.general)
    }
  })

  it('reads values nested as deep as the loader allows, and leaves deeper ones to the general parser', () => {
    const nested = (levels: number): string => {
      const lines = ['version: 1', 'origins:', '  - name: a', '    domain: a.example.com', '    health:']
      // The root, origins, the origin and health are four collections; each key below opens one more.
      for (let i = 0; i < levels - 4; i++) lines.push(`${'  '.repeat(i + 3)}k${i}:`)
      lines.push(`${'  '.repeat(levels - 1)}x: 1`)
      return `${lines.join('\n')}\n`
    }
    expect(measureDocument(parseDocument(nested(63)).contents).depth).toBe(64)
    expect(readBlockYaml(nested(63))).toBeDefined()
    expect(readBlockYaml(nested(64))).toBeUndefined()
    expect(readBlockYaml(`${ORIGIN}    addresses: ${'['.repeat(60)}${']'.repeat(60)}\n`)).toBeDefined()
    expect(readBlockYaml(`${ORIGIN}    addresses: ${'['.repeat(61)}${']'.repeat(61)}\n`)).toBeUndefined()
  })

  it('leaves every other construct to the general parser', () => {
    const refused = {
      anchors: `${ORIGIN}    health: &h {path: /}\n`,
      aliases: `${ORIGIN}    host-header: *d\n`,
      tags: `${ORIGIN}    https-port: !!int 443\n`,
      'block scalars': `${ORIGIN}    name: |\n      x\n`,
      'flow over lines': `${ORIGIN}    ssl-protocols: [TLSv1.2,\n      TLSv1.3]\n`,
      'plain scalars over lines': `${ORIGIN}    path: /a\n      b\n`,
      'quoted scalars over lines': `${ORIGIN}    path: "/a\n      b"\n`,
      'several documents': `${ORIGIN}---\nversion: 1\n`,
      'explicit document': `---\n${ORIGIN}`,
      directives: `%YAML 1.2\n---\n${ORIGIN}`,
      'duplicate keys': `${ORIGIN}    domain: b.example.com\n`,
      'duplicate keys in flow': `${ORIGIN}    health: {path: /, path: /b}\n`,
      tabs: `${ORIGIN}    domain:\tb.example.com\n`,
      'carriage returns': ORIGIN.replaceAll('\n', '\r\n'),
      'byte-order mark': `\uFEFF${ORIGIN}`,
      // JavaScript trims these; YAML keeps them as content.
      'a no-break space after a value': `${ORIGIN}    path: /a\u00a0\n`,
      'an ideographic space after a key': `${ORIGIN}    path\u3000: /a\n`,
      'a no-break space in a flow list': `${ORIGIN}    addresses: [a\u00a0, b]\n`,
      'complex keys': `${ORIGIN}    ? a\n    : b\n`,
      'merge keys': `${ORIGIN}    <<: {a: 1}\n`,
      'hex and infinity': `${ORIGIN}    https-port: 0x1bb\n    x: .inf\n`,
      'other escapes': `${ORIGIN}    path: "\\x41"\n`,
      'trailing commas': `${ORIGIN}    addresses: [a, ]\n`,
      'implicit pairs in flow sequences': `${ORIGIN}    addresses: [a: b]\n`,
      'over-long keys': `${ORIGIN}    ${'k'.repeat(1100)}: v\n`,
      'deep nesting': `${ORIGIN}    addresses: ${'['.repeat(100)}${']'.repeat(100)}\n`,
      empty: '# nothing\n',
    }
    for (const [name, text] of Object.entries(refused)) expect(readBlockYaml(text), name).toBeUndefined()
  })

  it('gives the config or the problems the general parser gives, for hundreds of damaged configs', () => {
    const base = [
      'version: 1',
      'defaults:',
      '  edge: cloudfront',
      "  ssl-protocols: [TLSv1.2, 'TLSv1.3']",
      'origins:',
      '  - name: a   # first',
      '    domain: a.example.com',
      '    https-port: 443',
      '    health:',
      '      path: "/h"',
      '      expect-status: [200, 204]',
      '      headers:',
      '        X-A: b',
      '  - name: b',
      '    domain: b.example.com',
      '    addresses:',
      '      - 127.0.0.1',
      '',
    ].join('\n')
    const marks = [':', '-', ' ', '  ', '#', "'", '"', '[', ']', '{', '}', ',', '\n', '&', '*', '!', '|', '?', 'x', '0', '\\']
    const random = seeded(7)
    let lineReaderTook = 0
    for (let i = 0; i < 600; i++) {
      let text = base
      for (let edits = 1 + Math.floor(random() * 2); edits > 0; edits--) {
        const at = Math.floor(random() * text.length)
        const mark = marks[Math.floor(random() * marks.length)]!
        text = random() < 0.5 ? text.slice(0, at) + mark + text.slice(at + 1) : text.slice(0, at) + mark + text.slice(at)
      }
      if (readBlockYaml(text)) lineReaderTook++
      try {
        parseConfig(text, 'origin-preflight.yml', {}, new Date('2025-03-01T00:00:00Z'))
      } catch (error) {
        if ((error as Error).name === 'AssertionError') {
          throw new Error(`${JSON.stringify(text)}\n${(error as Error).message}`, { cause: error })
        }
      }
    }
    // Most damage still leaves a file of the usual shape: the comparison is not vacuous.
    expect(lineReaderTook).toBeGreaterThan(200)
  }, 60_000)
})

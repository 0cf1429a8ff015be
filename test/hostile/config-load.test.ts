import { LineCounter, parseDocument } from 'yaml'
import { describe, expect, it } from 'vitest'
import { parseConfig } from '../../src/config/load.js'
import { ConfigError } from '../../src/errors.js'
import { manyOrigins } from '../helpers/many-origins.js'
import { configFile, runCli } from './cli-io.js'

/** `origins` origins sharing one anchored health block of `headers` headers: a small file, a huge tree. */
function aliasBomb(origins: number, headers: number): string {
  const lines = ['version: 1', 'defaults:', '  health: &h', '    path: /h', '    headers:']
  for (let i = 0; i < headers; i++) lines.push(`      X-H${i}: v`)
  lines.push('origins:')
  for (let i = 0; i < origins; i++) lines.push(`  - {name: o${i}, domain: o${i}.example.com, health: *h}`)
  return `${lines.join('\n')}\n`
}

function problemsOf(text: string): string[] {
  try {
    parseConfig(text, 'origin-preflight.yml', {})
    return []
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    return error.problems.map((problem) => `${problem.path}: ${problem.message}`)
  }
}

const ms = (action: () => void): number => {
  const start = performance.now()
  action()
  return performance.now() - start
}

describe('loading a config', () => {
  it('grows linearly: validating costs a small multiple of parsing the YAML, at 1,000 and at 4,000 origins', () => {
    for (const count of [1000, 4000]) {
      const text = manyOrigins(count)
      const parse = ms(() => parseDocument(text, { lineCounter: new LineCounter() }))
      const load = ms(() => expect(parseConfig(text, 'origin-preflight.yml', {}).origins).toHaveLength(count))
      expect(load / parse, `${count} origins: load ${Math.round(load)} ms, parse ${Math.round(parse)} ms`).toBeLessThan(4)
    }
  }, 120_000)

  it('refuses aliases that expand far beyond the file (a budget, as a config error), quickly', () => {
    const text = aliasBomb(1500, 1500)
    let problems: string[] = []
    const took = ms(() => (problems = problemsOf(text)))
    expect(problems).toEqual([expect.stringMatching(/^origins\[\d+\]\.health: aliases expand to more than \d+ values/)])
    expect(took).toBeLessThan(20_000)
    // Sharing through an alias as a config would: fine.
    expect(problemsOf(aliasBomb(200, 3))).toEqual([])
  }, 120_000)

  it('refuses deep nesting with a config error naming the limit, exit 2, no stack trace', async () => {
    for (const depth of [100, 2000]) {
      const lines = ['version: 1', 'origins:', '  - name: a', '    domain: a.example.com', '    health:']
      for (let i = 0; i < depth; i++) lines.push(`${'  '.repeat(i + 3)}k${i}:`)
      lines.push(`${'  '.repeat(depth + 3)}x: 1`)
      const run = await runCli(['validate', '--config', configFile(`${lines.join('\n')}\n`)])
      expect(run.code, `depth ${depth}`).toBe(2)
      expect(run.stderr).toMatch(/nests deeper than 64 levels/)
      expect(run.stderr).not.toMatch(/call stack|\s{4}at /)
    }
    const flow = `version: 1\norigins:\n  - name: a\n    domain: a.example.com\n    addresses: ${'['.repeat(3000)}${']'.repeat(3000)}\n`
    expect(problemsOf(flow)).toEqual([expect.stringMatching(/nests deeper than 64 levels/)])
  })
})

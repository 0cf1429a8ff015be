import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { parseConfig } from './config/both-readers.js'
import { FUNCTION_SCENARIOS, SOURCE_FUNCTION_SCENARIOS } from '../../src/lab/function-scenarios.js'
import { SCENARIOS } from '../../src/lab/scenarios.js'
import { sectionOf, tableRows } from '../helpers/markdown.js'

/** The README's ```yaml blocks that are configs (they have `origins:`), not workflows. */
function configExamples(): string[] {
  const readme = readFileSync('README.md', 'utf8')
  return [...readme.matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)]
    .map((match) => match[1]!)
    .filter((text) => {
      const value = parse(text) as unknown
      return typeof value === 'object' && value !== null && 'origins' in value
    })
}

describe('the README', () => {
  it('shows a config example the loader accepts, with its secret read from the environment', () => {
    const examples = configExamples()
    expect(examples.length).toBeGreaterThan(0)
    for (const example of examples) {
      const config = parseConfig(example, '.github/origin-preflight.yml', { ORIGIN_VERIFY_SECRET: 'readme-secret' })
      expect(config.origins.length).toBeGreaterThan(0)
      expect(config.secrets).toEqual(['readme-secret'])
    }
  })

  it('describes every input and output of action.yml, and no other', () => {
    const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: object; outputs: object }
    const section = sectionOf('README.md', '## The action')
    const inputs = tableRows(section).map(([name]) => name!.replace(/^`(.*)`$/, '$1'))
    expect(inputs.sort()).toEqual(Object.keys(action.inputs).sort())
    for (const output of Object.keys(action.outputs)) expect(section, output).toContain(`\`${output}\``)
  })

  it('lists every lab origin and edge function once, with the codes the lab expects of it', () => {
    const rows = tableRows(sectionOf('README.md', '## What the lab plants, and what the gate says'))
    const planted = [...SCENARIOS, ...FUNCTION_SCENARIOS, ...SOURCE_FUNCTION_SCENARIOS]
    expect(rows.map(([name]) => name).sort()).toEqual(planted.map((scenario) => scenario.name).sort())
    for (const scenario of planted) {
      const expected = rows.find(([name]) => name === scenario.name)!.at(-1)!
      const codes = new Set([...expected.matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((match) => match[1]))
      expect([...codes].sort(), scenario.name).toEqual([...new Set(scenario.expect.map((e) => e.code))].sort())
    }
  })
})

import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startLab, type Lab } from '../../src/lab/lab.js'
import { cleanEnv, runNode } from '../helpers/run-node.js'
import { sarifSchemaErrors } from '../helpers/sarif-schema.js'

const CLI = resolve('dist/cli/index.js')

interface Sarif {
  runs: {
    results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[]
  }[]
}

describe('`check --format sarif` of the bundled CLI', () => {
  let lab: Lab
  beforeAll(async () => {
    lab = await startLab()
  })
  afterAll(() => lab.close())

  it('writes SARIF 2.1.0 located at the config fields, from the directory the config is given relative to', async () => {
    const run = await runNode(
      CLI,
      ['check', '--config', 'origin-preflight.yml', '--format', 'sarif', '--origin', 'refused-port', '--origin', 'name-mismatch'],
      {
        env: cleanEnv(),
        cwd: lab.dir,
      },
    )
    expect(run.code).toBe(1)
    const sarif = JSON.parse(run.stdout) as Sarif
    expect(sarifSchemaErrors(sarif)).toEqual([])
    const config = readFileSync(lab.configPath, 'utf8').split('\n')
    const fieldLine = (origin: string, key: string) => {
      const start = config.indexOf(`  - name: ${origin}`)
      return start + config.slice(start).findIndex((line) => line.startsWith(`    ${key}:`)) + 1
    }
    const located = sarif.runs[0]!.results.map((r) => [
      r.ruleId,
      r.locations[0]!.physicalLocation.artifactLocation.uri,
      r.locations[0]!.physicalLocation.region.startLine,
    ])
    expect(located).toEqual([
      ['CERT_NAME_MISMATCH', 'origin-preflight.yml', fieldLine('name-mismatch', 'domain')],
      ['PORT_REFUSED', 'origin-preflight.yml', fieldLine('refused-port', 'https-port')],
    ])
  })
})

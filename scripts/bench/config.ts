/**
 * The config benchmark: 1,000 and 10,000 origins (name, domain, port, health path and header each;
 * 10,000 is 1.2 MB in 70,000 lines) parsed by the general YAML parser, by the line reader, loaded and
 * validated in process, and validated by the bundled CLI (`npm run package` first) as a user runs it.
 * The target is under 1 s of CLI wall time for 10,000 origins on a quiet machine: the load average
 * is printed beside the figures, since other work on the machine slows them.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { LineCounter, parseDocument } from 'yaml'
import { readBlockYaml } from '../../src/config/block-yaml-reader.js'
import { parseConfig } from '../../src/config/load.js'
import { manyOrigins } from '../../test/helpers/many-origins.js'

const ROUNDS = 3
const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli', 'index.js')

function time(fn: () => void): number {
  const started = performance.now()
  fn()
  return performance.now() - started
}

const median = (list: number[]): string => `${Math.round([...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!)} ms`
const load = (): string => `load average ${loadavg()[0]!.toFixed(2)}`

export function run(): Promise<void> {
  const directory = mkdtempSync(join(tmpdir(), 'op-bench-config-'))
  console.log(`median of ${ROUNDS}; ${load()} at the start`)
  for (const count of [1000, 10_000]) {
    const text = manyOrigins(count)
    const file = join(directory, `origins-${count}.yml`)
    writeFileSync(file, text)
    const general: number[] = []
    const lines: number[] = []
    const loaded: number[] = []
    const cli: number[] = []
    for (let round = 0; round < ROUNDS; round++) {
      general.push(time(() => parseDocument(text, { lineCounter: new LineCounter() })))
      lines.push(
        time(() => {
          if (!readBlockYaml(text)) throw new Error('the line reader refused the config')
        }),
      )
      loaded.push(
        time(() => {
          if (parseConfig(text, file, {}).origins.length !== count) throw new Error(`expected ${count} origins`)
        }),
      )
      const validate = (): void => void execFileSync(process.execPath, [CLI, 'validate', '--config', file], { stdio: 'ignore' })
      if (existsSync(CLI)) cli.push(time(validate))
    }
    const wall = cli.length > 0 ? `CLI validate ${median(cli)} wall` : 'CLI: no bundle (npm run package)'
    const size = `${(text.length / 1e6).toFixed(1)} MB`
    const inProcess = `YAML parse ${median(general)}, line reader ${median(lines)}, load + validate ${median(loaded)}`
    console.log(`${count} origins (${size}): ${inProcess}, ${wall}; ${load()}`)
  }
  return Promise.resolve()
}

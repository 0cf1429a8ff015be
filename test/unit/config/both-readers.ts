/**
 * The config tests load every text through both YAML readers, the line reader for the usual block
 * shape and the general parser, and require the same config or the same problems (positions and
 * all) from each: whichever path read a file must not show.
 */

import { readFileSync } from 'node:fs'
import { LineCounter, parseDocument } from 'yaml'
import { isMap, isScalar, isSeq } from '../../../src/config/nodes.js'
import { expect } from 'vitest'
import { readBlockYaml } from '../../../src/config/block-yaml-reader.js'
import { MAX_DEPTH, measureDocument } from '../../../src/config/limits.js'
import * as load from '../../../src/config/load.js'
import { ConfigError } from '../../../src/errors.js'
import type { Config } from '../../../src/config/types.js'

/** How many texts the line reader took (the rest went to the general parser): a test can check it was used. */
export const lineReaderTook = { texts: 0 }

export function parseConfig(text: string, file: string, env: NodeJS.ProcessEnv = process.env, today: Date = new Date()): Config {
  const general = outcome(() => load.parseConfig(text, file, env, today, 'general'))
  const either = outcome(() => load.parseConfig(text, file, env, today))
  const fast = readBlockYaml(text)
  if (fast) {
    lineReaderTook.texts++
    const lines = new LineCounter()
    const document = parseDocument(text, { lineCounter: lines })
    expect(shape(fast.root, fast.lines)).toEqual(shape(document.contents, lines))
    // The loader skips measuring what the line reader read: it must be within the depth limit.
    expect(measureDocument(fast.root).depth).toBeLessThanOrEqual(MAX_DEPTH)
  }
  expect(either).toEqual(general)
  if ('error' in either) throw either.error
  return either.config
}

export function loadConfig(file: string, env: NodeJS.ProcessEnv = process.env, today: Date = new Date()): Config {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    return load.loadConfig(file, env, today)
  }
  return parseConfig(text, file, env, today)
}

function outcome(parse: () => Config): { config: Config } | { error: unknown; problems?: unknown; secrets?: unknown } {
  try {
    return { config: parse() }
  } catch (error) {
    if (error instanceof ConfigError) return { error, problems: error.problems, secrets: error.secrets }
    return { error }
  }
}

/** What the config reader can see of a node: its kind, values, source text and where it starts. */
export function shape(node: unknown, lines: LineCounter): unknown {
  const range = (node as { range?: [number, number, number] } | null)?.range
  const at = range ? lines.linePos(range[0]) : undefined
  if (isMap(node)) return { map: node.items.map((pair) => [shape(pair.key, lines), shape(pair.value, lines)]), at }
  if (isSeq(node)) return { seq: node.items.map((item) => shape(item, lines)), at }
  if (isScalar(node)) return { value: node.value, source: node.source, type: node.type, at }
  return { other: String(node) }
}

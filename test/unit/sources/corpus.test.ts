import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { guessKind, readSource } from '../../../src/sources/index.js'

/**
 * Real third-party templates and plans are not part of this repository. Point this variable at a folder
 * of them to check that every reader survives what real repositories contain.
 */
const CORPUS = process.env['ORIGIN_PREFLIGHT_IAC_CORPUS']
const files = CORPUS
  ? readdirSync(CORPUS)
      .filter((name) => /\.(ya?ml|json|template)$/.test(name))
      .map((name) => join(CORPUS, name))
  : []

describe.skipIf(files.length === 0)('readers on a corpus of real infrastructure code', () => {
  it.each(files)('%s reads without throwing, every origin named and located', (file) => {
    const text = readFileSync(file, 'utf8')
    const result = readSource(guessKind(text), text, file)
    for (const origin of result.origins) {
      expect(origin.name).toContain('/')
      expect(origin.line).toBeGreaterThan(0)
      expect(origin.skipped !== undefined || origin.domain.value !== undefined || origin.unchecked.length > 0).toBe(true)
    }
    for (const finding of result.findings) expect(finding.line).toBeGreaterThan(0)
  })
})

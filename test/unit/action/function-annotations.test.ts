import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { annotationsByOrigin, findingAnnotations } from '../../../src/action/annotations.js'
import { findingSlots, selectAnnotations } from '../../../src/action/annotation-limits.js'
import { edgeFunctionFinding } from '../../../src/engine/run-functions.js'
import { reportWithFunctions } from '../report/fixtures.js'
import { sampleConfig } from './fixtures.js'

const repoRoot = path.resolve('/repo')
const configFile = path.join(repoRoot, '.github', 'origin-preflight.yml')

describe('edge-function annotations', () => {
  it('puts each function finding at its code’s file and line, titled CODE function', () => {
    const config = sampleConfig(configFile)
    const annotations = findingAnnotations(reportWithFunctions(), config.origins, configFile, repoRoot)
    const fn = annotations.filter((a) => a.properties.title?.startsWith('EDGE_FUNCTION_'))
    expect(fn.map((a) => [a.level, a.properties.title, a.properties.file, a.properties.startLine])).toEqual([
      ['error', 'EDGE_FUNCTION_THREW cookie-auth', 'edge/auth.js', 7],
    ])
    expect(fn[0]!.message).toMatch(/^cookie-auth failed on request get-root \(viewer-request\)/)
  })

  it('names the file from the repository root when the config is not in .github/', () => {
    const config = path.join(repoRoot, 'deploy', 'preflight.yml')
    const annotations = findingAnnotations(reportWithFunctions(), [], config, repoRoot)
    expect(annotations.find((a) => a.properties.title === 'EDGE_FUNCTION_THREW cookie-auth')?.properties.file).toBe('deploy/edge/auth.js')
  })

  it('within the per-level limits: one per origin or function before a second of any, errors first', () => {
    const report = reportWithFunctions()
    const noisy = report.functions![0]!
    noisy.findings = Array.from({ length: 12 }, (_, i) =>
      edgeFunctionFinding({
        code: 'EDGE_FUNCTION_THREW',
        function: noisy.name,
        file: noisy.file,
        line: 10 + i,
        details: { event: 'viewer-request', request: `r${i}`, outcome: 'threw', error: 'Error', errorMessage: 'x' },
      }),
    )
    const selection = selectAnnotations(
      annotationsByOrigin(report, sampleConfig(configFile).origins, configFile, repoRoot),
      findingSlots({ failing: true, mayNotice: false }),
    )
    const errors = selection.shown.filter((a) => a.level === 'error')
    expect(errors).toHaveLength(9)
    // The origins' two errors are not crowded out by the function's twelve.
    expect(errors.filter((a) => a.properties.file === '.github/origin-preflight.yml')).toHaveLength(2)
    expect(errors.filter((a) => a.properties.file === 'edge/auth.js').map((a) => a.properties.startLine)).toEqual([
      10, 11, 12, 13, 14, 15, 16,
    ])
    expect(selection.notShown.error).toBe(5)
    expect(selection.shown[0]!.level).toBe('error')
  })
})

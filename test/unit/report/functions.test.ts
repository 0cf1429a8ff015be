import { describe, expect, it } from 'vitest'
import { renderJson } from '../../../src/report/json.js'
import { renderMarkdown } from '../../../src/report/markdown.js'
import { MergeError, mergeReports } from '../../../src/report/merge.js'
import { renderSarif } from '../../../src/report/sarif.js'
import { renderText } from '../../../src/report/text.js'
import type { Report } from '../../../src/engine/report.js'
import { sarifSchemaErrors } from '../../helpers/sarif-schema.js'
import { reportWithFunctions, sampleReport } from './fixtures.js'

describe('edge functions in the reports', () => {
  it('text: each function with kind, events and file:line, its findings at the code, the verdict counting it', () => {
    const text = renderText(reportWithFunctions(), { color: false })
    expect(text).toContain('✖ cookie-auth  lambda-edge  viewer-request  edge/auth.js:3  failed (1 error)')
    expect(text).toContain(
      '  ERROR EDGE_FUNCTION_THREW edge/auth.js:7\n    cookie-auth failed on request get-root (viewer-request): threw TypeError',
    )
    expect(text).toContain('✔ security-headers  cloudfront-function cloudfront-js-2.0  viewer-response  edge/headers.js:1  passed')
    expect(text).toContain('✖ failed: 2 of 2 origins and 2 edge functions, 3 errors')
    // Functions come after the origins.
    expect(text.indexOf('cookie-auth')).toBeGreaterThan(text.indexOf('static-assets'))
  })

  it('markdown: a summary row per function, the failing one’s findings under it', () => {
    const markdown = renderMarkdown(reportWithFunctions())
    expect(markdown).toContain(
      '| Origin / edge function | Domain / kind | Addresses / code | Checks / events | Verdict | Certificate days left |',
    )
    expect(markdown).toContain('| cookie-auth | lambda-edge | edge/auth.js:3 | viewer-request | ✖ failed (1 error) | — |')
    expect(markdown).toContain(
      '| security-headers | cloudfront-function<br>cloudfront-js-2.0 | edge/headers.js:1 | viewer-response | ✔ passed | — |',
    )
    expect(markdown).toMatch(
      new RegExp(
        /### ✖ cookie-auth\n\n\| Code \| Severity \| Where \| Message \| Remedy \|\n\|---\|---\|---\|---\|---\|\n/.source +
          /\| EDGE_FUNCTION_THREW \| error \| edge\/auth\.js:7 \|/.source,
      ),
    )
    expect(markdown).not.toContain('### ✖ security-headers')
    expect(markdown).toContain('**✖ Failed: 2 of 2 origins and 2 edge functions would fail at the edge**')
    // Without functions the table keeps its heading.
    expect(renderMarkdown(sampleReport())).toContain('| Origin | Domain | Addresses | Checks | Verdict | Certificate days left |')
  })

  it('markdown shortened: passing functions are counted, failing ones stay', () => {
    const markdown = renderMarkdown(reportWithFunctions(), { detail: { passingRows: false, findingTables: false } })
    expect(markdown).toContain('| cookie-auth |')
    expect(markdown).not.toContain('| security-headers |')
    expect(markdown).toContain('1 passing origin and 1 passing edge function not listed.')
    expect(markdown).toContain('**✖ cookie-auth**: 1 error (EDGE_FUNCTION_THREW)')
  })

  it('SARIF: a valid result at the function’s file and the finding’s line', () => {
    const log = JSON.parse(renderSarif(reportWithFunctions(), { configUri: '.github/origin-preflight.yml' }))
    expect(sarifSchemaErrors(log)).toEqual([])
    const results = log.runs[0].results as {
      ruleId: string
      level: string
      locations: {
        physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } }
        logicalLocations: { name: string; kind: string }[]
      }[]
      properties: Record<string, unknown>
    }[]
    const threw = results.filter((r) => r.ruleId === 'EDGE_FUNCTION_THREW')
    expect(threw).toHaveLength(1)
    expect(threw[0]!.level).toBe('error')
    expect(threw[0]!.locations[0]!.physicalLocation).toEqual({ artifactLocation: { uri: 'edge/auth.js' }, region: { startLine: 7 } })
    expect(threw[0]!.locations[0]!.logicalLocations).toEqual([{ name: 'cookie-auth', kind: 'function' }])
    expect(threw[0]!.properties).toMatchObject({ function: 'cookie-auth', check: 'edge-function', details: { event: 'viewer-request' } })
  })

  it('JSON: the functions array as the type says', () => {
    const json = JSON.parse(renderJson(reportWithFunctions())) as Report
    expect(json.functions?.[0]).toMatchObject({
      name: 'cookie-auth',
      kind: 'lambda-edge',
      file: 'edge/auth.js',
      line: 3,
      events: ['viewer-request'],
      passed: false,
      findings: [{ code: 'EDGE_FUNCTION_THREW', check: 'edge-function', function: 'cookie-auth', file: 'edge/auth.js', line: 7 }],
    })
    expect(json.summary.functions).toBe(2)
  })
})

describe('mergeReports with edge functions', () => {
  const DIGEST = 'sha256:2222222222222222222222222222222222222222222222222222222222222222'
  const shardsOf = (withFunctionsIn: number[]) => {
    const full = reportWithFunctions()
    const [checkout, assets] = full.origins
    return [1, 2].map((index): { file: string; report: Report } => ({
      file: `shard-${index}.json`,
      report: {
        ...full,
        configDigest: DIGEST,
        shard: { index, count: 2 },
        origins: [index === 1 ? checkout! : assets!],
        passed: index === 1 ? false : !withFunctionsIn.includes(index),
        ...(withFunctionsIn.includes(index) ? { functions: full.functions! } : { functions: undefined }),
      },
    }))
  }

  it('carries shard 1’s functions into the merged report, its verdict and summary', () => {
    const merged = mergeReports(shardsOf([1]))
    expect(merged.functions?.map((f) => f.name)).toEqual(['cookie-auth', 'security-headers'])
    expect(merged.summary).toEqual({ origins: 2, functions: 2, failed: 2, errors: 3, warnings: 1, notices: 1, accepted: 0 })
    expect(merged.passed).toBe(false)
  })

  it('refuses a function in two shard reports', () => {
    expect(() => mergeReports(shardsOf([1, 2]))).toThrow(MergeError)
    expect(() => mergeReports(shardsOf([1, 2]))).toThrow(/edge function cookie-auth is in both shard-1\.json and shard-2\.json/)
  })
})

import { describe, expect, it } from 'vitest'
import { renderJson } from '../../../src/report/json.js'
import { renderMarkdown } from '../../../src/report/markdown.js'
import { configUri, isReportFormat, renderReport } from '../../../src/report/render.js'
import { renderSarif } from '../../../src/report/sarif.js'
import { renderText } from '../../../src/report/text.js'
import { sampleReport } from './fixtures.js'

describe('renderJson', () => {
  it('is the report itself, indented, ending in a newline', () => {
    const report = sampleReport()
    const json = renderJson(report)
    expect(json.endsWith('}\n')).toBe(true)
    expect(JSON.parse(json)).toEqual(report)
    expect(json).toContain('\n  "version": 1,')
  })
})

describe('renderReport', () => {
  it('dispatches on the format', () => {
    const report = sampleReport()
    expect(renderReport(report, 'json')).toBe(renderJson(report))
    expect(renderReport(report, 'markdown')).toBe(renderMarkdown(report))
    expect(renderReport(report, 'text')).toBe(renderText(report, { color: false }))
    expect(renderReport(report, 'text', { color: true })).toBe(renderText(report, { color: true }))
    expect(renderReport(report, 'sarif')).toBe(renderSarif(report, { configUri: '.github/origin-preflight.yml' }))
  })

  it('points SARIF at the config as a relative URI, or a file: URI when absolute', () => {
    expect(configUri('.github/origin-preflight.yml')).toBe('.github/origin-preflight.yml')
    expect(configUri('/srv/repo/preflight.yml')).toBe('file:///srv/repo/preflight.yml')
  })

  it('knows its formats', () => {
    expect(isReportFormat('markdown')).toBe(true)
    expect(isReportFormat('sarif')).toBe(true)
    expect(isReportFormat('html')).toBe(false)
  })
})

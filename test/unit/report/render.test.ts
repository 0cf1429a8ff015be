import { describe, expect, it } from 'vitest'
import { renderJson } from '../../../src/report/json.js'
import { renderMarkdown } from '../../../src/report/markdown.js'
import { isReportFormat, renderReport } from '../../../src/report/render.js'
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
  })

  it('knows its formats', () => {
    expect(isReportFormat('markdown')).toBe(true)
    expect(isReportFormat('sarif')).toBe(false)
  })
})

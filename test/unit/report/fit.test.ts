import { describe, expect, it } from 'vitest'
import { COMMENT_LIMIT_BYTES, JOB_SUMMARY_LIMIT_BYTES, cutToBytes, fitMarkdown } from '../../../src/report/fit.js'
import { renderMarkdown } from '../../../src/report/markdown.js'
import type { Report } from '../../../src/engine/report.js'
import { findings, originReport, sampleReport } from './fixtures.js'

/** `failing` failing origins with `perOrigin` findings of `messageChars` each, plus as many passing ones. */
function bigReport(failing: number, perOrigin: number, messageChars: number): Report {
  const failingOrigins = Array.from({ length: failing }, (_, i) => {
    const name = `failing-origin-${i}`
    const many = Array.from({ length: perOrigin }, () => ({ ...findings.refused(name), message: `m${'x'.repeat(messageChars)}` }))
    return originReport({ name, passed: false, findings: many })
  })
  const passing = Array.from({ length: failing }, (_, i) => originReport({ name: `passing-origin-${i}` }))
  return sampleReport({
    origins: [...failingOrigins, ...passing],
    summary: { origins: failing * 2, failed: failing, errors: failing * perOrigin, warnings: 0, notices: 0 },
  })
}

describe('fitMarkdown', () => {
  it('leaves a report that fits as it is', () => {
    const report = sampleReport()
    expect(fitMarkdown(report, JOB_SUMMARY_LIMIT_BYTES)).toEqual({ markdown: renderMarkdown(report), level: 0 })
  })

  it('keeps a job summary under 1 MiB by cutting detail, never a failing origin', () => {
    const report = bigReport(2000, 20, 2000) // about 80 MB in full
    const { markdown, level } = fitMarkdown(report, JOB_SUMMARY_LIMIT_BYTES - 1)
    expect(Buffer.byteLength(markdown)).toBeLessThan(JOB_SUMMARY_LIMIT_BYTES)
    expect(level).toBeGreaterThan(0)
    expect(markdown).toContain('_Shortened to fit GitHub’s size limit')
    for (const origin of report.origins.filter((o) => !o.passed)) expect(markdown).toContain(origin.name)
  })

  it('shortens in steps: long messages first, then listed findings, then passing rows', () => {
    const report = bigReport(30, 30, 3000)
    const { markdown, level } = fitMarkdown(report, 600_000)
    expect(level).toBe(2)
    expect(markdown).toContain('messages cut at 300 characters; at most 20 findings per origin')
    expect(markdown).toContain('… and 10 more findings (10 errors).')
    expect(markdown).toContain('| passing-origin-0 |')
    expect(markdown).not.toContain('x'.repeat(300))
  })

  it('falls back to the failing origins’ names, and keeps the notes, when little room is left', () => {
    const report = bigReport(200, 5, 500)
    const { markdown, level } = fitMarkdown(report, 12_000, { notes: ['**Not annotated:** 3 errors.'] })
    expect(level).toBe(5)
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(12_000)
    expect(markdown).toContain('**Not annotated:** 3 errors.')
    expect(markdown).toContain('**Failing origins (200):** failing-origin-0, failing-origin-1')
    expect(markdown).toContain('failing-origin-199')
  })

  it('cuts, and says so, only when not even the names fit', () => {
    const { markdown } = fitMarkdown(bigReport(5000, 1, 10), COMMENT_LIMIT_BYTES)
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(COMMENT_LIMIT_BYTES)
    expect(markdown.endsWith('_… cut at GitHub’s size limit._\n')).toBe(true)
  })
})

describe('cutToBytes', () => {
  it('never splits a character', () => {
    expect(cutToBytes('ab✔cd', 3)).toBe('ab')
    expect(cutToBytes('ab✔cd', 5)).toBe('ab✔')
    expect(cutToBytes('abc', 10)).toBe('abc')
  })
})

import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ReportFileError, readReportFile, reportProblem } from '../../../src/action/report-file.js'
import { renderJson } from '../../../src/report/json.js'
import { sampleReport } from '../report/fixtures.js'

describe('readReportFile', () => {
  it('reads a report the gate wrote', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'op-report-')), 'report.json')
    writeFileSync(file, renderJson(sampleReport()))
    expect(readReportFile(file)).toEqual(sampleReport())
  })

  it('refuses what is not a version 1 report, naming the first bad field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'op-report-'))
    writeFileSync(join(dir, 'bad.json'), '{"version": 2}')
    writeFileSync(join(dir, 'text.json'), 'not json')
    expect(() => readReportFile(join(dir, 'bad.json'))).toThrow(ReportFileError)
    expect(() => readReportFile(join(dir, 'text.json'))).toThrow(/is not JSON/)
    expect(() => readReportFile(join(dir, 'missing.json'))).toThrow(/cannot read the report/)
  })

  it('checks the fields the renderers use, down to each finding', () => {
    const broken = (change: (r: Record<string, any>) => void) => {
      const report = JSON.parse(renderJson(sampleReport())) as Record<string, any>
      change(report)
      return reportProblem(report)
    }
    expect(broken(() => {})).toBeUndefined()
    expect(broken((r) => (r['origins'][0]['name'] = 7))).toBe('origins[0].name: must be a string')
    expect(broken((r) => (r['origins'][1]['findings'][0]['code'] = 'NOT_A_CODE'))).toMatch(
      /^origins\[1\]\.findings\[0\]\.code: must be one of /,
    )
    expect(broken((r) => (r['origins'][0]['findings'][0]['severity'] = 'fatal'))).toBe(
      'origins[0].findings[0].severity: must be one of error, warning, notice',
    )
    expect(broken((r) => (r['origins'][0]['certificate'] = { notAfter: 1 }))).toBe('origins[0].certificate.notAfter: must be a string')
    expect(broken((r) => delete r['summary']['failed'])).toBe('summary.failed: missing')
  })
})

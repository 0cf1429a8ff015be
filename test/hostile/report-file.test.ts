import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ReportFileError, readReportFile } from '../../src/action/report-file.js'
import { fitMarkdown, JOB_SUMMARY_LIMIT_BYTES } from '../../src/report/fit.js'
import { renderJson } from '../../src/report/json.js'
import { generateReportSchema, reportSchemaText } from '../../src/report/schema.js'
import { sampleReport } from '../unit/report/fixtures.js'

/** A report a fork's workflow uploaded, changed by `change` after the gate wrote it. */
function forkReport(change: (report: Record<string, any>) => void): string {
  const report = JSON.parse(renderJson(sampleReport())) as Record<string, any>
  change(report)
  const file = join(mkdtempSync(join(tmpdir(), 'op-hostile-')), 'report.json')
  writeFileSync(file, JSON.stringify(report))
  return file
}

/** What the action does with an artifact on workflow_run: read it, then render the summary and comment. */
function renderArtifact(file: string): string {
  return fitMarkdown(readReportFile(file), JOB_SUMMARY_LIMIT_BYTES - 1).markdown
}

describe('a workflow_run report written by a fork', () => {
  it('cannot carry markdown or HTML in failOn into the heading', () => {
    const file = forkReport(
      (r) => (r['failOn'] = 'error\n\n<img src=https://evil.example/p.png> [Approve](https://evil.example)\n## Approved\n<details>'),
    )
    expect(() => renderArtifact(file)).toThrow(ReportFileError)
    expect(() => renderArtifact(file)).toThrow(/failOn: must be one of error, warning, never/)
  })

  it('is refused, not crashed on, when a field has the wrong shape', () => {
    for (const [change, where] of [
      [(r: Record<string, any>) => (r['origins'][0]['tls'] = [{}]), /origins\[0\]\.tls\[0\]\.address: missing/],
      [(r: Record<string, any>) => (r['origins'][0]['tls'] = 'x'), /origins\[0\]\.tls: must be an array/],
      [(r: Record<string, any>) => (r['origins'][0]['checks'] = ['dns', { x: 1 }]), /origins\[0\]\.checks\[1\]/],
      [(r: Record<string, any>) => (r['origins'][0]['certificate']['names'] = 'x'), /certificate\.names/],
      [(r: Record<string, any>) => (r['origins'][0]['edge'] = '<b>'), /origins\[0\]\.edge: must be one of/],
      [(r: Record<string, any>) => (r['origins'][0]['extra'] = 1), /origins\[0\]\.extra: not a report field/],
      [(r: Record<string, any>) => (r['origins'][0]['name'] = 'x'.repeat(100_000)), /origins\[0\]\.name: longer than/],
      [(r: Record<string, any>) => (r['summary']['failed'] = -1), /summary\.failed: must be at least 0/],
    ] as const) {
      const file = forkReport(change)
      let thrown: unknown
      try {
        renderArtifact(file)
      } catch (error) {
        thrown = error
      }
      expect(thrown, String(where)).toBeInstanceOf(ReportFileError)
      expect((thrown as Error).message).toMatch(where)
    }
  })

  it('renders the free-text fields it does accept as text: no link, image, HTML, entity or heading', () => {
    const file = forkReport((r) => {
      r['origins'][0]['name'] = '&#64;team \\[Approve\\](https://evil.example) <details>'
      r['origins'][0]['findings'][0]['message'] = '![p](https://evil.example/p.png) <img src=x> &#x40;owners'
      r['overrides'] = ['\n## Approved']
      r['config'] = '<details><summary>x'
    })
    const markdown = renderArtifact(file)
    expect(markdown).not.toMatch(/&#/)
    expect(markdown).not.toMatch(/<(img|details)(?!><summary>The edge)/)
    expect(markdown.split('\n').filter((line) => line.startsWith('#'))).toEqual(['## origin-preflight', expect.stringMatching(/^### ✖ /)])
    expect(liveBrackets(markdown)).toEqual([])
  })

  it('is checked against schema/report.schema.json, which is generated from the report types', () => {
    expect(readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8')).toBe(reportSchemaText())
    expect(generateReportSchema()['$id']).toBe('urn:origin-preflight:report:1')
    expect(readReportFile(forkReport(() => {}))).toEqual(sampleReport())
  })
})

/** Every `[` markdown would read as the start of a link: one not preceded by an odd run of backslashes. */
export function liveBrackets(markdown: string): number[] {
  const live: number[] = []
  for (let i = markdown.indexOf('['); i >= 0; i = markdown.indexOf('[', i + 1)) {
    let slashes = 0
    while (markdown[i - 1 - slashes] === '\\') slashes++
    if (slashes % 2 === 0) live.push(i)
  }
  return live
}

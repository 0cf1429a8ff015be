import { describe, expect, it } from 'vitest'
import { reportProblem } from '../../../src/action/report-file.js'
import type { Acceptance } from '../../../src/config/types.js'
import { acceptanceFindings, applyAcceptances } from '../../../src/findings/acceptance.js'
import { fitMarkdown } from '../../../src/report/fit.js'
import { renderJson } from '../../../src/report/json.js'
import { renderMarkdown } from '../../../src/report/markdown.js'
import { renderText } from '../../../src/report/text.js'
import type { Report } from '../../../src/engine/report.js'
import { findings, originReport, sampleReport } from './fixtures.js'

const now = new Date('2025-03-01T10:00:00Z')
// The reason is the team's own text: markdown must not take it for table syntax or HTML.
const accept: Acceptance[] = [
  { code: 'CERT_EXPIRES_SOON', origin: 'static-*', reason: 'renewal <b>booked</b> | ticket [OPS-1](x)', until: '2025-03-20', line: 40 },
  { code: 'PORT_REFUSED', reason: 'gone', until: '2025-02-01', line: 45 },
]

function reportWithAcceptances(): Report {
  const used = new Set<Acceptance>()
  const assets = originReport({
    name: 'static-assets',
    configLine: 20,
    findings: applyAcceptances([findings.expiresSoon('static-assets')], accept, now, used),
  })
  return sampleReport({
    passed: true,
    origins: [assets],
    summary: { origins: 1, failed: 0, errors: 0, warnings: 1, notices: 0, accepted: 1 },
    configFindings: acceptanceFindings(accept, used, { now, complete: true }),
  })
}

describe('accepted findings and findings about the config in markdown and text', () => {
  const report = reportWithAcceptances()

  it('lists the accepted finding with its reason escaped, and the config finding at its line', () => {
    const markdown = renderMarkdown(report)
    expect(markdown).toContain('**✔ Passed: 1 origin checked** · 0 errors · 1 warning · 0 notices · 1 accepted')
    expect(markdown).toContain(
      '| static-assets | CERT_EXPIRES_SOON | warning | 198.51.100.7:443 (SNI static.example.com) | 2025-03-20 | ' +
        'renewal &lt;b&gt;booked&lt;/b&gt; \\| ticket \\[OPS-1\\](x) |',
    )
    const configTable = [
      '### Config',
      '',
      '| Code | Severity | Where | Message | Remedy |',
      '|---|---|---|---|---|',
      '| ACCEPTANCE_EXPIRED | warning | line 45 |',
    ]
    expect(markdown).toContain(configTable.join('\n'))
    expect(markdown).toContain('✔ passed (1 accepted)')
  })

  it('keeps both when the report must be shortened to one line per origin', () => {
    const full = renderMarkdown(report)
    // Just too small for everything but the shortest rendering of findings.
    const { markdown, level } = fitMarkdown(
      report,
      renderMarkdown(report, { detail: { maxListed: 3, passingRows: false, findingTables: false } }).length + 300,
    )
    expect(full).not.toContain('### Accepted (1): CERT_EXPIRES_SOON')
    expect(level).toBe(4)
    expect(markdown).toContain('### Accepted (1): CERT_EXPIRES_SOON')
    expect(markdown).toContain('ACCEPTANCE_EXPIRED')
  })

  it('prints accepted findings after the ones that count, and the config block before the verdict', () => {
    const text = renderText(report, { color: false })
    expect(text).toContain('  ACCEPTED WARNING CERT_EXPIRES_SOON 198.51.100.7:443 (SNI static.example.com)')
    expect(text).toContain('    accepted until 2025-03-20: renewal <b>booked</b> | ticket [OPS-1](x)')
    expect(text).toMatch(/config \.github\/origin-preflight\.yml\n {2}WARNING ACCEPTANCE_EXPIRED line 45\n/)
    expect(text.trimEnd().split('\n').at(-1)).toBe('✔ passed: 1 origin, 0 errors, 1 warning, 0 notices, 1 accepted')
  })
})

describe('a report file with acceptances', () => {
  it('is read back, and a malformed accepted mark or config finding is refused', () => {
    const parsed = () => JSON.parse(renderJson(reportWithAcceptances())) as Report
    expect(reportProblem(parsed())).toBeUndefined()
    const badMark = parsed()
    Object.assign(badMark.origins[0]!.findings[0]!, { accepted: { reason: 'x' } })
    expect(reportProblem(badMark)).toBe('origins[0].findings[0].accepted.until: missing')
    const badConfig = parsed()
    Object.assign(badConfig.configFindings![0]!, { code: 'NOT_A_CODE' })
    expect(reportProblem(badConfig)).toMatch(/^configFindings\[0\]\.code: must be one of /)
  })
})

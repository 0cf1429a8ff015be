import { describe, expect, it } from 'vitest'
import { renderMarkdown } from '../../../src/report/markdown.js'
import { renderText } from '../../../src/report/text.js'
import type { TlsTargetReport } from '../../../src/engine/report.js'
import { originReport, sampleReport } from './fixtures.js'

const legacy: TlsTargetReport = {
  address: '192.0.2.10',
  port: 443,
  name: 'origin.example.com',
  versions: [
    { version: 'TLSv1', accepted: true, suites: ['ECDHE-RSA-AES128-SHA', 'AES128-SHA'], offered: 8 },
    { version: 'TLSv1.2', accepted: false, suites: [], offered: 16, outcome: 'answered with TLSv1' },
  ],
  probes: 9,
  ms: 40,
}
const tls13Only: TlsTargetReport = {
  address: '2001:db8::10',
  port: 8443,
  versions: [{ version: 'TLSv1.2', accepted: false, suites: [], offered: 16, outcome: 'refused with alert protocol_version' }],
  originAlsoSpeaks: ['TLSv1.3'],
  probes: 7,
  ms: 30,
}

function report() {
  return sampleReport({ origins: [originReport({ name: 'legacy', tls: [legacy] }), originReport({ name: 'modern', tls: [tls13Only] })] })
}

describe('the accepted suites in the reports', () => {
  it('text: one line per target under its origin, each version with its suites or why not', () => {
    const lines = renderText(report(), { color: false }).split('\n')

    expect(lines).toContain(
      '  edge suites accepted at 192.0.2.10:443 (SNI origin.example.com): ' +
        'TLSv1: 2 of 8 (ECDHE-RSA-AES128-SHA, AES128-SHA); TLSv1.2: answered with TLSv1',
    )
    expect(lines).toContain(
      '  edge suites accepted at [2001:db8::10]:8443: TLSv1.2: refused with alert protocol_version; the origin speaks TLSv1.3',
    )
    expect(
      lines.indexOf(
        '  edge suites accepted at [2001:db8::10]:8443: TLSv1.2: refused with alert protocol_version; the origin speaks TLSv1.3',
      ),
    ).toBe(lines.findIndex((l) => l.includes(' modern ')) + 1)
  })

  it('markdown: a folded table, one row per origin, target and version', () => {
    const md = renderMarkdown(report())

    expect(md).toContain("<details><summary>The edge's cipher suites each origin accepts</summary>")
    expect(md).toContain('| legacy | 192.0.2.10:443 (SNI origin.example.com) | TLSv1: 2 of 8 (ECDHE-RSA-AES128-SHA, AES128-SHA) |')
    expect(md).toContain('| legacy | 192.0.2.10:443 (SNI origin.example.com) | TLSv1.2: answered with TLSv1 |')
    expect(md).toContain('| modern | \\[2001:db8::10\\]:8443 | TLSv1.2: refused with alert protocol_version |')
  })

  it('markdown: left out first when the report must be shortened', () => {
    expect(renderMarkdown(report(), { detail: { maxText: 1000, maxListed: 100 } })).not.toContain('<details>')
  })

  it('leaves both out when no origin has TLS results', () => {
    expect(renderText(sampleReport(), { color: false })).not.toContain('edge suites accepted')
    expect(renderMarkdown(sampleReport())).not.toContain('<details>')
  })
})

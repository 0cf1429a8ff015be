import { describe, expect, it } from 'vitest'
import { escapeCell, renderMarkdown } from '../../../src/report/markdown.js'
import { findings, originReport, passingReport, sampleReport } from './fixtures.js'

describe('renderMarkdown', () => {
  it('opens with the verdict and counts', () => {
    const md = renderMarkdown(sampleReport())
    expect(md).toContain('**✖ Failed: 1 of 2 origins would fail at the edge** · 2 errors · 1 warning · 1 notice')
    expect(renderMarkdown(passingReport())).toContain('**✔ Passed: 1 origin checked**')
  })

  it('has one table row per origin with domain, addresses, checks, verdict and certificate days', () => {
    const lines = renderMarkdown(sampleReport()).split('\n')
    expect(lines).toContain('| Origin | Domain | Addresses | Checks | Verdict | Certificate days left |')
    expect(lines).toContain(
      '| checkout-api | origin.example.com | 192.0.2.10<br>192.0.2.11 | dns, ports, tls, certificate, http ' +
        '| ✖ failed (2 errors, 1 notice) | expired (2024-01-31) |',
    )
    expect(lines).toContain('| static-assets | static.example.com | 198.51.100.7 | certificate | ✔ passed (1 warning) | 12 (2025-03-13) |')
  })

  it('details the findings of failing origins only, errors first', () => {
    const md = renderMarkdown(sampleReport())
    expect(md).toContain('### ✖ checkout-api')
    expect(md).not.toContain('### ✖ static-assets')
    const section = md.slice(md.indexOf('### ✖ checkout-api'))
    expect(section).toContain('| Code | Severity | Where | Message | Remedy |')
    expect(section.indexOf('| CERT_EXPIRED | error |')).toBeLessThan(section.indexOf('| TLS_SNI_REQUIRED | notice |'))
    expect(section).toContain('| PORT_REFUSED | error | 192.0.2.11:443 | 192.0.2.11 refused a TCP connection on port 443. |')
  })

  it('lists the overrides in use', () => {
    const md = renderMarkdown(sampleReport({ overrides: ['trust-roots lab/root.pem'] }))
    expect(md).toContain('**Overrides in use:** trust-roots lab/root.pem')
    expect(renderMarkdown(sampleReport())).not.toContain('Overrides in use')
  })

  it('keeps pipes and newlines from breaking the table', () => {
    const hostile = { ...findings.refused('weird'), message: 'bytes a|b\r\nc', remedy: 'line one\nline two' }
    const report = sampleReport({
      origins: [originReport({ name: 'weird|name', passed: false, findings: [hostile] })],
      summary: { origins: 1, failed: 1, errors: 1, warnings: 0, notices: 0 },
    })
    const md = renderMarkdown(report)
    expect(md).toContain('| weird\\|name |')
    expect(md).toContain('| bytes a\\|b<br>c | line one<br>line two |')
    for (const line of md.split('\n').filter((l) => l.startsWith('| PORT_REFUSED'))) {
      expect(line.split(/(?<!\\)\|/).length).toBe(7)
    }
  })

  it('shows a dash where there is no certificate or address', () => {
    const report = sampleReport({ origins: [originReport({ name: 'bare', addresses: [] })] })
    expect(renderMarkdown(report)).toContain('| bare | bare.example.com | — | dns, ports, tls, certificate, http | ✔ passed | — |')
  })
})

describe('escapeCell', () => {
  it('escapes pipes, newlines and HTML from the origin', () => {
    expect(escapeCell('a|b')).toBe('a\\|b')
    expect(escapeCell('a\nb\r\nc\rd')).toBe('a<br>b<br>c<br>d')
    expect(escapeCell('<script>&')).toBe('&lt;script&gt;&amp;')
  })
})

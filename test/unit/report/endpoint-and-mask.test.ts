import { describe, expect, it } from 'vitest'
import { fillTemplate, toFinding } from '../../../src/findings/to-finding.js'
import { maskReport } from '../../../src/report/mask.js'
import { renderReport } from '../../../src/report/render.js'
import { escapeControl } from '../../../src/text/escape.js'
import type { Report } from '../../../src/engine/report.js'

describe('fillTemplate', () => {
  it('brackets an IPv6 address before its port, and only there', () => {
    expect(fillTemplate('{address}:{port} refused; {address} is down', { address: '2001:db8::1', port: 443 })).toBe(
      '[2001:db8::1]:443 refused; 2001:db8::1 is down',
    )
    expect(fillTemplate('{address}:{port}', { address: '192.0.2.1', port: 443 })).toBe('192.0.2.1:443')
  })
})

describe('maskReport', () => {
  const finding = toFinding(
    { code: 'PORT_REFUSED', address: '127.0.0.1', port: 1443, details: { error: 'ECONNREFUSED' } },
    'api-1',
    'ports',
  )
  const report: Report = {
    version: 1,
    tool: { name: 'origin-preflight', version: '0.1.0' },
    startedAt: '2026-01-01T00:00:00.000Z',
    durationMs: 12,
    passed: false,
    config: 'c.yml',
    overrides: [],
    summary: { origins: 1, failed: 1, errors: 1, warnings: 0, notices: 0 },
    origins: [
      {
        name: 'api-1',
        domain: 'a.test',
        edge: 'cloudfront',
        passed: false,
        configLine: 3,
        durationMs: 1,
        addresses: ['127.0.0.1'],
        checks: ['ports'],
        findings: [finding],
      },
    ],
  }

  it('keeps the JSON report valid whatever the secret looks like', () => {
    const json = renderReport(maskReport(report, ['1']), 'json')
    const parsed = JSON.parse(json) as Report
    expect(parsed.version).toBe(1)
    expect(parsed.summary.errors).toBe(1)
    expect(parsed.origins[0]!.name).toBe('api-***')
    expect(parsed.origins[0]!.findings[0]!.message).not.toContain('1')
  })

  it('leaves the report alone without secrets', () => {
    expect(maskReport(report, [])).toBe(report)
  })
})

describe('escapeControl', () => {
  it('makes terminal escapes and line breaks visible', () => {
    expect(escapeControl('evil\u001b[31m\nINJECTED\u2028')).toBe('evil\\x1b[31m\\x0aINJECTED\\u{2028}')
    expect(escapeControl('plain.example.com')).toBe('plain.example.com')
  })
})

import { describe, expect, it } from 'vitest'
import { fitMarkdown } from '../../../../src/report/fit.js'
import { renderMarkdown } from '../../../../src/report/markdown.js'
import { renderDnsPath } from '../../../../src/report/pictures/dns-path.js'
import { renderExpiryGantt } from '../../../../src/report/pictures/expiry-gantt.js'
import { renderTlsOffer } from '../../../../src/report/pictures/tls-offer.js'
import { dnsExampleOrigin, sweepExampleReport, tlsExampleOrigin } from '../../../fixtures/pictures-example.js'
import { sectionOf } from '../../../helpers/markdown.js'
import { passingReport, sampleReport } from '../fixtures.js'

/** The ```mermaid blocks of the README section on pictures, fences included. */
function readmePictures(): string[] {
  const section = `${sectionOf('README.md', '### Pictures')}\n`
  return [...section.matchAll(/^```mermaid\n[\s\S]*?^```$/gm)].map((match) => match[0])
}

describe('the README’s pictures', () => {
  it('are exactly what the renderers draw for the example reports', () => {
    expect(readmePictures()).toEqual([
      renderExpiryGantt(sweepExampleReport()),
      renderDnsPath(dnsExampleOrigin()),
      renderTlsOffer(tlsExampleOrigin()),
    ])
  })
})

describe('the expiry calendar as a Gantt chart', () => {
  const gantt = renderExpiryGantt(sweepExampleReport())!.split('\n')

  it('draws today, the fail-days and warn-days lines, and one bar per expiry date', () => {
    expect(gantt).toContain('  today 2025-03-01 :milestone, today, 2025-03-01, 0d')
    expect(gantt).toContain('  fail-days 7 2025-03-08 :crit, milestone, f7, 2025-03-08, 0d')
    expect(gantt).toContain('  warn-days 30 2025-03-31 :milestone, w30, 2025-03-31, 0d')
    expect(gantt.filter((line) => / :(crit, |active, )?c\d+, /.test(line))).toEqual([
      '  legacy-api 2025-02-26 :crit, c0, 2025-02-26, 2025-03-01',
      '  checkout-api 2025-03-06 :crit, c1, 2025-03-01, 2025-03-06',
      '  static-assets 2025-03-20 :active, c2, 2025-03-01, 2025-03-20',
      '  images 2025-05-30 :c3, 2025-03-01, 2025-05-30',
    ])
  })

  it('draws nothing without a certificate, and escapes origin names', () => {
    const report = sweepExampleReport()
    expect(renderExpiryGantt({ ...report, origins: report.origins.map(({ certificate: _, ...origin }) => origin) })).toBeUndefined()
    report.origins[3]!.name = 'img: "x";#'
    expect(renderExpiryGantt(report)).toContain('  img#58; #34;x#34;#59;#35; 2025-05-30 :c3, ')
  })
})

describe('the DNS delegation path', () => {
  it('marks the server a DNS finding names, and ends at the addresses', () => {
    const lines = renderDnsPath(dnsExampleOrigin())!.split('\n')
    expect(lines.filter((line) => line.endsWith(':::fail'))).toEqual([
      '    z2s1["ns2.dns-host.net 203.0.113.54 #10006; DNS_LAME_DELEGATION"]:::fail',
    ])
    expect(lines).toContain('  z1 -->|delegates| z2')
    expect(lines.slice(-3)).toEqual(['  end0["198.51.100.20"]', '  n0 --> end0', '```'])
  })

  it('draws the end of a walk that found no address as a failure', () => {
    const origin = dnsExampleOrigin()
    origin.dns!.outcome = { kind: 'nxdomain', name: 'origin.shop.example' }
    expect(renderDnsPath(origin)).toContain('  end0["NXDOMAIN origin.shop.example"]:::fail')
  })

  it('draws nothing for an origin without a DNS finding', () => {
    expect(renderDnsPath({ ...dnsExampleOrigin(), findings: [] })).toBeUndefined()
  })
})

describe('the TLS offer against what the origin accepts', () => {
  it('puts each version the edge offers beside the origin’s answer to it', () => {
    const lines = renderTlsOffer(tlsExampleOrigin())!.split('\n')
    expect(lines).toContain('    t0e0["TLSv1.2 16 suites"]')
    expect(lines).toContain('    t0o0["TLSv1.2 refused with alert protocol_version"]:::fail')
    expect(lines).toContain('    t0also["also speaks TLSv1"]')
    expect(lines).toContain('  t0e0 -->|"refused"| t0o0')
  })
})

describe('pictures in the markdown report', () => {
  const report = sampleReport({ origins: [dnsExampleOrigin(), tlsExampleOrigin()], passed: false })

  it('follow each failing origin’s findings table in the full report', () => {
    const markdown = renderMarkdown(report)
    const shop = markdown.indexOf('### ✖ shop-origin')
    const legacy = markdown.indexOf('### ✖ legacy-origin')
    expect(markdown.indexOf('```mermaid\nflowchart LR', shop)).toBeLessThan(legacy)
    expect(markdown.indexOf(renderTlsOffer(tlsExampleOrigin())!, legacy)).toBeGreaterThan(legacy)
    expect(renderMarkdown(sweepExampleReport(), { expiryCalendar: true })).toContain(`|\n\n${renderExpiryGantt(sweepExampleReport())}`)
    expect(renderMarkdown(passingReport())).not.toContain('```mermaid')
  })

  it('are the first thing left out when the report must be shortened', () => {
    const full = renderMarkdown(report)
    const fitted = fitMarkdown(report, Buffer.byteLength(full) - 1)
    expect(fitted.level).toBeGreaterThan(0)
    expect(fitted.markdown).not.toContain('```mermaid')
    expect(fitted.markdown).toContain('### ✖ shop-origin')
  })
})

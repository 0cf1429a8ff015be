import { describe, expect, it } from 'vitest'
import { describeDaysLeft, groupByExpiry, renderExpiryCalendar } from '../../../src/report/expiry.js'
import { renderMarkdown } from '../../../src/report/markdown.js'
import { findings, originReport, sampleReport } from './fixtures.js'

const cert = (notAfter: string, daysLeft: number) => ({ notAfter, daysLeft, names: ['x'], subject: 'CN=x' })

function sweepReport() {
  return sampleReport({
    origins: [
      originReport({ name: 'late', certificate: cert('2025-06-01T00:00:00.000Z', 92) }),
      originReport({ name: 'soon-b', certificate: cert('2025-03-13T12:00:00.000Z', 12), findings: [findings.expiresSoon('soon-b')] }),
      originReport({ name: 'soon-a', certificate: cert('2025-03-13T02:00:00.000Z', 11), findings: [findings.expiresSoon('soon-a')] }),
      originReport({
        name: 'dead',
        passed: false,
        certificate: cert('2025-02-27T00:00:00.000Z', -3),
        findings: [findings.expired('dead')],
      }),
      originReport({ name: 'refusing', passed: false, findings: [findings.refused('refusing')] }),
    ],
  })
}

describe('groupByExpiry', () => {
  it('groups the certificates by date, soonest first, with the most urgent status of the day', () => {
    const { groups, withoutCertificate } = groupByExpiry(sweepReport())
    expect(groups).toEqual([
      { date: '2025-02-27', daysLeft: -3, origins: ['dead'], status: 'expired' },
      { date: '2025-03-13', daysLeft: 11, origins: ['soon-b', 'soon-a'], status: 'warning' },
      { date: '2025-06-01', daysLeft: 92, origins: ['late'], status: 'ok' },
    ])
    expect(withoutCertificate).toEqual(['refusing'])
  })
})

describe('renderExpiryCalendar', () => {
  it('is one row per date, and a row for origins where no certificate was seen', () => {
    expect(renderExpiryCalendar(sweepReport()).split('\n')).toEqual([
      '### Certificate expiry',
      '',
      '| Expires | When | Status | Origins |',
      '|---|---|---|---|',
      '| 2025-02-27 | 2 days ago | ✖ expired | dead |',
      '| 2025-03-13 | in 11 days | ⚠ renew soon | soon-b, soon-a |',
      '| 2025-06-01 | in 92 days | ✔ | late |',
      '| — | no certificate seen |  | refusing |',
    ])
  })

  it('caps the names per date when asked, and appears in the markdown report only when asked', () => {
    expect(renderExpiryCalendar(sweepReport(), 1)).toContain('| soon-b and 1 more |')
    expect(renderMarkdown(sweepReport())).not.toContain('### Certificate expiry')
    expect(renderMarkdown(sweepReport(), { expiryCalendar: true })).toContain('### Certificate expiry')
  })
})

describe('describeDaysLeft', () => {
  it('reads whole days rounded down', () => {
    expect([3, 1, 0, -1, -2, -3].map(describeDaysLeft)).toEqual([
      'in 3 days',
      'in 1 day',
      'within a day',
      'less than a day ago',
      '1 day ago',
      '2 days ago',
    ])
  })
})

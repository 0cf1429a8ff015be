import { describe, expect, it } from 'vitest'
import { configErrorOutputs, failureMessage, nextExpiry, reportOutputs } from '../../../src/action/outputs.js'
import { originReport, passingReport, sampleReport } from '../report/fixtures.js'

describe('reportOutputs', () => {
  it('maps a failing report', () => {
    expect(reportOutputs(sampleReport(), '/repo/out/report.json')).toEqual({
      passed: 'false',
      errors: '2',
      warnings: '1',
      'failed-origins': 'checkout-api',
      report: '/repo/out/report.json',
      'next-expiry': '2024-01-31',
      'next-expiry-days': '-3',
    })
  })

  it('leaves report and expiry empty when there is no file and no certificate', () => {
    expect(reportOutputs(passingReport())).toEqual({
      passed: 'true',
      errors: '0',
      warnings: '0',
      'failed-origins': '',
      report: '',
      'next-expiry': '',
      'next-expiry-days': '',
    })
  })

  it('joins several failed origins with commas', () => {
    const report = sampleReport({
      origins: [originReport({ name: 'a', passed: false }), originReport({ name: 'b' }), originReport({ name: 'c', passed: false })],
    })
    expect(reportOutputs(report)['failed-origins']).toBe('a,c')
  })
})

describe('nextExpiry', () => {
  it('picks the soonest notAfter, as a UTC date', () => {
    const report = sampleReport({
      origins: [
        originReport({ name: 'late', certificate: { notAfter: '2026-05-01T00:00:00Z', daysLeft: 400, names: [], subject: 'CN=late' } }),
        originReport({ name: 'soon', certificate: { notAfter: '2025-04-02T23:30:00-02:00', daysLeft: 32, names: [], subject: 'CN=soon' } }),
        originReport({ name: 'none' }),
      ],
    })
    expect(nextExpiry(report)).toEqual({ date: '2025-04-03', daysLeft: 32 })
  })

  it('is undefined without certificates', () => {
    expect(nextExpiry(passingReport())).toBeUndefined()
  })
})

describe('configErrorOutputs', () => {
  it('counts each problem as an error', () => {
    expect(configErrorOutputs(3)).toEqual({ passed: 'false', errors: '3', warnings: '0' })
  })
})

describe('failureMessage', () => {
  it('names the failed origins', () => {
    expect(failureMessage(sampleReport())).toBe('origin-preflight failed (2 errors, 1 warning): checkout-api')
  })
})

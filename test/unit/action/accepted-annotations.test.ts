import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { findingSlots, selectAnnotations } from '../../../src/action/annotation-limits.js'
import { annotationsByOrigin } from '../../../src/action/annotations.js'
import type { Acceptance } from '../../../src/config/types.js'
import { acceptanceFindings, applyAcceptances } from '../../../src/findings/acceptance.js'
import type { Finding } from '../../../src/findings/finding.js'
import { toFinding } from '../../../src/findings/to-finding.js'
import { originReport, sampleReport } from '../report/fixtures.js'
import { sampleConfig } from './fixtures.js'

const repoRoot = path.resolve('/repo')
const configFile = path.join(repoRoot, '.github', 'origin-preflight.yml')
const now = new Date('2027-01-01T00:00:00Z')

const refused = (origin: string, host: number): Finding =>
  toFinding({ code: 'PORT_REFUSED', address: `192.0.2.${host}`, port: 443, details: {} }, origin, 'ports')
const sniRequired = (origin: string, host: number): Finding =>
  toFinding({ code: 'TLS_SNI_REQUIRED', address: `198.51.100.${host}`, port: 443, name: 'static.example.com', details: {} }, origin, 'tls')

describe('annotations of accepted findings', () => {
  // checkout-api: twelve refused addresses, all accepted. static-assets: one refused address and nine notices, none accepted.
  const accept: Acceptance[] = [
    { code: 'PORT_REFUSED', origin: 'checkout-*', reason: 'blue/green switch', until: '2027-01-31', line: 30 },
    { code: 'CERT_EXPIRED', reason: 'old', until: '2026-12-01', line: 35 },
  ]
  const used = new Set<Acceptance>()
  const accepted = applyAcceptances(
    Array.from({ length: 12 }, (_, i) => refused('checkout-api', i + 1)),
    accept,
    now,
    used,
  )
  const real = [refused('static-assets', 99), ...Array.from({ length: 9 }, (_, i) => sniRequired('static-assets', i + 1))]
  const report = sampleReport({
    origins: [
      originReport({ name: 'checkout-api', configLine: 6, passed: true, findings: accepted }),
      originReport({ name: 'static-assets', configLine: 20, passed: false, findings: real }),
    ],
    configFindings: acceptanceFindings(accept, used, { now, complete: true }),
  })
  const byOrigin = annotationsByOrigin(report, sampleConfig(configFile).origins, configFile, repoRoot)

  it('are notices, saying until when and why', () => {
    const first = byOrigin.flat().find((annotation) => annotation.accepted)
    expect(first).toMatchObject({
      level: 'notice',
      message: expect.stringMatching(/^Accepted until 2027-01-31: blue\/green switch\n192\.0\.2\.1 refused/),
      // At the https-port line, as any port finding.
      properties: { title: 'PORT_REFUSED checkout-api (accepted error)', startLine: 9 },
    })
  })

  it('puts the findings about the config first, at the entry line', () => {
    expect(byOrigin[0]).toEqual([
      expect.objectContaining({
        level: 'warning',
        properties: { file: '.github/origin-preflight.yml', startLine: 35, title: 'ACCEPTANCE_EXPIRED' },
      }),
    ])
  })

  it('never take the slot of a finding that counts', () => {
    const { shown, notShown } = selectAnnotations(byOrigin, findingSlots({ failing: true, mayNotice: true }))

    expect(shown.filter((a) => a.level === 'error').map((a) => a.properties.title)).toEqual(['PORT_REFUSED static-assets'])
    expect(shown.filter((a) => a.level === 'warning').map((a) => a.properties.title)).toEqual(['ACCEPTANCE_EXPIRED'])
    // Nine notice slots, nine notices that count: no accepted one is shown, though its origin comes first.
    const notices = shown.filter((a) => a.level === 'notice').map((a) => a.properties.title)
    expect(notices).toEqual(Array(9).fill('TLS_SNI_REQUIRED static-assets'))
    expect(notShown).toEqual({ error: 0, warning: 0, notice: 12 })
  })

  it('take the notice slots left over, after every notice that counts', () => {
    const { shown } = selectAnnotations(byOrigin, { error: 10, warning: 10, notice: 10 })
    const notices = shown.filter((a) => a.level === 'notice')
    expect(notices.map((a) => a.accepted === true)).toEqual([...Array(9).fill(false), true])
  })
})

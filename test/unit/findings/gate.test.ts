import { describe, expect, it } from 'vitest'
import { edgeProfile } from '../../../src/edges/index.js'
import { FINDING_CODES, severitiesOf } from '../../../src/findings/catalogue.js'
import { fails } from '../../../src/findings/gate.js'
import { EDGES } from '../../../src/vocabulary.js'
import { toFinding } from '../../../src/findings/to-finding.js'

const expired = toFinding(
  {
    code: 'CERT_EXPIRED',
    address: '127.0.0.1',
    port: 443,
    details: { position: 'leaf', subject: 'CN=x', notAfter: '2020-01-01T00:00:00.000Z' },
  },
  'o',
  'certificate',
)
const refused = toFinding({ code: 'PORT_REFUSED', address: '127.0.0.1', port: 443, details: {} }, 'o', 'ports')
const weak = toFinding(
  { code: 'CERT_SIGNATURE_WEAK', details: { algorithm: 'sha1WithRSAEncryption', position: 'leaf', subject: 'CN=x' } },
  'o',
  'certificate',
)

describe('fails', () => {
  it('fails at or above the fail-on level', () => {
    expect(fails([weak], 'error')).toBe(false)
    expect(fails([weak], 'warning')).toBe(true)
    expect(fails([expired], 'error')).toBe(true)
    expect(fails([expired], 'never')).toBe(false)
    expect(fails([], 'warning')).toBe(false)
  })
})

describe('the edge severity policy', () => {
  const behind = (
    finding: { code: typeof expired.code; details: typeof expired.details; address?: string; port?: number },
    edge: 'alb' | 'cloudfront' | 'clb',
  ) =>
    toFinding(
      {
        code: finding.code,
        ...(finding.address ? { address: finding.address } : {}),
        ...(finding.port ? { port: finding.port } : {}),
        details: finding.details,
      },
      'o',
      'certificate',
      edgeProfile(edge).severityPolicy,
    )

  it('turns certificate errors into warnings for edges that do not validate, saying why', () => {
    for (const edge of ['alb', 'clb'] as const) {
      const finding = behind(expired, edge)
      expect(finding.severity).toBe('warning')
      expect(finding.details['edgeValidatesCertificates']).toBe(false)
    }
    expect(behind(expired, 'cloudfront')).toEqual(expired)
  })

  it('leaves other codes alone', () => {
    const alb = toFinding(
      { code: 'PORT_REFUSED', address: '127.0.0.1', port: 443, details: {} },
      'o',
      'ports',
      edgeProfile('alb').severityPolicy,
    )
    expect(alb).toEqual(refused)
  })

  it('only moves a code to a severity its catalogue entry lists', () => {
    for (const edge of EDGES) {
      for (const cap of edgeProfile(edge).severityPolicy) {
        for (const code of cap.codes) expect(severitiesOf(code), `${edge} ${code}`).toContain(cap.max)
      }
    }
    expect(FINDING_CODES.length).toBeGreaterThan(40)
  })
})

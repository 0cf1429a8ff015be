import { describe, expect, it } from 'vitest'
import { edgeProfile } from '../../../src/edges/index.js'
import { applyEdgePolicy, fails } from '../../../src/findings/gate.js'
import { toFinding } from '../../../src/findings/to-finding.js'

const expired = toFinding({ code: 'CERT_EXPIRED', address: '127.0.0.1', port: 443, details: { position: 'leaf', subject: 'CN=x', notAfter: '2020-01-01T00:00:00.000Z' } }, 'o', 'certificate')
const refused = toFinding({ code: 'PORT_REFUSED', address: '127.0.0.1', port: 443, details: {} }, 'o', 'ports')
const weak = toFinding({ code: 'CERT_SIGNATURE_WEAK', details: { algorithm: 'sha1WithRSAEncryption', position: 'leaf', subject: 'CN=x' } }, 'o', 'certificate')

describe('fails', () => {
  it('fails at or above the fail-on level', () => {
    expect(fails([weak], 'error')).toBe(false)
    expect(fails([weak], 'warning')).toBe(true)
    expect(fails([expired], 'error')).toBe(true)
    expect(fails([expired], 'never')).toBe(false)
    expect(fails([], 'warning')).toBe(false)
  })
})

describe('applyEdgePolicy', () => {
  it('turns certificate errors into warnings for edges that do not validate', () => {
    const alb = applyEdgePolicy(expired, edgeProfile('alb'))
    expect(alb.severity).toBe('warning')
    expect(alb.details['edgeValidatesCertificates']).toBe(false)
    expect(applyEdgePolicy(expired, edgeProfile('cloudfront'))).toBe(expired)
  })

  it('leaves other families alone', () => {
    expect(applyEdgePolicy(refused, edgeProfile('alb'))).toBe(refused)
  })
})

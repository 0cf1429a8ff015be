import { describe, expect, it } from 'vitest'
import { certificateCovers, certificateNames, nameCovers } from '../../../src/cert/names.js'
import { parseCertificate } from '../../../src/cert/parse.js'
import { issueCertificate } from '../../../src/lab/pki.js'
import { labLeaf } from './fixtures.js'

describe('nameCovers', () => {
  it.each([
    ['a.com', 'a.com', true],
    ['A.COM', 'a.com', true],
    ['a.com.', 'a.com', true],
    ['a.com', 'A.Com.', true],
    ['a.com', 'b.com', false],
    ['a.com', 'x.a.com', false],
    ['xn--bcher-kva.a.com', 'xn--bcher-kva.a.com', true],
    ['xn--bcher-kva.a.com', 'bücher.a.com', false],
  ])('exact %s covers %s: %s', (pattern, host, covers) => {
    expect(nameCovers(pattern, host)).toBe(covers)
  })

  it.each([
    ['*.a.com', 'x.a.com', true],
    ['*.A.com', 'X.a.COM.', true],
    ['*.a.com', 'xn--bcher-kva.a.com', true],
    ['*.a.com', 'a.com', false],
    ['*.a.com', 'y.x.a.com', false],
    ['*.a.com', 'x.b.com', false],
    ['*.com', 'a.com', false],
    ['*', 'com', false],
  ])('wildcard %s covers %s: %s (one whole label, over at least two)', (pattern, host, covers) => {
    expect(nameCovers(pattern, host)).toBe(covers)
  })

  it.each([
    ['f*.a.com', 'foo.a.com'],
    ['*o.a.com', 'foo.a.com'],
    ['f*o.a.com', 'foo.a.com'],
    ['x.*.a.com', 'x.y.a.com'],
    ['*.*.a.com', 'x.y.a.com'],
    ['xn--*.a.com', 'xn--bcher-kva.a.com'],
  ])('partial or inner wildcard %s covers nothing, not even %s', (pattern, host) => {
    expect(nameCovers(pattern, host)).toBe(false)
  })

  it('rejects empty labels and wildcard hosts', () => {
    expect(nameCovers('a..com', 'a..com')).toBe(false)
    expect(nameCovers('', '')).toBe(false)
    expect(nameCovers('*.a.com', '*.a.com')).toBe(false)
  })
})

describe('certificateNames', () => {
  it('uses the SAN DNS names and ignores the CN when a SAN is present', () => {
    const cert = parseCertificate(labLeaf(['www.lab.test'], { subject: { CN: 'cn-only.lab.test', O: 'Lab' } }).der)
    expect(certificateNames(cert)).toEqual(['www.lab.test'])
    expect(certificateCovers(cert, 'www.lab.test')).toBe(true)
    expect(certificateCovers(cert, 'cn-only.lab.test')).toBe(false)
  })

  it('falls back to the CN only when the certificate has no SAN DNS name', () => {
    const cnOnly = parseCertificate(issueCertificate({ subject: { CN: 'legacy.lab.test' } }).der)
    expect(certificateNames(cnOnly)).toEqual(['legacy.lab.test'])
    expect(certificateCovers(cnOnly, 'legacy.lab.test')).toBe(true)
    // A SAN with only an IP address still has no DNS name, so the CN counts.
    const ipOnly = parseCertificate(issueCertificate({ subject: { CN: 'ip.lab.test' }, sans: ['192.0.2.1'] }).der)
    expect(certificateNames(ipOnly)).toEqual(['ip.lab.test'])
  })

  it('applies the one-label wildcard rule to a real certificate', () => {
    const wildcard = parseCertificate(labLeaf(['*.lab.test']).der)
    expect(certificateCovers(wildcard, 'shop.lab.test')).toBe(true)
    expect(certificateCovers(wildcard, 'deep.shop.lab.test')).toBe(false)
    expect(certificateCovers(wildcard, 'lab.test')).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { EDGES } from '../../../src/config/types.js'
import { edgeProfile } from '../../../src/edges/index.js'

const CLOUDFRONT_SUITES: [string, number, string][] = [
  ['ECDHE-ECDSA-AES256-GCM-SHA384', 0xc02c, 'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384'],
  ['ECDHE-ECDSA-AES256-SHA384', 0xc024, 'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384'],
  ['ECDHE-ECDSA-AES256-SHA', 0xc00a, 'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA'],
  ['ECDHE-ECDSA-AES128-GCM-SHA256', 0xc02b, 'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256'],
  ['ECDHE-ECDSA-AES128-SHA256', 0xc023, 'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256'],
  ['ECDHE-ECDSA-AES128-SHA', 0xc009, 'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA'],
  ['ECDHE-RSA-AES256-GCM-SHA384', 0xc030, 'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384'],
  ['ECDHE-RSA-AES256-SHA384', 0xc028, 'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384'],
  ['ECDHE-RSA-AES256-SHA', 0xc014, 'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA'],
  ['ECDHE-RSA-AES128-GCM-SHA256', 0xc02f, 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256'],
  ['ECDHE-RSA-AES128-SHA256', 0xc027, 'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256'],
  ['ECDHE-RSA-AES128-SHA', 0xc013, 'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA'],
  ['AES256-SHA', 0x0035, 'TLS_RSA_WITH_AES_256_CBC_SHA'],
  ['AES128-SHA', 0x002f, 'TLS_RSA_WITH_AES_128_CBC_SHA'],
  ['DES-CBC3-SHA', 0x000a, 'TLS_RSA_WITH_3DES_EDE_CBC_SHA'],
  ['RC4-MD5', 0x0004, 'TLS_RSA_WITH_RC4_128_MD5'],
]

function duplicates(values: readonly (number | string)[]): (number | string)[] {
  return values.filter((value, index) => values.indexOf(value) !== index)
}

describe('edge profiles', () => {
  it.each(EDGES)('%s: names itself and has no duplicate code points or names', (name) => {
    const profile = edgeProfile(name)

    expect(profile.name).toBe(name)
    expect(duplicates(profile.cipherSuites.map((s) => s.code))).toEqual([])
    expect(duplicates(profile.cipherSuites.map((s) => s.openssl))).toEqual([])
    expect(duplicates(profile.cipherSuites.map((s) => s.iana))).toEqual([])
    expect(duplicates(profile.groups.map((g) => g.code))).toEqual([])
    expect(duplicates(profile.signatureAlgorithms.map((s) => s.code))).toEqual([])
    expect(profile.sources.length).toBeGreaterThan(0)
    expect(profile.protocols.length).toBeGreaterThan(0)
    for (const deprecated of profile.deprecatedProtocols) expect(profile.protocols).toContain(deprecated)
    expect(profile.keyLimits.rsaMinBits).toBeLessThan(profile.keyLimits.rsaMaxBits)
  })

  it('cloudfront offers exactly the 16 suites of docs/causes.md C2, in that order, with IANA code points', () => {
    const suites = edgeProfile('cloudfront').cipherSuites.map((s) => [s.openssl, s.code, s.iana])
    expect(suites).toEqual(CLOUDFRONT_SUITES)
  })

  it('cloudfront never offers TLS 1.3, and calls everything below TLS 1.2 deprecated', () => {
    const profile = edgeProfile('cloudfront')
    expect(profile.protocols).toEqual(['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2'])
    expect(profile.deprecatedProtocols).toEqual(['SSLv3', 'TLSv1', 'TLSv1.1'])
    expect(profile.cipherSuites.filter((s) => s.code >> 8 === 0x13)).toEqual([])
  })

  it('cloudfront offers x25519, P-256, P-384 and PKCS#1/ECDSA signatures without RSA-PSS', () => {
    const profile = edgeProfile('cloudfront')
    expect(profile.groups.map((g) => g.code)).toEqual([29, 23, 24])
    const schemes = profile.signatureAlgorithms.map((s) => s.code)
    expect([...schemes].sort((a, b) => a - b)).toEqual([0x0201, 0x0203, 0x0301, 0x0303, 0x0401, 0x0403, 0x0501, 0x0503, 0x0601, 0x0603])
    expect(schemes.filter((code) => code >> 8 === 0x08)).toEqual([])
  })

  it('cloudfront validates certificates and has its documented limits and timeouts', () => {
    const profile = edgeProfile('cloudfront')
    expect(profile.validatesCertificates).toBe(true)
    expect(profile.keyLimits).toEqual({ rsaMinBits: 1024, rsaMaxBits: 4096, ecdsaCurves: ['prime256v1', 'secp384r1'] })
    expect(profile.timeouts).toEqual({ connectMs: 10_000, readMs: 30_000, keepAliveMs: 5_000 })
  })

  it('load balancers do not validate target certificates and use ELBSecurityPolicy-2016-08', () => {
    for (const name of ['alb', 'clb'] as const) {
      const profile = edgeProfile(name)
      expect(profile.validatesCertificates).toBe(false)
      expect(profile.protocols).toEqual(['TLSv1', 'TLSv1.1', 'TLSv1.2'])
      expect(profile.cipherSuites).toHaveLength(18)
      expect(profile.cipherSuites.map((s) => s.openssl)).toContain('AES128-GCM-SHA256')
      expect(profile.timeouts.keepAliveMs).toBe(60_000)
    }
  })

  it('generic is a modern client: TLS 1.2 and 1.3, AEAD suites only', () => {
    const profile = edgeProfile('generic')
    expect(profile.protocols).toEqual(['TLSv1.2', 'TLSv1.3'])
    expect(profile.cipherSuites.every((s) => /GCM|CHACHA20/.test(s.iana))).toBe(true)
    expect(profile.keyLimits.ecdsaCurves).toEqual(['prime256v1', 'secp384r1', 'secp521r1'])
    expect(profile.validatesCertificates).toBe(true)
  })
})

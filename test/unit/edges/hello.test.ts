import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { EDGES } from '../../../src/config/types.js'
import { clientHelloFor, edgeProfile } from '../../../src/edges/index.js'
import { wideHelloFor } from '../../../src/edges/hello.js'
import { everySuite, suiteByCode, suiteVersions } from '../../../src/edges/suites.js'
import { GROUPS, SIGNATURE_SCHEMES } from '../../../src/edges/tls-codes.js'

const cloudfront = edgeProfile('cloudfront')

function namesOf(codes: number[]): string[] {
  return codes.map((code) => cloudfront.cipherSuites.find((s) => s.code === code)?.openssl ?? `?${code}`)
}

describe('clientHelloFor', () => {
  it('offers only pre-TLS 1.2 suites in a TLS 1.0 hello', () => {
    const names = namesOf(clientHelloFor(cloudfront, 'TLSv1').cipherSuites)

    expect(names.filter((name) => /GCM|SHA256|SHA384/.test(name))).toEqual([])
    expect(names).toEqual([
      'ECDHE-ECDSA-AES256-SHA',
      'ECDHE-ECDSA-AES128-SHA',
      'ECDHE-RSA-AES256-SHA',
      'ECDHE-RSA-AES128-SHA',
      'AES256-SHA',
      'AES128-SHA',
      'DES-CBC3-SHA',
      'RC4-MD5',
    ])
  })

  it('offers all 16 suites in the edge order in a TLS 1.2 hello, with SNI, groups and schemes', () => {
    const spec = clientHelloFor(cloudfront, 'TLSv1.2', 'origin.example.com')

    expect(spec.cipherSuites).toEqual(cloudfront.cipherSuites.map((s) => s.code))
    expect(spec.groups).toEqual([29, 23, 24])
    expect(spec.signatureAlgorithms).toEqual(cloudfront.signatureAlgorithms.map((s) => s.code))
    expect(spec.sni).toBe('origin.example.com')
    expect('sni' in clientHelloFor(cloudfront, 'TLSv1.2')).toBe(false)
  })

  it('leaves ECDHE out of an SSLv3 hello, which cannot carry supported_groups', () => {
    expect(namesOf(clientHelloFor(cloudfront, 'SSLv3').cipherSuites)).toEqual(['AES256-SHA', 'AES128-SHA', 'DES-CBC3-SHA', 'RC4-MD5'])
  })

  it('offers only TLS 1.3 suites in a TLS 1.3 hello, and none of them before', () => {
    const generic = edgeProfile('generic')
    expect(clientHelloFor(generic, 'TLSv1.3').cipherSuites).toEqual([0x1301, 0x1302, 0x1303])
    expect(clientHelloFor(generic, 'TLSv1.2').cipherSuites.filter((code) => code >> 8 === 0x13)).toEqual([])
  })

  it('refuses a version the edge does not offer', () => {
    expect(() => clientHelloFor(cloudfront, 'TLSv1.3')).toThrow(RangeError)
    expect(() => clientHelloFor(edgeProfile('alb'), 'SSLv3')).toThrow(RangeError)
  })

  it.each(EDGES)('%s has at least one suite for every version it offers', (name) => {
    const profile = edgeProfile(name)
    for (const version of profile.protocols) {
      expect(clientHelloFor(profile, version).cipherSuites.length).toBeGreaterThan(0)
    }
  })
})

describe('wideHelloFor', () => {
  it("keeps the edge's suites and offers every group and signature scheme (edge-suites)", () => {
    const spec = wideHelloFor(cloudfront, 'TLSv1.2', 'edge-suites', 'origin.example.com')

    expect(spec.cipherSuites).toEqual(clientHelloFor(cloudfront, 'TLSv1.2').cipherSuites)
    expect(spec.groups).toEqual(Object.values(GROUPS))
    expect(spec.signatureAlgorithms).toEqual(Object.values(SIGNATURE_SCHEMES))
    expect(spec.sni).toBe('origin.example.com')
  })

  it("offers every catalogue suite usable in the version, the edge's first (every-suite)", () => {
    const spec = wideHelloFor(cloudfront, 'TLSv1.2', 'every-suite')
    const edge = clientHelloFor(cloudfront, 'TLSv1.2').cipherSuites

    expect(spec.cipherSuites.slice(0, edge.length)).toEqual(edge)
    expect(new Set(spec.cipherSuites)).toEqual(
      new Set(
        everySuite()
          .filter((s) => suiteVersions(s).includes('TLSv1.2'))
          .map((s) => s.code),
      ),
    )
    expect(spec.cipherSuites.map((code) => suiteByCode(code)?.openssl)).toEqual(
      expect.arrayContaining(['DHE-RSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-CHACHA20-POLY1305']),
    )
  })

  it('builds a TLS 1.3 hello for an edge that never offers TLS 1.3, with TLS 1.3 suites only', () => {
    expect(wideHelloFor(cloudfront, 'TLSv1.3', 'every-suite').cipherSuites).toEqual([0x1301, 0x1302, 0x1303, 0x1304])
    expect(() => wideHelloFor(cloudfront, 'TLSv1.3', 'edge-suites')).toThrow(RangeError)
  })
})

describe('suite tables against the local OpenSSL', () => {
  // `openssl ciphers -V -stdname` prints code point, IANA name and OpenSSL name; RC4 and 3DES may be
  // missing from a build, so only the suites it lists are compared.
  const listing = execFileSync('/usr/bin/openssl', ['ciphers', '-V', '-stdname', 'ALL:COMPLEMENTOFALL:@SECLEVEL=0'], {
    encoding: 'utf8',
  })
  const known = new Map<string, { code: number; iana: string }>()
  for (const line of listing.split('\n')) {
    const match = /0x([0-9A-F]{2}),0x([0-9A-F]{2}) - (\S+)\s+- (\S+)/.exec(line)
    if (match) known.set(match[4] as string, { code: parseInt(`${match[1]}${match[2]}`, 16), iana: match[3] as string })
  }

  it("every catalogue suite matches OpenSSL's code point and IANA name, where OpenSSL has it", () => {
    const compared = everySuite().filter((s) => known.has(s.openssl))
    expect(compared.length).toBeGreaterThan(30)
    for (const s of compared) expect({ name: s.openssl, ...known.get(s.openssl) }).toEqual({ name: s.openssl, code: s.code, iana: s.iana })
  })

  it.each(EDGES)('%s suites match OpenSSL code points and IANA names', (name) => {
    const compared = edgeProfile(name).cipherSuites.filter((s) => known.has(s.openssl))
    expect(compared.length).toBeGreaterThan(0)
    for (const s of compared) expect({ name: s.openssl, ...known.get(s.openssl) }).toEqual({ name: s.openssl, code: s.code, iana: s.iana })
  })
})

import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { rootCertificates } from 'node:tls'
import { describe, expect, it } from 'vitest'
import { CertificateParseError, isIssuedBy, parseCertificate } from '../../../src/cert/parse.js'
import { pemToDer } from '../../../src/cert/trust.js'
import { createKey, issueCertificate } from '../../../src/lab/pki.js'
import { labIntermediate, labLeaf, labRoot } from './fixtures.js'

describe('parseCertificate', () => {
  it('reads names, dates, key and signature of a lab leaf', () => {
    const notBefore = new Date('2026-01-01T00:00:00Z')
    const notAfter = new Date('2026-04-01T12:30:00Z')
    const leaf = labLeaf(['leaf.lab.test', '*.leaf.lab.test'], { notBefore, notAfter })
    const cert = parseCertificate(leaf.der)
    expect(cert).toMatchObject({
      subject: 'CN=leaf.lab.test, O=Lab',
      issuer: 'CN=Lab Intermediate CA, O=Lab',
      notBefore,
      notAfter,
      dnsNames: ['leaf.lab.test', '*.leaf.lab.test'],
      commonNames: ['leaf.lab.test'],
      isCA: false,
      key: { type: 'ec', curve: 'prime256v1', bits: 256 },
      signatureAlgorithm: { oid: '1.2.840.10045.4.3.2', name: 'ecdsa-with-SHA256', hash: 'sha256' },
      selfIssued: false,
      selfSigned: false,
    })
    expect(cert.sha256).toBe(createHash('sha256').update(leaf.der).digest('hex'))
    expect(cert.x509.fingerprint256.replaceAll(':', '').toLowerCase()).toBe(cert.sha256)
  })

  it('tells a self-signed root from a self-issued certificate signed by another key', () => {
    const root = parseCertificate(labRoot.der)
    expect(root).toMatchObject({ isCA: true, selfIssued: true, selfSigned: true, subject: 'CN=Lab Root CA, O=Lab' })
    // Same name as the root, but signed by the intermediate's key: self-issued only.
    const lookalike = issueCertificate({
      subject: { CN: 'Lab Root CA', O: 'Lab' },
      issuer: { ...labIntermediate, subjectName: labRoot.subjectName },
    })
    expect(parseCertificate(lookalike.der)).toMatchObject({ selfIssued: true, selfSigned: false })
  })

  it.each([
    ['rsa2048', { type: 'rsa', bits: 2048 }, 'sha384', { name: 'sha384WithRSAEncryption', hash: 'sha384' }],
    ['p384', { type: 'ec', curve: 'secp384r1', bits: 384 }, 'sha1', { name: 'ecdsa-with-SHA1', hash: 'sha1' }],
    ['p521', { type: 'ec', curve: 'secp521r1', bits: 521 }, 'sha512', { name: 'ecdsa-with-SHA512', hash: 'sha512' }],
    ['ed25519', { type: 'ed25519', bits: 256 }, 'sha256', { name: 'ED25519', hash: 'sha512' }],
  ] as const)('describes a self-signed %s key and its signature', (kind, key, hash, signature) => {
    const cert = parseCertificate(issueCertificate({ subject: { CN: kind }, key: createKey(kind), signatureHash: hash }).der)
    expect(cert.key).toEqual(key)
    expect(cert.signatureAlgorithm).toMatchObject(signature)
    expect(cert.selfSigned).toBe(true)
  })

  it('reads the digest of an RSA-PSS signature from its parameters', () => {
    const pem = execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa-pss',
        '-pkeyopt',
        'rsa_keygen_bits:2048',
        '-sha384',
        '-nodes',
        '-keyout',
        '/dev/null',
        '-subj',
        '/CN=pss.lab.test',
        '-days',
        '1',
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    )
    const cert = parseCertificate(pemToDer(pem)[0] as Buffer)
    expect(cert.signatureAlgorithm).toEqual({ oid: '1.2.840.113549.1.1.10', name: 'rsassaPss', hash: 'sha384' })
    expect(cert.key).toEqual({ type: 'rsa-pss', bits: 2048 })
    expect(cert.selfSigned).toBe(true)
  })

  it('names an MD5 signature made by OpenSSL, and still verifies it', () => {
    const pem = execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-md5', '-nodes', '-keyout', '/dev/null', '-subj', '/CN=md5.lab.test', '-days', '1'],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    )
    const cert = parseCertificate(pemToDer(pem)[0] as Buffer)
    expect(cert.signatureAlgorithm).toEqual({ oid: '1.2.840.113549.1.1.4', name: 'md5WithRSAEncryption', hash: 'md5' })
    expect(cert).toMatchObject({ selfSigned: true, commonNames: ['md5.lab.test'], subject: 'CN=md5.lab.test' })
  })

  it('keeps CN values when there is no SAN', () => {
    const cert = parseCertificate(issueCertificate({ subject: { CN: 'legacy.lab.test', O: 'Lab', OU: 'Ops', C: 'NL' } }).der)
    expect(cert.dnsNames).toEqual([])
    expect(cert.commonNames).toEqual(['legacy.lab.test'])
    expect(cert.subject).toBe('CN=legacy.lab.test, OU=Ops, O=Lab, C=NL')
  })

  it("reads every root of Mozilla's store bundled with Node", () => {
    const roots = rootCertificates.map((pem) => parseCertificate(pemToDer(pem)[0] as Buffer))
    expect(roots.length).toBe(rootCertificates.length)
    expect(roots.filter((root) => root.isCA && root.selfIssued).length).toBe(roots.length)
    const isrg = roots.find((root) => root.subject === 'CN=ISRG Root X1, O=Internet Security Research Group, C=US')
    expect(isrg).toMatchObject({ selfSigned: true, key: { type: 'rsa', bits: 4096 }, signatureAlgorithm: { hash: 'sha256' } })
  })

  it('throws a typed error for bytes that are not a certificate', () => {
    const attempt = () => parseCertificate(Buffer.from('30030201ff', 'hex'))
    expect(attempt).toThrow(CertificateParseError)
    expect(attempt).toThrow(/not a DER X.509 certificate/)
    try {
      attempt()
    } catch (error) {
      expect((error as CertificateParseError).code).toBe('OP_ERR_CERT_PARSE')
    }
  })

  it('knows who issued whom', () => {
    const leaf = parseCertificate(labLeaf(['leaf.lab.test']).der)
    const intermediate = parseCertificate(labIntermediate.der)
    const root = parseCertificate(labRoot.der)
    expect(isIssuedBy(leaf, intermediate)).toBe(true)
    expect(isIssuedBy(intermediate, root)).toBe(true)
    expect(isIssuedBy(leaf, root)).toBe(false)
    expect(isIssuedBy(intermediate, leaf)).toBe(false)
  })
})

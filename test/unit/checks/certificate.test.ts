import { describe, expect, it } from 'vitest'
import { certificateCheck, certificateSummary } from '../../../src/checks/certificate.js'
import type { CheckContext } from '../../../src/checks/define.js'
import { emptyObservations, type Observations } from '../../../src/probes/observations.js'
import type { OriginConfig } from '../../../src/config/types.js'
import type { EdgeProfile } from '../../../src/edges/types.js'
import type { FindingDraft } from '../../../src/findings/finding.js'
import type { TlsHelloResult } from '../../../src/probes/tls/types.js'
import { CATALOGUE } from '../../../src/findings/catalogue.js'
import { toFinding } from '../../../src/findings/to-finding.js'
import { createTrustStore } from '../../../src/cert/trust.js'
import { createKey, issueCertificate, type IssuedCertificate } from '../../../src/lab/pki.js'
import { DAY_MS, NOW, daysFromNow, labIntermediate, labLeaf, labRoot, labTrust, parsed, rogueIntermediate } from '../cert/fixtures.js'

const DOMAIN = 'shop.lab.test'
const ADDRESS = '192.0.2.10'
const LEAF = `CN=${DOMAIN}, O=Lab`
const INTERMEDIATE = 'CN=Lab Intermediate CA, O=Lab'
const WHERE = { address: ADDRESS, port: 443, name: DOMAIN }

const origin: OriginConfig = {
  name: 'shop',
  domain: DOMAIN,
  edge: 'cloudfront',
  protocolPolicy: 'https-only',
  sslProtocols: ['TLSv1.2'],
  httpPort: 80,
  httpsPort: 443,
  ipAddressType: 'ipv4',
  certificate: { warnDays: 30, failDays: 7 },
  timeouts: { connectMs: 5000, readMs: 5000, connectAttempts: 3 },
  failOn: 'error',
  skip: [],
  hostHeaders: [],
  line: 1,
  fieldLines: {},
}

const cloudfront: EdgeProfile = {
  name: 'cloudfront',
  title: 'CloudFront',
  protocols: ['TLSv1.2'],
  deprecatedProtocols: [],
  cipherSuites: [],
  groups: [],
  signatureAlgorithms: [],
  validatesCertificates: true,
  severityPolicy: [],
  keyLimits: { rsaMinBits: 1024, rsaMaxBits: 4096, ecdsaCurves: ['prime256v1', 'secp384r1'] },
  timeouts: { connectMs: 10_000, readMs: 30_000, keepAliveMs: 5000 },
  sources: [],
}

const context = (overrides: Partial<CheckContext> = {}): CheckContext => ({
  origin,
  edge: cloudfront,
  trust: labTrust(),
  now: NOW,
  ...overrides,
})

function hello(certificates: (IssuedCertificate | Buffer)[], where: Partial<TlsHelloResult> = {}): TlsHelloResult {
  return {
    ok: true,
    version: 'TLSv1.2',
    cipherSuite: 0xc02b,
    certificateRequested: false,
    certificates: certificates.map((c) => (Buffer.isBuffer(c) ? c : c.der)),
    address: ADDRESS,
    port: 443,
    sni: DOMAIN,
    offered: 'TLSv1.2',
    ms: 3,
    ...where,
  } as TlsHelloResult
}

function observe(...tls: TlsHelloResult[]): Observations {
  const addresses = [{ address: ADDRESS, family: 4 as const, source: 'resolver' as const }]
  return { ...emptyObservations(), resolution: { ok: true, addresses, ms: 1 }, addresses, tls }
}

function run(sent: (IssuedCertificate | Buffer)[], overrides: Partial<CheckContext> = {}): FindingDraft[] {
  return certificateCheck.run(observe(hello(sent)), context(overrides))
}

const healthyLeaf = labLeaf([DOMAIN])

describe('certificate check', () => {
  it('finds nothing in a healthy chain', () => {
    expect(run([healthyLeaf, labIntermediate])).toEqual([])
    expect(run([healthyLeaf, labIntermediate, labRoot])).toEqual([])
  })

  it('reports an expired leaf', () => {
    const leaf = labLeaf([DOMAIN], { notBefore: daysFromNow(-90), notAfter: daysFromNow(-2) })
    expect(run([leaf, labIntermediate])).toEqual([
      { code: 'CERT_EXPIRED', ...WHERE, details: { position: 'leaf', subject: LEAF, notAfter: daysFromNow(-2).toISOString() } },
    ])
  })

  it('reports an expired intermediate by its position', () => {
    const intermediate = issueCertificate({
      subject: { CN: 'Old Intermediate', O: 'Lab' },
      isCA: true,
      issuer: labRoot,
      notBefore: daysFromNow(-400),
      notAfter: daysFromNow(-1),
    })
    const leaf = labLeaf([DOMAIN], { issuer: intermediate })
    expect(run([leaf, intermediate])).toEqual([
      {
        code: 'CERT_EXPIRED',
        ...WHERE,
        details: { position: 'intermediate #1', subject: 'CN=Old Intermediate, O=Lab', notAfter: daysFromNow(-1).toISOString() },
      },
    ])
  })

  it('reports a leaf that is not valid yet', () => {
    const leaf = labLeaf([DOMAIN], { notBefore: daysFromNow(1), notAfter: daysFromNow(90) })
    expect(run([leaf, labIntermediate])).toEqual([
      { code: 'CERT_NOT_YET_VALID', ...WHERE, details: { position: 'leaf', subject: LEAF, notBefore: daysFromNow(1).toISOString() } },
    ])
  })

  it('fails a leaf that expires within fail-days', () => {
    const notAfter = new Date(daysFromNow(3).getTime() + 3_600_000)
    expect(run([labLeaf([DOMAIN], { notAfter }), labIntermediate])).toEqual([
      {
        code: 'CERT_EXPIRES_SOON',
        severity: 'error',
        ...WHERE,
        details: { days: 3, notAfter: notAfter.toISOString(), position: 'leaf', subject: LEAF },
      },
    ])
  })

  it('warns about a leaf that expires within warn-days', () => {
    const notAfter = new Date(daysFromNow(20).getTime() + 3_600_000)
    expect(run([labLeaf([DOMAIN], { notAfter }), labIntermediate])).toEqual([
      {
        code: 'CERT_EXPIRES_SOON',
        severity: 'warning',
        ...WHERE,
        details: { days: 20, notAfter: notAfter.toISOString(), position: 'leaf', subject: LEAF },
      },
    ])
    const relaxed = { ...origin, certificate: { warnDays: 14, failDays: 3 } }
    expect(run([labLeaf([DOMAIN], { notAfter }), labIntermediate], { origin: relaxed })).toEqual([])
  })

  it('reports a name mismatch with the names on both sides', () => {
    expect(run([labLeaf(['other.example.test']), labIntermediate])).toEqual([
      { code: 'CERT_NAME_MISMATCH', ...WHERE, details: { certificateNames: ['other.example.test'], requiredNames: [DOMAIN] } },
    ])
  })

  it('does not let a wildcard cover two labels', () => {
    const deep = { ...origin, domain: `deep.${DOMAIN}` }
    const observations = observe(hello([labLeaf(['*.lab.test']), labIntermediate], { sni: deep.domain }))
    expect(certificateCheck.run(observations, context({ origin: deep }))).toEqual([
      {
        code: 'CERT_NAME_MISMATCH',
        ...WHERE,
        name: deep.domain,
        details: { certificateNames: ['*.lab.test'], requiredNames: [deep.domain] },
      },
    ])
    expect(run([labLeaf(['*.lab.test']), labIntermediate])).toEqual([])
  })

  it('passes a certificate that covers only the forwarded Host', () => {
    const forwarded = { ...origin, hostHeaders: ['www.shop.test'] }
    const observations = observe(hello([labLeaf(['www.shop.test']), labIntermediate], { sni: 'www.shop.test' }))
    expect(certificateCheck.run(observations, context({ origin: forwarded }))).toEqual([])
    expect(run([labLeaf(['other.example.test']), labIntermediate], { origin: forwarded })).toEqual([
      { code: 'CERT_NAME_MISMATCH', ...WHERE, details: { certificateNames: ['other.example.test'], requiredNames: [DOMAIN] } },
    ])
  })

  it('reports a self-signed leaf', () => {
    const selfSigned = issueCertificate({ subject: { CN: DOMAIN, O: 'Lab' }, sans: [DOMAIN] })
    expect(run([selfSigned])).toEqual([{ code: 'CERT_SELF_SIGNED', ...WHERE, details: { subject: LEAF } }])
  })

  it('reports a chain to an unknown root, naming the issuer that was neither sent nor trusted', () => {
    const leaf = labLeaf([DOMAIN], { issuer: rogueIntermediate })
    expect(run([leaf, rogueIntermediate])).toEqual([
      {
        code: 'CERT_UNTRUSTED_ROOT',
        ...WHERE,
        details: {
          root: 'CN=Rogue Intermediate CA, O=Rogue',
          issuer: 'CN=Rogue Root CA, O=Rogue',
          rootKind: 'issuer-missing',
        },
      },
    ])
  })

  it('says an intermediate is unsent when the path stops below a trusted root', () => {
    const lower = issueCertificate({ subject: { CN: 'Lab Issuing CA', O: 'Lab' }, isCA: true, issuer: labIntermediate })
    const found = run([labLeaf([DOMAIN], { issuer: lower }), lower])
    expect(found).toEqual([
      {
        code: 'CERT_UNTRUSTED_ROOT',
        ...WHERE,
        details: {
          root: 'CN=Lab Issuing CA, O=Lab',
          issuer: INTERMEDIATE,
          rootKind: 'issuer-missing',
        },
      },
    ])
    expect(toFinding(found[0]!, 'shop', 'certificate').message).toBe(
      `The chain from ${ADDRESS}:443 ends at CN=Lab Issuing CA, O=Lab: issued by ${INTERMEDIATE}, which is neither sent nor in the edge's trust store.`,
    )
  })

  it('judges a cross-signed intermediate sent before the trusted one by the path to the trusted root', () => {
    const oldRoot = issueCertificate({ subject: { CN: 'Old Root CA', O: 'Old' }, isCA: true })
    const cross = issueCertificate({
      subject: { CN: 'Lab Intermediate CA', O: 'Lab' },
      key: labIntermediate.key,
      isCA: true,
      issuer: oldRoot,
      notBefore: daysFromNow(-400),
      notAfter: daysFromNow(-1),
    })
    expect(run([healthyLeaf, cross, labIntermediate])).toEqual([])
    expect(run([healthyLeaf, labIntermediate, cross])).toEqual([])
    expect(run([healthyLeaf, cross, oldRoot, labIntermediate, labRoot])).toEqual([])
  })

  it('does not call a duplicated certificate an order error', () => {
    expect(run([healthyLeaf, healthyLeaf, labIntermediate])).toEqual([])
    expect(run([healthyLeaf, labIntermediate, labIntermediate])).toEqual([])
  })

  it('reports a missing intermediate', () => {
    expect(run([healthyLeaf])).toEqual([{ code: 'CERT_CHAIN_INCOMPLETE', ...WHERE, details: { subject: LEAF, issuer: INTERMEDIATE } }])
  })

  it('reports a chain sent out of order', () => {
    expect(run([labIntermediate, healthyLeaf])).toEqual([
      { code: 'CERT_CHAIN_ORDER', ...WHERE, details: { sent: [INTERMEDIATE, LEAF], expected: [LEAF, INTERMEDIATE] } },
    ])
    expect(run([healthyLeaf, labRoot, labIntermediate])).toEqual([
      {
        code: 'CERT_CHAIN_ORDER',
        ...WHERE,
        details: { sent: [LEAF, 'CN=Lab Root CA, O=Lab', INTERMEDIATE], expected: [LEAF, INTERMEDIATE, 'CN=Lab Root CA, O=Lab'] },
      },
    ])
  })

  it('reports a key CloudFront does not accept', () => {
    expect(run([labLeaf([DOMAIN], { key: createKey('p521') }), labIntermediate])).toEqual([
      {
        code: 'CERT_KEY_UNSUPPORTED',
        ...WHERE,
        details: { key: 'ECDSA secp521r1', accepted: 'RSA 1024-4096 bits, ECDSA prime256v1/secp384r1' },
      },
    ])
    expect(run([labLeaf([DOMAIN], { key: createKey('p384') }), labIntermediate])).toEqual([])
    expect(run([labLeaf([DOMAIN], { key: createKey('ed25519') }), labIntermediate])).toEqual([
      { code: 'CERT_KEY_UNSUPPORTED', ...WHERE, details: { key: 'Ed25519', accepted: 'RSA 1024-4096 bits, ECDSA prime256v1/secp384r1' } },
    ])
    const rsaOnly = { ...cloudfront, keyLimits: { rsaMinBits: 2048, rsaMaxBits: 2048, ecdsaCurves: [] } }
    expect(run([labLeaf([DOMAIN], { key: createKey('rsa1024') }), labIntermediate], { edge: rsaOnly })).toEqual([
      { code: 'CERT_KEY_UNSUPPORTED', ...WHERE, details: { key: 'RSA 1024-bit', accepted: 'RSA 2048-2048 bits' } },
    ])
  })

  it('warns about a SHA-1 signature below the trust anchor, through the catalogue default', () => {
    const found = run([labLeaf([DOMAIN], { signatureHash: 'sha1' }), labIntermediate])
    expect(found).toEqual([
      { code: 'CERT_SIGNATURE_WEAK', ...WHERE, details: { algorithm: 'ecdsa-with-SHA1', position: 'leaf', subject: LEAF } },
    ])
    expect(CATALOGUE.CERT_SIGNATURE_WEAK.severity).toBe('warning')
  })

  it('ignores the signature of a self-signed trust anchor, not of a self-signed leaf', () => {
    const sha1Root = issueCertificate({ subject: { CN: 'SHA1 Root', O: 'Lab' }, isCA: true, signatureHash: 'sha1' })
    const intermediate = issueCertificate({ subject: { CN: 'Inter', O: 'Lab' }, isCA: true, issuer: sha1Root })
    const leaf = labLeaf([DOMAIN], { issuer: intermediate })
    // Untrusted, so the whole sent path is relied on, root included.
    expect(run([leaf, intermediate, sha1Root])).toEqual([
      { code: 'CERT_UNTRUSTED_ROOT', ...WHERE, details: { root: 'CN=SHA1 Root, O=Lab', rootKind: 'self-signed-untrusted' } },
    ])
    const selfSigned = issueCertificate({ subject: { CN: DOMAIN, O: 'Lab' }, sans: [DOMAIN], signatureHash: 'sha1' })
    expect(run([selfSigned])).toEqual([
      { code: 'CERT_SELF_SIGNED', ...WHERE, details: { subject: LEAF } },
      { code: 'CERT_SIGNATURE_WEAK', ...WHERE, details: { algorithm: 'ecdsa-with-SHA1', position: 'leaf', subject: LEAF } },
    ])
    expect(run([selfSigned], { trust: createTrustStore(parsed(labRoot, selfSigned)) })).toEqual([])
  })

  it('turns an unparseable certificate into PROBE_ERROR and judges nothing else', () => {
    expect(run([healthyLeaf, Buffer.from('30030201ff', 'hex')])).toEqual([
      {
        code: 'PROBE_ERROR',
        ...WHERE,
        details: {
          step: 'certificate',
          error: expect.stringMatching(/^certificate #2 of 2 from the server does not parse: not a DER X\.509 certificate/),
        },
      },
    ])
    expect(run([])).toEqual([
      { code: 'PROBE_ERROR', ...WHERE, details: { step: 'certificate', error: 'the server sent an empty Certificate message' } },
    ])
  })

  it('reports each SNI name and address, and collapses only identical observations', () => {
    const leaf = labLeaf(['other.example.test'])
    const observations = observe(
      hello([leaf, labIntermediate]),
      hello([leaf, labIntermediate]),
      hello([leaf, labIntermediate], { sni: 'www.shop.lab.test' }),
      hello([leaf, labIntermediate], { address: '192.0.2.11' }),
      { ok: false, kind: 'alert', address: ADDRESS, port: 443, sni: DOMAIN, offered: 'TLSv1.2', ms: 2 },
    )
    const found = certificateCheck.run(observations, context())
    expect(found.map((o) => [o.code, o.address, o.name])).toEqual([
      ['CERT_NAME_MISMATCH', ADDRESS, DOMAIN],
      ['CERT_NAME_MISMATCH', ADDRESS, 'www.shop.lab.test'],
      ['CERT_NAME_MISMATCH', '192.0.2.11', DOMAIN],
    ])
  })

  it('leaves ALB downgrades to the engine', () => {
    const alb = { ...cloudfront, name: 'alb' as const, validatesCertificates: false }
    expect(run([healthyLeaf], { edge: alb })).toEqual([
      { code: 'CERT_CHAIN_INCOMPLETE', ...WHERE, details: { subject: LEAF, issuer: INTERMEDIATE } },
    ])
  })

  it('emits only declared codes whose details fill their catalogue templates', () => {
    const shapes: (IssuedCertificate | Buffer)[][] = [
      [labLeaf(['other.example.test'], { notAfter: daysFromNow(2), key: createKey('p521'), signatureHash: 'sha1' }), labIntermediate],
      [labLeaf([DOMAIN], { notBefore: daysFromNow(-9), notAfter: daysFromNow(-1) })],
      [labLeaf([DOMAIN], { notBefore: daysFromNow(2) }), labIntermediate],
      [labIntermediate, labLeaf([DOMAIN])],
      [labLeaf([DOMAIN], { issuer: rogueIntermediate }), rogueIntermediate],
      [issueCertificate({ subject: { CN: DOMAIN } })],
      [Buffer.from('00', 'hex')],
    ]
    const found = [
      ...shapes.flatMap((sent) => run(sent)),
      // A TLS 1.3 handshake shows no certificate: unchecked, and said so.
      ...certificateCheck.run(observe(hello([], { version: 'TLSv1.3', offered: 'TLSv1.3' })), context()),
    ]
    expect(new Set(found.map((o) => o.code))).toEqual(new Set(certificateCheck.codes))
    for (const observation of found) {
      const finding = toFinding(observation, 'shop', 'certificate')
      expect(`${finding.message} ${finding.remedy}`, observation.code).not.toMatch(/\{[\w.]+\}/)
      if (observation.severity) expect(CATALOGUE[observation.code].allowed).toContain(observation.severity)
    }
  })
})

describe('certificateSummary', () => {
  it('describes the soonest-expiring leaf across addresses', () => {
    const later = labLeaf([DOMAIN, `www.${DOMAIN}`], { notAfter: daysFromNow(80) })
    const sooner = labLeaf([DOMAIN], { notAfter: new Date(NOW.getTime() + 40 * DAY_MS + 1000) })
    const observations = observe(hello([later, labIntermediate]), hello([labIntermediate, sooner], { address: '192.0.2.11' }), {
      ok: false,
      kind: 'timeout',
      address: '192.0.2.12',
      port: 443,
      sni: DOMAIN,
      offered: 'TLSv1.2',
      ms: 5000,
    })
    expect(certificateSummary(observations, NOW)).toEqual({
      notAfter: new Date(NOW.getTime() + 40 * DAY_MS + 1000).toISOString(),
      daysLeft: 40,
      names: [DOMAIN],
      subject: LEAF,
    })
    expect(certificateSummary(observe(hello([later])), NOW)).toMatchObject({ daysLeft: 80, names: [DOMAIN, `www.${DOMAIN}`] })
  })

  it('is undefined without a readable certificate', () => {
    expect(certificateSummary(observe(), NOW)).toBeUndefined()
    expect(certificateSummary(observe(hello([Buffer.from('00', 'hex')])), NOW)).toBeUndefined()
  })
})

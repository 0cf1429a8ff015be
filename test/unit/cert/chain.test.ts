import { describe, expect, it } from 'vitest'
import { analyzeChain, arrangePath, positionLabel, type ChainAnalysis } from '../../../src/cert/chain.js'
import type { ParsedCertificate } from '../../../src/cert/parse.js'
import { createKey, issueCertificate as issue } from '../../../src/lab/pki.js'
import { NOW, daysFromNow, labIntermediate, labLeaf, labRoot, labTrust, parsed, rogueIntermediate, rogueRoot } from './fixtures.js'

const leaf = labLeaf(['shop.lab.test'])
const unrelated = labLeaf(['unrelated.lab.test'], { issuer: rogueIntermediate })
const [leafCert, intermediateCert, rootCert, unrelatedCert] = parsed(leaf, labIntermediate, labRoot, unrelated) as [
  ParsedCertificate,
  ParsedCertificate,
  ParsedCertificate,
  ParsedCertificate,
]

const subjects = (certs: ParsedCertificate[]) => certs.map((c) => c.subject)
const shape = (chain: ChainAnalysis) => ({
  leaf: chain.leaf.subject,
  leafIndex: chain.leafIndex,
  path: subjects(chain.path),
  extras: subjects(chain.extras),
  outOfOrder: chain.outOfOrder,
  relied: subjects(chain.relied),
})

const LEAF = 'CN=shop.lab.test, O=Lab'
const INTERMEDIATE = 'CN=Lab Intermediate CA, O=Lab'
const ROOT = 'CN=Lab Root CA, O=Lab'

describe('analyzeChain', () => {
  it('accepts leaf then intermediate, anchored at a trusted root that was not sent', () => {
    const chain = analyzeChain([leafCert, intermediateCert], labTrust(), NOW)
    expect(shape(chain)).toEqual({
      leaf: LEAF,
      leafIndex: 0,
      path: [LEAF, INTERMEDIATE],
      extras: [],
      outOfOrder: false,
      relied: [LEAF, INTERMEDIATE],
    })
    expect(chain.end).toMatchObject({ kind: 'trusted', anchorSent: false })
    expect(chain.end.kind === 'trusted' && chain.end.anchor.sha256).toBe(rootCert.sha256)
  })

  it('accepts the root sent along, in order', () => {
    const chain = analyzeChain([leafCert, intermediateCert, rootCert], labTrust(), NOW)
    expect(shape(chain)).toMatchObject({ path: [LEAF, INTERMEDIATE, ROOT], extras: [], outOfOrder: false })
    // The intermediate is already issued by a trusted root: the sent root is not relied on.
    expect(chain.relied.length).toBe(2)
    expect(chain.end).toMatchObject({ kind: 'trusted', anchorSent: false })
  })

  it('finds the leaf when it is not sent first', () => {
    const chain = analyzeChain([intermediateCert, leafCert], labTrust(), NOW)
    expect(shape(chain)).toMatchObject({ leaf: LEAF, leafIndex: 1, path: [LEAF, INTERMEDIATE], outOfOrder: true })
    expect(chain.end.kind).toBe('trusted')
  })

  it('flags an issuer sent before its subject', () => {
    const chain = analyzeChain([leafCert, rootCert, intermediateCert], labTrust(), NOW)
    expect(shape(chain)).toMatchObject({ leafIndex: 0, path: [LEAF, INTERMEDIATE, ROOT], extras: [], outOfOrder: true })
  })

  it('reports a missing intermediate at a non-CA leaf whose issuer was not sent', () => {
    const chain = analyzeChain([leafCert], labTrust(), NOW)
    expect(shape(chain)).toMatchObject({ path: [LEAF], outOfOrder: false, relied: [LEAF] })
    expect(chain.end).toEqual({ kind: 'incomplete', certificate: leafCert })
    expect(leafCert.issuer).toBe(INTERMEDIATE)
  })

  it('ends at the last intermediate and names its missing issuer', () => {
    const rogueLeaf = parsed(labLeaf(['shop.lab.test'], { issuer: rogueIntermediate }), rogueIntermediate) as [
      ParsedCertificate,
      ParsedCertificate,
    ]
    const chain = analyzeChain(rogueLeaf, labTrust(), NOW)
    expect(chain.end).toEqual({
      kind: 'untrusted-root',
      root: 'CN=Rogue Intermediate CA, O=Rogue',
      certificate: rogueLeaf[1],
      missingIssuer: 'CN=Rogue Root CA, O=Rogue',
    })
    expect(chain.relied.length).toBe(2)
  })

  it('names the missing intermediate when the path stops below a trusted root', () => {
    const lower = issue({ subject: { CN: 'Lab Issuing CA', O: 'Lab' }, isCA: true, issuer: labIntermediate })
    const sent = parsed(labLeaf(['shop.lab.test'], { issuer: lower }), lower)
    const chain = analyzeChain(sent, labTrust(), NOW)
    expect(chain.end).toEqual({
      kind: 'untrusted-root',
      root: 'CN=Lab Issuing CA, O=Lab',
      certificate: sent[1],
      missingIssuer: INTERMEDIATE,
    })
  })

  it('reports an unknown root that was sent', () => {
    const sent = parsed(labLeaf(['shop.lab.test'], { issuer: rogueIntermediate }), rogueIntermediate, rogueRoot)
    const chain = analyzeChain(sent, labTrust(), NOW)
    expect(chain.end).toMatchObject({ kind: 'untrusted-root', root: 'CN=Rogue Root CA, O=Rogue' })
    expect(chain.end.kind === 'untrusted-root' && chain.end.certificate.selfSigned).toBe(true)
    expect(chain.end).not.toHaveProperty('missingIssuer')
    expect(chain.outOfOrder).toBe(false)
    expect(positionLabel(chain.path, 2)).toBe('root')
  })

  it('reports a self-signed leaf, unless the store trusts it', () => {
    const selfSigned = parsed(issue({ subject: { CN: 'self.lab.test' }, sans: ['self.lab.test'] })) as [ParsedCertificate]
    expect(analyzeChain(selfSigned, labTrust(), NOW).end).toEqual({ kind: 'self-signed', certificate: selfSigned[0] })
    const trusted = analyzeChain(
      selfSigned,
      { size: 1, findIssuer: () => undefined, contains: (c) => c.sha256 === selfSigned[0].sha256 },
      NOW,
    )
    expect(trusted.end).toEqual({ kind: 'trusted', anchor: selfSigned[0], anchorSent: true })
  })

  it('notes an unrelated certificate after a correct path without calling it an order error', () => {
    const chain = analyzeChain([leafCert, intermediateCert, unrelatedCert], labTrust(), NOW)
    expect(shape(chain)).toMatchObject({
      leaf: LEAF,
      path: [LEAF, INTERMEDIATE],
      extras: ['CN=unrelated.lab.test, O=Lab'],
      outOfOrder: false,
    })
    expect(chain.end.kind).toBe('trusted')
  })

  it('calls an unrelated certificate between a certificate and its issuer an order error', () => {
    const chain = analyzeChain([leafCert, unrelatedCert, intermediateCert], labTrust(), NOW)
    expect(shape(chain)).toMatchObject({
      leaf: LEAF,
      path: [LEAF, INTERMEDIATE],
      extras: ['CN=unrelated.lab.test, O=Lab'],
      outOfOrder: true,
    })
  })

  it('prefers a leaf whose issuer was sent when several issue nothing', () => {
    const chain = arrangePath([intermediateCert, unrelatedCert, leafCert])
    expect(chain.leaf).toBe(leafCert)
    expect(chain.outOfOrder).toBe(true)
    expect(arrangePath([unrelatedCert, leafCert]).leaf).toBe(unrelatedCert)
  })

  it('prefers a non-CA leaf when nothing sent issues it', () => {
    const rogueLeaf = parsed(labLeaf(['shop.lab.test'], { issuer: rogueIntermediate }))[0] as ParsedCertificate
    const chain = analyzeChain([intermediateCert, rogueLeaf], labTrust(), NOW)
    expect(shape(chain)).toMatchObject({ leafIndex: 1, path: [LEAF], extras: [INTERMEDIATE], outOfOrder: true })
    expect(chain.end).toEqual({ kind: 'incomplete', certificate: rogueLeaf })
  })

  it('stops relying on the chain at the first certificate a trusted root issued', () => {
    // The root's key re-issued as an intermediate under an old (untrusted) root, sent after the
    // intermediate: the way cross-signed roots are commonly served.
    const oldRoot = issue({ subject: { CN: 'Old Root CA', O: 'Old' }, isCA: true })
    const crossSigned = issue({
      subject: { CN: 'Lab Root CA', O: 'Lab' },
      key: labRoot.key,
      isCA: true,
      issuer: oldRoot,
      notAfter: new Date('2020-01-01T00:00:00Z'),
    })
    const chain = analyzeChain([leafCert, intermediateCert, ...parsed(crossSigned)], labTrust(), NOW)
    expect(shape(chain)).toMatchObject({ path: [LEAF, INTERMEDIATE, ROOT], outOfOrder: false, relied: [LEAF, INTERMEDIATE] })
    expect(chain.end.kind).toBe('trusted')
  })

  it('prefers an issuer that leads to a trusted root over a cross-sign sent first', () => {
    const oldRoot = issue({ subject: { CN: 'Old Root CA', O: 'Old' }, isCA: true })
    const cross = issue({ subject: { CN: 'Lab Intermediate CA', O: 'Lab' }, key: labIntermediate.key, isCA: true, issuer: oldRoot })
    const [crossCert] = parsed(cross) as [ParsedCertificate]
    const chain = analyzeChain([leafCert, crossCert, intermediateCert], labTrust(), NOW)
    expect(chain.path).toEqual([leafCert, intermediateCert])
    expect(chain.extras).toEqual([crossCert])
    expect(chain.outOfOrder).toBe(false)
    expect(chain.relied).toEqual([leafCert, intermediateCert])
    expect(chain.end).toMatchObject({ kind: 'trusted', anchorSent: false })
  })

  it('follows a cross-sign through further sent certificates when that is the way to a trusted root', () => {
    // The lab intermediate's key certified by a bridge CA that the trusted root issued.
    const bridge = issue({ subject: { CN: 'Lab Bridge CA', O: 'Lab' }, isCA: true, issuer: labRoot })
    const rogueCross = issue({ subject: { CN: 'Lab Intermediate CA', O: 'Lab' }, key: labIntermediate.key, isCA: true, issuer: rogueRoot })
    const viaBridge = issue({ subject: { CN: 'Lab Intermediate CA', O: 'Lab' }, key: labIntermediate.key, isCA: true, issuer: bridge })
    const [rogueCrossCert, viaBridgeCert, bridgeCert] = parsed(rogueCross, viaBridge, bridge)
    const chain = analyzeChain([leafCert, rogueCrossCert!, viaBridgeCert!, bridgeCert!], labTrust(), NOW)
    expect(subjects(chain.path)).toEqual([LEAF, INTERMEDIATE, 'CN=Lab Bridge CA, O=Lab'])
    expect(chain.path[1]).toBe(viaBridgeCert)
    expect(chain.extras).toEqual([rogueCrossCert])
    expect(chain.outOfOrder).toBe(false)
    expect(chain.end).toMatchObject({ kind: 'trusted', anchorSent: false })
  })

  it('prefers an issuer valid now when none leads to a trusted root', () => {
    const expiredCopy = issue({
      subject: { CN: 'Rogue Intermediate CA', O: 'Rogue' },
      key: rogueIntermediate.key,
      isCA: true,
      issuer: rogueRoot,
      notBefore: daysFromNow(-400),
      notAfter: daysFromNow(-1),
    })
    const sent = parsed(labLeaf(['shop.lab.test'], { issuer: rogueIntermediate }), expiredCopy, rogueIntermediate)
    const chain = analyzeChain(sent, labTrust(), NOW)
    expect(chain.path).toEqual([sent[0], sent[2]])
    expect(chain.extras).toEqual([sent[1]])
    expect(chain.outOfOrder).toBe(false)
    expect(chain.end).toMatchObject({ kind: 'untrusted-root', root: 'CN=Rogue Intermediate CA, O=Rogue' })
  })

  it('ranks by sent order only when trust and validity do not decide', () => {
    const twin = issue({ subject: { CN: 'Lab Intermediate CA', O: 'Lab' }, key: labIntermediate.key, isCA: true, issuer: labRoot })
    const [twinCert] = parsed(twin) as [ParsedCertificate]
    expect(analyzeChain([leafCert, twinCert, intermediateCert], labTrust(), NOW).path).toEqual([leafCert, twinCert])
    expect(analyzeChain([leafCert, intermediateCert, twinCert], labTrust(), NOW).path).toEqual([leafCert, intermediateCert])
    // Without a trust store or a clock (the report header only needs the leaf), sent order decides.
    expect(arrangePath([leafCert, twinCert, intermediateCert]).path).toEqual([leafCert, twinCert])
  })

  it('does not loop through CAs that certify each other', () => {
    const keyA = createKey()
    const keyB = createKey()
    const seedB = issue({ subject: { CN: 'Loop B', O: 'Loop' }, key: keyB, isCA: true })
    const a = issue({ subject: { CN: 'Loop A', O: 'Loop' }, key: keyA, isCA: true, issuer: seedB })
    const b = issue({ subject: { CN: 'Loop B', O: 'Loop' }, key: keyB, isCA: true, issuer: a })
    const sent = parsed(labLeaf(['shop.lab.test'], { issuer: a }), a, b)
    const chain = analyzeChain(sent, labTrust(), NOW)
    expect(subjects(chain.path)).toEqual([LEAF, 'CN=Loop A, O=Loop', 'CN=Loop B, O=Loop'])
    expect(chain.outOfOrder).toBe(false)
    expect(chain.end).toMatchObject({ kind: 'untrusted-root', root: 'CN=Loop B, O=Loop' })
    // A trusted copy of A sent last is reached directly, not around the loop.
    const trustedA = issue({ subject: { CN: 'Loop A', O: 'Loop' }, key: keyA, isCA: true, issuer: labRoot })
    const [trustedACert] = parsed(trustedA) as [ParsedCertificate]
    const anchored = analyzeChain([...sent, trustedACert], labTrust(), NOW)
    expect(anchored.path).toEqual([sent[0], trustedACert])
    expect(anchored.extras).toEqual([sent[1], sent[2]])
    expect(anchored.outOfOrder).toBe(false)
    expect(anchored.end).toMatchObject({ kind: 'trusted', anchorSent: false })
  })

  it('keeps a duplicated certificate as an extra without calling it an order error', () => {
    const [leafAgain] = parsed(leaf) as [ParsedCertificate]
    const chain = analyzeChain([leafCert, leafAgain, intermediateCert], labTrust(), NOW)
    expect(shape(chain)).toMatchObject({ leafIndex: 0, path: [LEAF, INTERMEDIATE], extras: [LEAF], outOfOrder: false })
    // The same parsed object sent twice (the check's parser caches by DER).
    const same = analyzeChain([leafCert, intermediateCert, intermediateCert], labTrust(), NOW)
    expect(shape(same)).toMatchObject({ path: [LEAF, INTERMEDIATE], extras: [INTERMEDIATE], outOfOrder: false })
    expect(analyzeChain([leafCert, leafCert, intermediateCert], labTrust(), NOW).outOfOrder).toBe(false)
    // A duplicate does not excuse a real order error.
    expect(analyzeChain([leafCert, rootCert, intermediateCert, intermediateCert], labTrust(), NOW).outOfOrder).toBe(true)
  })

  it('names positions as findings show them', () => {
    const path = [leafCert, intermediateCert, rootCert]
    expect([0, 1, 2].map((i) => positionLabel(path, i))).toEqual(['leaf', 'intermediate #1', 'root'])
    expect(positionLabel([leafCert, intermediateCert], 1)).toBe('intermediate #1')
  })

  it('refuses an empty chain', () => {
    expect(() => arrangePath([])).toThrow(RangeError)
  })
})

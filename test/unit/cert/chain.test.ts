import { describe, expect, it } from 'vitest'
import { analyzeChain, arrangePath, positionLabel, type ChainAnalysis } from '../../../src/cert/chain.js'
import type { ParsedCertificate } from '../../../src/cert/parse.js'
import { issueCertificate } from '../../../src/lab/pki.js'
import {
  labIntermediate, labLeaf, labRoot, labTrust, parsed, rogueIntermediate, rogueRoot,
} from './fixtures.js'

const leaf = labLeaf(['shop.lab.test'])
const unrelated = labLeaf(['unrelated.lab.test'], { issuer: rogueIntermediate })
const [leafCert, intermediateCert, rootCert, unrelatedCert] = parsed(leaf, labIntermediate, labRoot, unrelated) as [
  ParsedCertificate, ParsedCertificate, ParsedCertificate, ParsedCertificate,
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
    const chain = analyzeChain([leafCert, intermediateCert], labTrust())
    expect(shape(chain)).toEqual({ leaf: LEAF, leafIndex: 0, path: [LEAF, INTERMEDIATE], extras: [], outOfOrder: false, relied: [LEAF, INTERMEDIATE] })
    expect(chain.end).toMatchObject({ kind: 'trusted', anchorSent: false })
    expect(chain.end.kind === 'trusted' && chain.end.anchor.sha256).toBe(rootCert.sha256)
  })

  it('accepts the root sent along, in order', () => {
    const chain = analyzeChain([leafCert, intermediateCert, rootCert], labTrust())
    expect(shape(chain)).toMatchObject({ path: [LEAF, INTERMEDIATE, ROOT], extras: [], outOfOrder: false })
    // The intermediate is already issued by a trusted root: the sent root is not relied on.
    expect(chain.relied.length).toBe(2)
    expect(chain.end).toMatchObject({ kind: 'trusted', anchorSent: false })
  })

  it('finds the leaf when it is not sent first', () => {
    const chain = analyzeChain([intermediateCert, leafCert], labTrust())
    expect(shape(chain)).toMatchObject({ leaf: LEAF, leafIndex: 1, path: [LEAF, INTERMEDIATE], outOfOrder: true })
    expect(chain.end.kind).toBe('trusted')
  })

  it('flags an issuer sent before its subject', () => {
    const chain = analyzeChain([leafCert, rootCert, intermediateCert], labTrust())
    expect(shape(chain)).toMatchObject({ leafIndex: 0, path: [LEAF, INTERMEDIATE, ROOT], extras: [], outOfOrder: true })
  })

  it('reports a missing intermediate at a non-CA leaf whose issuer was not sent', () => {
    const chain = analyzeChain([leafCert], labTrust())
    expect(shape(chain)).toMatchObject({ path: [LEAF], outOfOrder: false, relied: [LEAF] })
    expect(chain.end).toEqual({ kind: 'incomplete', certificate: leafCert })
    expect(leafCert.issuer).toBe(INTERMEDIATE)
  })

  it('reports an unknown root named by the last intermediate', () => {
    const rogueLeaf = parsed(labLeaf(['shop.lab.test'], { issuer: rogueIntermediate }), rogueIntermediate) as [ParsedCertificate, ParsedCertificate]
    const chain = analyzeChain(rogueLeaf, labTrust())
    expect(chain.end).toMatchObject({ kind: 'untrusted-root', root: 'CN=Rogue Root CA, O=Rogue' })
    expect(chain.relied.length).toBe(2)
  })

  it('reports an unknown root that was sent', () => {
    const sent = parsed(labLeaf(['shop.lab.test'], { issuer: rogueIntermediate }), rogueIntermediate, rogueRoot)
    const chain = analyzeChain(sent, labTrust())
    expect(chain.end).toMatchObject({ kind: 'untrusted-root', root: 'CN=Rogue Root CA, O=Rogue' })
    expect(chain.end.kind === 'untrusted-root' && chain.end.certificate.selfSigned).toBe(true)
    expect(chain.outOfOrder).toBe(false)
    expect(positionLabel(chain.path, 2)).toBe('root')
  })

  it('reports a self-signed leaf, unless the store trusts it', () => {
    const selfSigned = parsed(issueCertificate({ subject: { CN: 'self.lab.test' }, sans: ['self.lab.test'] })) as [ParsedCertificate]
    expect(analyzeChain(selfSigned, labTrust()).end).toEqual({ kind: 'self-signed', certificate: selfSigned[0] })
    const trusted = analyzeChain(selfSigned, { size: 1, findIssuer: () => undefined, contains: (c) => c.sha256 === selfSigned[0].sha256 })
    expect(trusted.end).toEqual({ kind: 'trusted', anchor: selfSigned[0], anchorSent: true })
  })

  it('notes an unrelated certificate after a correct path without calling it an order error', () => {
    const chain = analyzeChain([leafCert, intermediateCert, unrelatedCert], labTrust())
    expect(shape(chain)).toMatchObject({ leaf: LEAF, path: [LEAF, INTERMEDIATE], extras: ['CN=unrelated.lab.test, O=Lab'], outOfOrder: false })
    expect(chain.end.kind).toBe('trusted')
  })

  it('calls an unrelated certificate between a certificate and its issuer an order error', () => {
    const chain = analyzeChain([leafCert, unrelatedCert, intermediateCert], labTrust())
    expect(shape(chain)).toMatchObject({ leaf: LEAF, path: [LEAF, INTERMEDIATE], extras: ['CN=unrelated.lab.test, O=Lab'], outOfOrder: true })
  })

  it('prefers a leaf whose issuer was sent when several issue nothing', () => {
    const chain = arrangePath([intermediateCert, unrelatedCert, leafCert])
    expect(chain.leaf).toBe(leafCert)
    expect(chain.outOfOrder).toBe(true)
    expect(arrangePath([unrelatedCert, leafCert]).leaf).toBe(unrelatedCert)
  })

  it('prefers a non-CA leaf when nothing sent issues it', () => {
    const rogueLeaf = parsed(labLeaf(['shop.lab.test'], { issuer: rogueIntermediate }))[0] as ParsedCertificate
    const chain = analyzeChain([intermediateCert, rogueLeaf], labTrust())
    expect(shape(chain)).toMatchObject({ leafIndex: 1, path: [LEAF], extras: [INTERMEDIATE], outOfOrder: true })
    expect(chain.end).toEqual({ kind: 'incomplete', certificate: rogueLeaf })
  })

  it('stops relying on the chain at the first certificate a trusted root issued', () => {
    // The root's key re-issued as an intermediate under an old (untrusted) root, sent after the
    // intermediate: the way cross-signed roots are commonly served.
    const oldRoot = issueCertificate({ subject: { CN: 'Old Root CA', O: 'Old' }, isCA: true })
    const crossSigned = issueCertificate({ subject: { CN: 'Lab Root CA', O: 'Lab' }, key: labRoot.key, isCA: true, issuer: oldRoot, notAfter: new Date('2020-01-01T00:00:00Z') })
    const chain = analyzeChain([leafCert, intermediateCert, ...parsed(crossSigned)], labTrust())
    expect(shape(chain)).toMatchObject({ path: [LEAF, INTERMEDIATE, ROOT], outOfOrder: false, relied: [LEAF, INTERMEDIATE] })
    expect(chain.end.kind).toBe('trusted')
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

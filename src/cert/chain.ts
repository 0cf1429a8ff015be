import { isIssuedBy, type ParsedCertificate } from './parse.js'
import type { TrustStore } from './trust.js'

/** The sent certificates arranged as a path, judged only on what was sent and in the order sent. */
export interface CertificatePath {
  sent: ParsedCertificate[]
  leaf: ParsedCertificate
  leafIndex: number
  /** Expected order: the leaf, then its issuer among the sent certificates, and so on. */
  path: ParsedCertificate[]
  /** Sent certificates that are not on the path, in sent order (harmless unless they break the order). */
  extras: ParsedCertificate[]
  /** Leaf not first, an issuer before its subject, or something else between a certificate and its issuer. */
  outOfOrder: boolean
}

/** Where the path ends, as the edge sees it (it never fetches a missing certificate). */
export type ChainEnd =
  /** At a trusted certificate, sent (`anchorSent`) or in the store. */
  | { kind: 'trusted'; anchor: ParsedCertificate; anchorSent: boolean }
  /** The leaf signs itself and is not trusted. */
  | { kind: 'self-signed'; certificate: ParsedCertificate }
  /**
   * At a sent self-signed certificate that is not trusted, or at a CA whose issuer is neither sent nor
   * trusted: Mozilla's roots do not issue leaves directly, so that issuer is an unknown root.
   */
  | { kind: 'untrusted-root'; root: string; certificate: ParsedCertificate }
  /** At a non-CA certificate whose issuer is neither sent nor trusted: an intermediate is missing. */
  | { kind: 'incomplete'; certificate: ParsedCertificate }

export interface ChainAnalysis extends CertificatePath {
  end: ChainEnd
  /**
   * The part of the path the edge relies on: up to and including the first certificate that is trusted
   * or issued by a trusted root; the whole path when none is. Certificates sent beyond it (an old
   * cross-signed root, say) are never used, so they are not judged.
   */
  relied: ParsedCertificate[]
}

export function analyzeChain(sent: ParsedCertificate[], trust: TrustStore): ChainAnalysis {
  const arranged = arrangePath(sent)
  const { end, anchorIndex } = judgeEnd(arranged.path, trust)
  return { ...arranged, end, relied: arranged.path.slice(0, anchorIndex + 1) }
}

/** Finds the leaf and the expected order; needs no trust store. */
export function arrangePath(sent: ParsedCertificate[]): CertificatePath {
  if (sent.length === 0) throw new RangeError('a chain needs at least one certificate')
  const leafIndex = findLeafIndex(sent)
  const leaf = sent[leafIndex] as ParsedCertificate
  const path = [leaf]
  const onPath = new Set([leaf.sha256])
  for (let current = leaf; !current.selfSigned; ) {
    const issuer = sent.find((c) => !onPath.has(c.sha256) && isIssuedBy(current, c))
    if (!issuer) break
    path.push(issuer)
    onPath.add(issuer.sha256)
    current = issuer
  }
  const placed = new Set<number>()
  for (const cert of path) placed.add(sent.indexOf(cert))
  const extras = sent.filter((_, i) => !placed.has(i))
  const outOfOrder = path.some((cert, i) => sent[i] !== cert)
  return { sent, leaf, leafIndex, path, extras, outOfOrder }
}

/** How a certificate of the path is named in findings: `leaf`, `intermediate #n` or `root`. */
export function positionLabel(path: readonly ParsedCertificate[], index: number): string {
  if (index === 0) return 'leaf'
  const cert = path[index]
  if (index === path.length - 1 && cert?.selfSigned) return 'root'
  return `intermediate #${index}`
}

/**
 * The leaf issues none of the other sent certificates. Several candidates (an unrelated extra sent
 * along): prefer one whose issuer was sent, then one that is not a CA, then the first sent.
 */
function findLeafIndex(sent: ParsedCertificate[]): number {
  const issuesAnother = (cert: ParsedCertificate) =>
    sent.some((other) => other.sha256 !== cert.sha256 && isIssuedBy(other, cert))
  const hasSentIssuer = (cert: ParsedCertificate) =>
    sent.some((other) => other.sha256 !== cert.sha256 && isIssuedBy(cert, other))
  const candidates = sent.filter((cert) => !issuesAnother(cert))
  const leaf =
    candidates.find(hasSentIssuer) ?? candidates.find((cert) => !cert.isCA) ?? candidates[0] ?? sent[0]
  return sent.indexOf(leaf as ParsedCertificate)
}

function judgeEnd(path: ParsedCertificate[], trust: TrustStore): { end: ChainEnd; anchorIndex: number } {
  for (const [index, cert] of path.entries()) {
    if (trust.contains(cert)) return { end: { kind: 'trusted', anchor: cert, anchorSent: true }, anchorIndex: index }
    const root = trust.findIssuer(cert)
    if (root) return { end: { kind: 'trusted', anchor: root, anchorSent: false }, anchorIndex: index }
  }
  const lastIndex = path.length - 1
  const last = path[lastIndex] as ParsedCertificate
  let end: ChainEnd
  if (last.selfSigned) {
    end = lastIndex === 0
      ? { kind: 'self-signed', certificate: last }
      : { kind: 'untrusted-root', root: last.subject, certificate: last }
  } else if (last.isCA) {
    end = { kind: 'untrusted-root', root: last.issuer, certificate: last }
  } else {
    end = { kind: 'incomplete', certificate: last }
  }
  return { end, anchorIndex: lastIndex }
}

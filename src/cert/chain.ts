import { isIssuedBy, type ParsedCertificate } from './parse.js'
import type { TrustStore } from './trust.js'

/** The sent certificates arranged as a path, judged only on what was sent and in the order sent. */
export interface CertificatePath {
  sent: ParsedCertificate[]
  leaf: ParsedCertificate
  leafIndex: number
  /**
   * Expected order: the leaf, then its issuer among the sent certificates, and so on. Where several sent
   * certificates could issue the same one, the path takes one that leads to a trust anchor, then one valid
   * now, then the first sent.
   */
  path: ParsedCertificate[]
  /** Sent certificates that are not on the path, in sent order, copies of a sent certificate included. */
  extras: ParsedCertificate[]
  /**
   * Leaf not first, an issuer before its subject, or something else between a certificate and its issuer.
   * Copies of a certificate already sent, and issuers the path passed over (a cross-sign, say, and the
   * certificates above it), are left out of that comparison.
   */
  outOfOrder: boolean
}

/** Where the path ends, as the edge sees it (it never fetches a missing certificate). */
export type ChainEnd =
  /** At a trusted certificate, sent (`anchorSent`) or in the store. */
  | { kind: 'trusted'; anchor: ParsedCertificate; anchorSent: boolean }
  /** The leaf signs itself and is not trusted. */
  | { kind: 'self-signed'; certificate: ParsedCertificate }
  /**
   * At a sent self-signed certificate that is not trusted, or at a CA whose issuer (`missingIssuer`) is
   * neither sent nor trusted: Mozilla's roots do not issue leaves directly, so that issuer is an unknown
   * root or an intermediate that was not sent, which the edge cannot tell apart. `root` is the subject of
   * the last certificate of the path.
   */
  | { kind: 'untrusted-root'; root: string; certificate: ParsedCertificate; missingIssuer?: string }
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

/** What ranks the sent issuers of a certificate: the edge's trust store and the time it judges at. */
export interface IssuerRanking {
  trust: TrustStore
  now: Date
}

export function analyzeChain(sent: ParsedCertificate[], trust: TrustStore, now: Date): ChainAnalysis {
  const arranged = arrangePath(sent, { trust, now })
  const { end, anchorIndex } = judgeEnd(arranged.path, trust)
  return { ...arranged, end, relied: arranged.path.slice(0, anchorIndex + 1) }
}

/**
 * Finds the leaf and the expected order. Without `ranking` (enough to find the leaf), issuers are taken
 * in sent order.
 */
export function arrangePath(sent: ParsedCertificate[], ranking?: IssuerRanking): CertificatePath {
  if (sent.length === 0) throw new RangeError('a chain needs at least one certificate')
  const leafIndex = findLeafIndex(sent)
  const leaf = sent[leafIndex] as ParsedCertificate
  const chooseIssuer = issuerChooser(sent, ranking)
  const placed = new Set([leafIndex])
  const path = [leaf]
  const onPath = new Set([leaf.sha256])
  for (let current = leaf; !current.selfSigned;) {
    const index = chooseIssuer(current, onPath)
    if (index === undefined) break
    const issuer = sent[index] as ParsedCertificate
    placed.add(index)
    path.push(issuer)
    onPath.add(issuer.sha256)
    current = issuer
  }
  const extras = sent.filter((_, i) => !placed.has(i))
  return { sent, leaf, leafIndex, path, extras, outOfOrder: isOutOfOrder(sent, path) }
}

/**
 * Picks, among the sent certificates not on the path yet, the issuer of `current`: one that leads to a
 * trust anchor first (nearest first when validity ties), then one valid now, then the first sent.
 */
function issuerChooser(sent: ParsedCertificate[], ranking: IssuerRanking | undefined) {
  const anchoredCache = new Map<ParsedCertificate, boolean>()
  const anchored = (cert: ParsedCertificate): boolean => {
    if (!ranking) return false
    let result = anchoredCache.get(cert)
    if (result === undefined) {
      result = ranking.trust.contains(cert) || ranking.trust.findIssuer(cert) !== undefined
      anchoredCache.set(cert, result)
    }
    return result
  }
  const validNow = (cert: ParsedCertificate) => ranking !== undefined && cert.notBefore <= ranking.now && ranking.now <= cert.notAfter

  /** Steps from `start` up through sent issuers (avoiding `excluded`) to an anchored certificate. */
  const anchorDistance = (start: ParsedCertificate, excluded: ReadonlySet<string>): number => {
    if (!ranking) return Infinity
    const seen = new Set([...excluded, start.sha256])
    let frontier = [start]
    for (let distance = 0; frontier.length > 0; distance++) {
      if (frontier.some(anchored)) return distance
      const next: ParsedCertificate[] = []
      for (const cert of frontier) {
        if (cert.selfSigned) continue
        for (const other of sent) {
          if (seen.has(other.sha256) || !isIssuedBy(cert, other)) continue
          seen.add(other.sha256)
          next.push(other)
        }
      }
      frontier = next
    }
    return Infinity
  }

  return (current: ParsedCertificate, onPath: ReadonlySet<string>): number | undefined => {
    let best: { index: number; key: number[] } | undefined
    for (const [index, cert] of sent.entries()) {
      if (onPath.has(cert.sha256) || !isIssuedBy(current, cert)) continue
      const distance = anchorDistance(cert, onPath)
      const key = [Number.isFinite(distance) ? 0 : 1, validNow(cert) ? 0 : 1, distance, index]
      if (!best || compareKeys(key, best.key) < 0) best = { index, key }
    }
    return best?.index
  }
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (const [i, value] of a.entries()) {
    const other = b[i] as number
    if (value !== other) return value < other ? -1 : 1
  }
  return 0
}

/**
 * The sent order, without copies of a certificate already sent and without the issuers the path passed
 * over (with anything above them), must begin with the path.
 */
function isOutOfOrder(sent: readonly ParsedCertificate[], path: readonly ParsedCertificate[]): boolean {
  const onPath = new Set(path.map((cert) => cert.sha256))
  const passedOver = new Set<string>()
  const reached = [...path]
  for (let i = 0; i < reached.length; i++) {
    const cert = reached[i] as ParsedCertificate
    if (cert.selfSigned) continue
    for (const other of sent) {
      if (onPath.has(other.sha256) || passedOver.has(other.sha256) || !isIssuedBy(cert, other)) continue
      passedOver.add(other.sha256)
      reached.push(other)
    }
  }
  const seen = new Set<string>()
  const judged: string[] = []
  for (const cert of sent) {
    if (seen.has(cert.sha256)) continue
    seen.add(cert.sha256)
    if (!passedOver.has(cert.sha256)) judged.push(cert.sha256)
  }
  return path.some((cert, i) => judged[i] !== cert.sha256)
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
  const issuesAnother = (cert: ParsedCertificate) => sent.some((other) => other.sha256 !== cert.sha256 && isIssuedBy(other, cert))
  const hasSentIssuer = (cert: ParsedCertificate) => sent.some((other) => other.sha256 !== cert.sha256 && isIssuedBy(cert, other))
  const candidates = sent.filter((cert) => !issuesAnother(cert))
  const leaf = candidates.find(hasSentIssuer) ?? candidates.find((cert) => !cert.isCA) ?? candidates[0] ?? sent[0]
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
    end = lastIndex === 0 ? { kind: 'self-signed', certificate: last } : { kind: 'untrusted-root', root: last.subject, certificate: last }
  } else if (last.isCA) {
    end = { kind: 'untrusted-root', root: last.subject, certificate: last, missingIssuer: last.issuer }
  } else {
    end = { kind: 'incomplete', certificate: last }
  }
  return { end, anchorIndex: lastIndex }
}

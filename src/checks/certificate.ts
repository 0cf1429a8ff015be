import { WEAK_HASHES } from '../cert/algorithms.js'
import { analyzeChain, arrangePath, positionLabel, type ChainAnalysis } from '../cert/chain.js'
import { acceptedKeysLabel, keyAccepted, keyLabel } from '../cert/keys.js'
import { certificateCovers, certificateNames } from '../cert/names.js'
import { parseCertificate, type ParsedCertificate } from '../cert/parse.js'
import type { TrustStore } from '../cert/trust.js'
import type { FindingCode, FindingDraft } from '../findings/finding.js'
import type { TlsHelloResult, TlsHelloSuccess } from '../probes/tls/types.js'
import type { Observations } from '../probes/observations.js'
import { defineCheck, type CheckContext } from './define.js'

const DAY_MS = 86_400_000

/** A finding before it is placed on an address, port and SNI name. */
type Judgement = Pick<FindingDraft, 'code' | 'severity' | 'details'>
type Parse = (der: Buffer) => ParsedCertificate

/** C1 and C3: judges each chain exactly as the origin sent it, as the edge would. */
export const certificateCheck = defineCheck({
  id: 'certificate',
  family: 'certificate',
  needs: ['tls', 'tlsDiagnostic', 'tlsScans'],
  codes: [
    'CERT_NAME_MISMATCH',
    'CERT_EXPIRED',
    'CERT_NOT_YET_VALID',
    'CERT_EXPIRES_SOON',
    'CERT_SELF_SIGNED',
    'CERT_UNTRUSTED_ROOT',
    'CERT_CHAIN_INCOMPLETE',
    'CERT_CHAIN_ORDER',
    'CERT_KEY_UNSUPPORTED',
    'CERT_SIGNATURE_WEAK',
    'PROBE_ERROR',
    'PROBE_UNAVAILABLE',
  ] satisfies FindingCode[],
  run(observations, context) {
    const parse = cachedParser()
    const found = [
      ...observations.tls.flatMap((hello) => (hello.ok && hello.version !== 'TLSv1.3' ? judgeHello(hello, context, parse) : [])),
      ...unreadCertificates(observations),
      // Where the edge's hello was refused, the chain read with a wider hello is still the edge's problem.
      ...observations.tlsDiagnostic.flatMap((hello) =>
        hello.ok ? judgeHello(hello, context, parse).map((o) => ({ ...o, details: { ...o.details, readWith: 'diagnostic-hello' } })) : [],
      ),
    ]
    return withoutDuplicates(found)
  },
})

/**
 * A target whose handshake works only in TLS 1.3 never shows its certificate in clear (the edge may
 * still connect, behind `edge: generic`): say it went unchecked rather than pass it in silence.
 */
function unreadCertificates({ tls, tlsDiagnostic, tlsScans }: Pick<Observations, 'tls' | 'tlsDiagnostic' | 'tlsScans'>): FindingDraft[] {
  const sameTarget = (a: TlsHelloResult, b: { address: string; port: number; sni?: string }) =>
    a.address === b.address && a.port === b.port && a.sni === b.sni
  const readable = (hello: TlsHelloResult) => hello.ok && hello.version !== 'TLSv1.3' && hello.certificates.length > 0
  return tls.flatMap((hello): FindingDraft[] => {
    if ([...tls, ...tlsDiagnostic].some((h) => sameTarget(h, hello) && readable(h))) return []
    const scan = tlsScans?.find((t) => sameTarget(hello, t))
    const speaks13 =
      (hello.ok && hello.version === 'TLSv1.3') ||
      scan?.versions.some((v) => v.version === 'TLSv1.3' && v.edge.ok && v.edge.version === 'TLSv1.3')
    if (!speaks13) return []
    return [
      {
        code: 'PROBE_UNAVAILABLE',
        address: hello.address,
        port: hello.port,
        ...(hello.sni === undefined ? {} : { name: hello.sni }),
        details: { unchecked: 'certificate', because: 'tls13-only' },
      },
    ]
  })
}

function judgeHello(hello: TlsHelloSuccess & TlsHelloResult, context: CheckContext, parse: Parse): FindingDraft[] {
  const place = (judgement: Judgement): FindingDraft => ({
    code: judgement.code,
    ...(judgement.severity ? { severity: judgement.severity } : {}),
    address: hello.address,
    port: hello.port,
    ...(hello.sni === undefined ? {} : { name: hello.sni }),
    details: judgement.details,
  })
  const sent = parseSent(hello.certificates, parse)
  if (typeof sent === 'string') return [place({ code: 'PROBE_ERROR', details: { step: 'certificate', error: sent } })]
  const chain = analyzeChain(sent, context.trust, context.now)
  return [
    ...nameMismatch(chain.leaf, context, hello.sni),
    ...validity(chain, context.now),
    ...expiresSoon(chain, context),
    ...chainEnd(chain),
    ...chainOrder(chain),
    ...unsupportedKey(chain.leaf, context),
    ...weakSignatures(chain, context.trust),
  ].map(place)
}

/** The parsed certificates, or why they cannot be read. */
function parseSent(certificates: Buffer[], parse: Parse): ParsedCertificate[] | string {
  if (certificates.length === 0) return 'the server sent an empty Certificate message'
  const parsed: ParsedCertificate[] = []
  for (const [index, der] of certificates.entries()) {
    try {
      parsed.push(parse(der))
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      return `certificate #${index + 1} of ${certificates.length} from the server does not parse: ${reason}`
    }
  }
  return parsed
}

/**
 * CloudFront accepts a certificate that covers the origin domain or the Host it forwards. Each handshake
 * sends one of the forwarded names as SNI: its certificate must cover that name or the domain.
 */
function nameMismatch(leaf: ParsedCertificate, { origin }: CheckContext, sni: string | undefined): Judgement[] {
  const requiredNames = [...new Set([origin.domain, ...(sni ? [sni] : [])])]
  if (requiredNames.some((name) => certificateCovers(leaf, name))) return []
  return [{ code: 'CERT_NAME_MISMATCH', details: { certificateNames: certificateNames(leaf), requiredNames } }]
}

function validity(chain: ChainAnalysis, now: Date): Judgement[] {
  return chain.relied.flatMap((cert, index): Judgement[] => {
    const position = positionLabel(chain.path, index)
    if (cert.notAfter < now) {
      return [{ code: 'CERT_EXPIRED', details: { position, subject: cert.subject, notAfter: cert.notAfter.toISOString() } }]
    }
    if (cert.notBefore > now) {
      return [{ code: 'CERT_NOT_YET_VALID', details: { position, subject: cert.subject, notBefore: cert.notBefore.toISOString() } }]
    }
    return []
  })
}

/** Only the soonest-expiring certificate that is valid now: renewing it is the next deadline. */
function expiresSoon(chain: ChainAnalysis, { origin, now }: CheckContext): Judgement[] {
  const valid = chain.relied.map((cert, index) => ({ cert, index })).filter(({ cert }) => cert.notBefore <= now && cert.notAfter >= now)
  const soonest = valid.reduce<(typeof valid)[number] | undefined>(
    (best, entry) => (!best || entry.cert.notAfter < best.cert.notAfter ? entry : best),
    undefined,
  )
  if (!soonest) return []
  const days = daysUntil(soonest.cert.notAfter, now)
  const severity = days < origin.certificate.failDays ? 'error' : days < origin.certificate.warnDays ? 'warning' : undefined
  if (!severity) return []
  const { cert, index } = soonest
  const details = { days, notAfter: cert.notAfter.toISOString(), position: positionLabel(chain.path, index), subject: cert.subject }
  return [{ code: 'CERT_EXPIRES_SOON', severity, details }]
}

function chainEnd({ end }: ChainAnalysis): Judgement[] {
  switch (end.kind) {
    case 'trusted':
      return []
    case 'self-signed':
      return [{ code: 'CERT_SELF_SIGNED', details: { subject: end.certificate.subject } }]
    case 'untrusted-root':
      return [{ code: 'CERT_UNTRUSTED_ROOT', details: untrustedRootDetails(end.root, end.missingIssuer) }]
    case 'incomplete':
      return [{ code: 'CERT_CHAIN_INCOMPLETE', details: { subject: end.certificate.subject, issuer: end.certificate.issuer } }]
  }
}

/** Why the path ends at `root`: a self-signed root that is not trusted, or an issuer that is nowhere. */
function untrustedRootDetails(root: string, missingIssuer: string | undefined): Record<string, string> {
  if (missingIssuer === undefined) return { root, rootKind: 'self-signed-untrusted' }
  return { root, issuer: missingIssuer, rootKind: 'issuer-missing' }
}

function chainOrder(chain: ChainAnalysis): Judgement[] {
  if (!chain.outOfOrder) return []
  const details = { sent: chain.sent.map((c) => c.subject), expected: chain.path.map((c) => c.subject) }
  return [{ code: 'CERT_CHAIN_ORDER', details }]
}

/** The edge's limits are on the key it must use in the handshake: the leaf's. */
function unsupportedKey(leaf: ParsedCertificate, { edge }: CheckContext): Judgement[] {
  if (keyAccepted(leaf.key, edge.keyLimits)) return []
  return [{ code: 'CERT_KEY_UNSUPPORTED', details: { key: keyLabel(leaf.key), accepted: acceptedKeysLabel(edge.keyLimits) } }]
}

/** A trust anchor's own signature is never checked, so only the signatures below it matter. */
function weakSignatures(chain: ChainAnalysis, trust: TrustStore): Judgement[] {
  return chain.relied.flatMap((cert, index): Judgement[] => {
    const isAnchor = trust.contains(cert) || (cert.selfSigned && index > 0)
    if (isAnchor || !WEAK_HASHES.has(cert.signatureAlgorithm.hash)) return []
    const details = { algorithm: cert.signatureAlgorithm.name, position: positionLabel(chain.path, index), subject: cert.subject }
    return [{ code: 'CERT_SIGNATURE_WEAK', details }]
  })
}

/** The soonest-expiring leaf across the origin's addresses and names, for the report header. */
export function certificateSummary(
  observations: Pick<Observations, 'tls'>,
  now: Date,
): { notAfter: string; daysLeft: number; names: string[]; subject: string } | undefined {
  const parse = cachedParser()
  let soonest: ParsedCertificate | undefined
  for (const hello of observations.tls) {
    if (!hello.ok) continue
    const sent = parseSent(hello.certificates, parse)
    if (typeof sent === 'string') continue
    const { leaf } = arrangePath(sent)
    if (!soonest || leaf.notAfter < soonest.notAfter) soonest = leaf
  }
  if (!soonest) return undefined
  return {
    notAfter: soonest.notAfter.toISOString(),
    daysLeft: daysUntil(soonest.notAfter, now),
    names: certificateNames(soonest),
    subject: soonest.subject,
  }
}

function daysUntil(date: Date, now: Date): number {
  return Math.floor((date.getTime() - now.getTime()) / DAY_MS)
}

/** The same chain seen on several addresses or names is parsed once. */
function cachedParser(): Parse {
  const parsed = new Map<string, ParsedCertificate>()
  return (der) => {
    const key = der.toString('base64')
    let cert = parsed.get(key)
    if (!cert) parsed.set(key, (cert = parseCertificate(der)))
    return cert
  }
}

/** Collapses only observations that are identical in every byte (same address, port, name and details). */
function withoutDuplicates(found: FindingDraft[]): FindingDraft[] {
  const seen = new Set<string>()
  return found.filter((observation) => {
    const key = JSON.stringify(observation)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

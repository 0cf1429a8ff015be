import { X509Certificate } from 'node:crypto'
import { AsnConvert } from '@peculiar/asn1-schema'
import { BasicConstraints, Certificate, SubjectAlternativeName, id_ce_basicConstraints, id_ce_subjectAltName } from '@peculiar/asn1-x509'
import { PreflightError } from '../errors.js'
import { describeSignatureAlgorithm, type SignatureAlgorithm } from './algorithms.js'
import { escapeControl } from '../text/escape.js'
import { canonicalName, COMMON_NAME_OID, attributeText, formatName } from './dn.js'
import { describePublicKey, type CertificateKey } from './keys.js'
import { sha256Hex } from './shared-der.js'

export type { SignatureAlgorithm, CertificateKey }

export interface ParsedCertificate {
  der: Buffer
  /** SHA-256 of the DER, lowercase hex without separators. */
  sha256: string
  /** One line, most specific first: `CN=leaf.lab.test, O=Lab`. */
  subject: string
  issuer: string
  /** Comparison keys for subject and issuer (RFC 5280 name matching); not for display. */
  subjectKey: string
  issuerKey: string
  serialNumber: string
  notBefore: Date
  notAfter: Date
  /** SAN dNSName entries, as encoded. */
  dnsNames: string[]
  /** Subject CN values, as encoded. */
  commonNames: string[]
  /** basicConstraints cA. */
  isCA: boolean
  key: CertificateKey
  signatureAlgorithm: SignatureAlgorithm
  /** Subject and issuer are the same name. */
  selfIssued: boolean
  /** Self-issued, and its signature verifies with its own key. */
  selfSigned: boolean
  x509: X509Certificate
}

/** The bytes are not a certificate this tool can read. */
export class CertificateParseError extends PreflightError {
  override readonly code = 'OP_ERR_CERT_PARSE'
}

/**
 * Certificates parsed so far, by the SHA-256 of their DER. A thousand origins behind one load balancer
 * send the same few chains over and over, on every address and to every hello: each distinct certificate
 * is parsed once (and its signatures verified once, below), whoever sent it. Bounded: the oldest go first.
 */
const PARSED_LIMIT = 4096
const parsedByDigest = new Map<string, ParsedCertificate>()

/** Parsed certificates are shared: treat them as read-only. */
export function parseCertificate(der: Buffer): ParsedCertificate {
  const sha256 = sha256Hex(der)
  const known = parsedByDigest.get(sha256)
  if (known) return known
  const parsed = parseUncached(der, sha256)
  if (parsedByDigest.size >= PARSED_LIMIT) parsedByDigest.delete(parsedByDigest.keys().next().value!)
  parsedByDigest.set(sha256, parsed)
  return parsed
}

function parseUncached(der: Buffer, sha256: string): ParsedCertificate {
  let asn: Certificate
  let x509: X509Certificate
  try {
    asn = AsnConvert.parse(der, Certificate)
    x509 = new X509Certificate(der)
  } catch (error) {
    throw new CertificateParseError(`not a DER X.509 certificate: ${errorText(error)}`, { cause: error })
  }
  const tbs = asn.tbsCertificate
  const subjectKey = canonicalName(tbs.subject)
  const issuerKey = canonicalName(tbs.issuer)
  const selfIssued = subjectKey === issuerKey
  const extensions = tbs.extensions ?? []
  const extension = (oid: string) => extensions.find((e) => e.extnID === oid)?.extnValue.buffer

  const sanBytes = extension(id_ce_subjectAltName)
  const basicConstraintsBytes = extension(id_ce_basicConstraints)
  let dnsNames: string[] = []
  let isCA = false
  try {
    if (sanBytes) {
      const san = AsnConvert.parse(sanBytes, SubjectAlternativeName)
      dnsNames = san.flatMap((n) => (n.dNSName === undefined ? [] : [escapeControl(n.dNSName)]))
    }
    if (basicConstraintsBytes) isCA = AsnConvert.parse(basicConstraintsBytes, BasicConstraints).cA
  } catch (error) {
    throw new CertificateParseError(`unreadable extension: ${errorText(error)}`, { cause: error })
  }

  const parsed: ParsedCertificate = {
    der,
    sha256,
    subject: formatName(tbs.subject),
    issuer: formatName(tbs.issuer),
    subjectKey,
    issuerKey,
    serialNumber: x509.serialNumber,
    notBefore: tbs.validity.notBefore.getTime(),
    notAfter: tbs.validity.notAfter.getTime(),
    dnsNames,
    commonNames: [...tbs.subject].flatMap((rdn) => [...rdn].filter((a) => a.type === COMMON_NAME_OID).map(attributeText)),
    isCA,
    key: describePublicKey(x509, tbs.subjectPublicKeyInfo),
    signatureAlgorithm: describeSignatureAlgorithm(asn.signatureAlgorithm),
    selfIssued,
    selfSigned: false,
    x509,
  }
  parsed.selfSigned = selfIssued && signatureVerifies(parsed, parsed)
  return parsed
}

const verified = new WeakMap<ParsedCertificate, Map<string, boolean>>()

/** `issuer` names `cert`'s issuer as its subject and its key verifies `cert`'s signature. */
export function isIssuedBy(cert: ParsedCertificate, issuer: ParsedCertificate): boolean {
  return cert.issuerKey === issuer.subjectKey && signatureVerifies(cert, issuer)
}

function signatureVerifies(cert: ParsedCertificate, issuer: ParsedCertificate): boolean {
  let results = verified.get(cert)
  if (!results) verified.set(cert, (results = new Map<string, boolean>()))
  let result = results.get(issuer.sha256)
  if (result === undefined) {
    try {
      result = cert.x509.verify(issuer.x509.publicKey)
    } catch {
      // A key or algorithm OpenSSL cannot use verifies nothing.
      result = false
    }
    results.set(issuer.sha256, result)
  }
  return result
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

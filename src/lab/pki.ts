/**
 * Certificates for the lab and the tests, made at run time: keys from Node's crypto, the TBSCertificate
 * built with @peculiar/asn1-x509 and signed with `crypto.sign`. Nothing is written to disk.
 */
import { createHash, generateKeyPairSync, randomBytes, sign, X509Certificate, type KeyObject } from 'node:crypto'
import { isIP } from 'node:net'
import { AsnConvert, OctetString } from '@peculiar/asn1-schema'
import {
  AlgorithmIdentifier,
  AttributeTypeAndValue,
  AttributeValue,
  AuthorityKeyIdentifier,
  BasicConstraints,
  Certificate,
  ExtendedKeyUsage,
  Extension,
  Extensions,
  GeneralName,
  KeyIdentifier,
  KeyUsage,
  KeyUsageFlags,
  Name,
  RelativeDistinguishedName,
  SubjectAlternativeName,
  SubjectKeyIdentifier,
  SubjectPublicKeyInfo,
  TBSCertificate,
  Validity,
  Version,
  id_ce_authorityKeyIdentifier,
  id_ce_basicConstraints,
  id_ce_extKeyUsage,
  id_ce_keyUsage,
  id_ce_subjectAltName,
  id_ce_subjectKeyIdentifier,
  id_kp_clientAuth,
  id_kp_serverAuth,
} from '@peculiar/asn1-x509'

export type KeyKind = 'rsa1024' | 'rsa2048' | 'rsa3072' | 'rsa4096' | 'p256' | 'p384' | 'p521' | 'ed25519'
export type SignatureHash = 'sha1' | 'sha256' | 'sha384' | 'sha512'

export interface LabKey {
  kind: KeyKind
  privateKey: KeyObject
  publicKey: KeyObject
  /** PKCS#8 PEM of the private key. */
  pem: string
}

export interface SubjectFields {
  CN?: string
  O?: string
  OU?: string
  C?: string
}

export interface CertificateRequest {
  subject: SubjectFields
  /** dNSName entries; IP literals become iPAddress entries. */
  sans?: string[]
  /** Absent: the certificate signs itself. */
  issuer?: IssuedCertificate
  /** Absent: a new P-256 key. */
  key?: LabKey
  isCA?: boolean
  pathLength?: number
  /** Default: an hour ago (certificates carry whole seconds). */
  notBefore?: Date
  /** Default: a year after notBefore for a leaf, ten years for a CA. */
  notAfter?: Date
  signatureHash?: SignatureHash
}

export interface IssuedCertificate {
  der: Buffer
  pem: string
  /** PKCS#8 PEM of the certificate's private key. */
  keyPem: string
  key: LabKey
  /** The subject exactly as encoded, to become the issuer field of what this certificate signs. */
  subjectName: Name
  subjectKeyIdentifier: Buffer
  x509: X509Certificate
}

const HOUR_MS = 3_600_000
const DAY_MS = 24 * HOUR_MS

export function createKey(kind: KeyKind = 'p256'): LabKey {
  const { privateKey, publicKey } = generatePair(kind)
  return { kind, privateKey, publicKey, pem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() }
}

function generatePair(kind: KeyKind): { privateKey: KeyObject; publicKey: KeyObject } {
  switch (kind) {
    case 'rsa1024':
      return generateKeyPairSync('rsa', { modulusLength: 1024 })
    case 'rsa2048':
      return generateKeyPairSync('rsa', { modulusLength: 2048 })
    case 'rsa3072':
      return generateKeyPairSync('rsa', { modulusLength: 3072 })
    case 'rsa4096':
      return generateKeyPairSync('rsa', { modulusLength: 4096 })
    case 'p256':
      return generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
    case 'p384':
      return generateKeyPairSync('ec', { namedCurve: 'secp384r1' })
    case 'p521':
      return generateKeyPairSync('ec', { namedCurve: 'secp521r1' })
    case 'ed25519':
      return generateKeyPairSync('ed25519')
  }
}

export function issueCertificate(request: CertificateRequest): IssuedCertificate {
  const key = request.key ?? createKey('p256')
  const isCA = request.isCA ?? false
  const spki = AsnConvert.parse(key.publicKey.export({ type: 'spki', format: 'der' }), SubjectPublicKeyInfo)
  // RFC 5280 4.2.1.2 method 1: SHA-1 of the subjectPublicKey bits.
  const subjectKeyIdentifier = createHash('sha1').update(Buffer.from(spki.subjectPublicKey)).digest()
  const subjectName = buildName(request.subject)
  const signer = request.issuer?.key ?? key
  const notBefore = wholeSeconds(request.notBefore ?? new Date(Date.now() - HOUR_MS))
  const lifetime = isCA ? 3650 * DAY_MS : 365 * DAY_MS
  const notAfter = wholeSeconds(request.notAfter ?? new Date(notBefore.getTime() + lifetime))
  const algorithm = signatureAlgorithm(signer, request.signatureHash ?? 'sha256')

  const tbsCertificate = new TBSCertificate({
    version: Version.v3,
    serialNumber: randomSerial(),
    signature: algorithm.identifier,
    issuer: request.issuer?.subjectName ?? subjectName,
    validity: new Validity({ notBefore, notAfter }),
    subject: subjectName,
    subjectPublicKeyInfo: spki,
    extensions: new Extensions(buildExtensions(request, key, subjectKeyIdentifier, request.issuer?.subjectKeyIdentifier)),
  })
  const signature = sign(algorithm.hash, Buffer.from(AsnConvert.serialize(tbsCertificate)), signer.privateKey)
  const certificate = new Certificate({
    tbsCertificate,
    signatureAlgorithm: algorithm.identifier,
    signatureValue: new Uint8Array(signature).buffer,
  })
  const der = Buffer.from(AsnConvert.serialize(certificate))
  return { der, pem: toPem(der), keyPem: key.pem, key, subjectName, subjectKeyIdentifier, x509: new X509Certificate(der) }
}

/** PEM text of several certificates, in the given order (a server's `cert` option takes leaf then chain). */
export function pemBundle(...certificates: IssuedCertificate[]): string {
  return certificates.map((c) => c.pem).join('')
}

export function toPem(der: Buffer): string {
  const lines = der.toString('base64').match(/.{1,64}/g) ?? []
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`
}

/** A root, an intermediate and a leaf for `names`: the usual shape of a public chain. */
export function issueChain(names: string[], options: { leafKey?: LabKey; organization?: string } = {}) {
  const O = options.organization ?? 'Lab'
  const root = issueCertificate({ subject: { CN: `${O} Root CA`, O }, isCA: true })
  const intermediate = issueCertificate({ subject: { CN: `${O} Intermediate CA`, O }, isCA: true, pathLength: 0, issuer: root })
  const leaf = issueCertificate({
    subject: { CN: names[0], O },
    sans: names,
    issuer: intermediate,
    ...(options.leafKey ? { key: options.leafKey } : {}),
  })
  return { root, intermediate, leaf }
}

const SUBJECT_ATTRIBUTES: [keyof SubjectFields, string][] = [
  ['C', '2.5.4.6'],
  ['O', '2.5.4.10'],
  ['OU', '2.5.4.11'],
  ['CN', '2.5.4.3'],
]

/** Broadest attribute first, so the one-line form reads `CN=..., O=...`. */
function buildName(fields: SubjectFields): Name {
  const rdns = SUBJECT_ATTRIBUTES.flatMap(([field, type]) => {
    const text = fields[field]
    if (text === undefined) return []
    const value = new AttributeValue(field === 'C' ? { printableString: text } : { utf8String: text })
    return [new RelativeDistinguishedName([new AttributeTypeAndValue({ type, value })])]
  })
  return new Name(rdns)
}

function buildExtensions(request: CertificateRequest, key: LabKey, ski: Buffer, issuerSki: Buffer | undefined): Extension[] {
  const isCA = request.isCA ?? false
  const extension = (extnID: string, critical: boolean, value: unknown) =>
    new Extension({ extnID, critical, extnValue: new OctetString(AsnConvert.serialize(value)) })
  const usage = isCA
    ? KeyUsageFlags.keyCertSign | KeyUsageFlags.cRLSign | KeyUsageFlags.digitalSignature
    : KeyUsageFlags.digitalSignature | (key.kind.startsWith('rsa') ? KeyUsageFlags.keyEncipherment : 0)
  const constraints = new BasicConstraints({ cA: isCA })
  if (isCA && request.pathLength !== undefined) constraints.pathLenConstraint = request.pathLength
  const extensions = [
    extension(id_ce_basicConstraints, true, constraints),
    extension(id_ce_keyUsage, true, new KeyUsage(usage)),
    extension(id_ce_subjectKeyIdentifier, false, new SubjectKeyIdentifier(ski)),
    extension(id_ce_authorityKeyIdentifier, false, new AuthorityKeyIdentifier({ keyIdentifier: new KeyIdentifier(issuerSki ?? ski) })),
  ]
  if (!isCA) extensions.push(extension(id_ce_extKeyUsage, false, new ExtendedKeyUsage([id_kp_serverAuth, id_kp_clientAuth])))
  if (request.sans && request.sans.length > 0) {
    const names = request.sans.map((san) => new GeneralName(isIP(san) ? { iPAddress: san } : { dNSName: san }))
    extensions.push(extension(id_ce_subjectAltName, false, new SubjectAlternativeName(names)))
  }
  return extensions
}

const SIGNATURE_OIDS: Record<'rsa' | 'ec', Record<SignatureHash, string>> = {
  rsa: { sha1: '1.2.840.113549.1.1.5', sha256: '1.2.840.113549.1.1.11', sha384: '1.2.840.113549.1.1.12', sha512: '1.2.840.113549.1.1.13' },
  ec: { sha1: '1.2.840.10045.4.1', sha256: '1.2.840.10045.4.3.2', sha384: '1.2.840.10045.4.3.3', sha512: '1.2.840.10045.4.3.4' },
}

function signatureAlgorithm(signer: LabKey, hash: SignatureHash): { identifier: AlgorithmIdentifier; hash: string | null } {
  if (signer.kind === 'ed25519') return { identifier: new AlgorithmIdentifier({ algorithm: '1.3.101.112' }), hash: null }
  if (signer.kind.startsWith('rsa')) {
    // PKCS#1 v1.5 identifiers carry an explicit NULL parameter (RFC 4055 5).
    return { identifier: new AlgorithmIdentifier({ algorithm: SIGNATURE_OIDS.rsa[hash], parameters: null }), hash }
  }
  return { identifier: new AlgorithmIdentifier({ algorithm: SIGNATURE_OIDS.ec[hash] }), hash }
}

/** 16 random bytes, first byte in 0x40-0x7f: positive and minimally encoded. */
function randomSerial(): ArrayBuffer {
  const bytes = randomBytes(16)
  bytes[0] = ((bytes[0] ?? 0) & 0x3f) | 0x40
  return new Uint8Array(bytes).buffer
}

function wholeSeconds(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 1000) * 1000)
}

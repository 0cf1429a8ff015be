import type { X509Certificate } from 'node:crypto'
import type { SubjectPublicKeyInfo } from '@peculiar/asn1-x509'
import type { EdgeProfile } from '../edges/types.js'

/** A certificate's public key: Node's key type, modulus size or curve (Node's curve names). */
export interface CertificateKey {
  type: 'rsa' | 'ec' | 'ed25519' | 'ed448' | 'dsa' | 'rsa-pss' | (string & {})
  bits?: number
  curve?: string
}

const CURVE_BITS: Record<string, number> = { prime256v1: 256, secp384r1: 384, secp521r1: 521, secp256k1: 256 }
/** namedCurve parameters by their DER encoding (OBJECT IDENTIFIER tag included). */
const CURVE_BY_PARAMETERS: Record<string, string> = {
  '06082a8648ce3d030107': 'prime256v1',
  '06052b81040022': 'secp384r1',
  '06052b81040023': 'secp521r1',
  '06052b8104000a': 'secp256k1',
}
const KEY_TYPE_BY_OID: Record<string, string> = {
  '1.2.840.113549.1.1.1': 'rsa',
  '1.2.840.113549.1.1.10': 'rsa-pss',
  '1.2.840.10045.2.1': 'ec',
  '1.2.840.10040.4.1': 'dsa',
  '1.3.101.112': 'ed25519',
  '1.3.101.113': 'ed448',
}

export function describePublicKey(x509: X509Certificate, spki: SubjectPublicKeyInfo): CertificateKey {
  try {
    const key = x509.publicKey
    const type = key.asymmetricKeyType ?? 'unknown'
    const details = key.asymmetricKeyDetails ?? {}
    if (type === 'ec') {
      const curve = details.namedCurve ?? 'unknown'
      return withBits({ type, curve }, CURVE_BITS[curve])
    }
    if (type === 'ed25519') return { type, bits: 256 }
    if (type === 'ed448') return { type, bits: 456 }
    return withBits({ type }, details.modulusLength)
  } catch {
    // OpenSSL refuses some keys (explicit curve parameters, unknown algorithms): name them from the SPKI.
    return describeFromSpki(spki)
  }
}

function describeFromSpki(spki: SubjectPublicKeyInfo): CertificateKey {
  const oid = spki.algorithm.algorithm
  const type = KEY_TYPE_BY_OID[oid] ?? oid
  if (type !== 'ec' || !spki.algorithm.parameters) return { type }
  const curve = CURVE_BY_PARAMETERS[Buffer.from(spki.algorithm.parameters).toString('hex')] ?? 'unnamed curve'
  return withBits({ type, curve }, CURVE_BITS[curve])
}

function withBits(key: CertificateKey, bits: number | undefined): CertificateKey {
  return bits === undefined ? key : { ...key, bits }
}

type KeyLimits = EdgeProfile['keyLimits']

export function keyAccepted(key: CertificateKey, limits: KeyLimits): boolean {
  if (key.type === 'rsa') return key.bits !== undefined && key.bits >= limits.rsaMinBits && key.bits <= limits.rsaMaxBits
  if (key.type === 'ec') return key.curve !== undefined && limits.ecdsaCurves.includes(key.curve)
  return false
}

/** How a key reads in a finding: `RSA 8192-bit`, `ECDSA secp521r1`, `Ed25519`. */
export function keyLabel(key: CertificateKey): string {
  const bits = key.bits === undefined ? '' : ` ${key.bits}-bit`
  switch (key.type) {
    case 'rsa':
      return `RSA${bits}`
    case 'rsa-pss':
      return `RSA-PSS${bits}`
    case 'dsa':
      return `DSA${bits}`
    case 'ec':
      return `ECDSA ${key.curve ?? 'unknown curve'}`
    case 'ed25519':
      return 'Ed25519'
    case 'ed448':
      return 'Ed448'
    default:
      return key.type
  }
}

/** What the edge accepts, in a finding: `RSA 1024-4096 bits, ECDSA prime256v1/secp384r1`. */
export function acceptedKeysLabel(limits: KeyLimits): string {
  const rsa = `RSA ${limits.rsaMinBits}-${limits.rsaMaxBits} bits`
  return limits.ecdsaCurves.length === 0 ? rsa : `${rsa}, ECDSA ${limits.ecdsaCurves.join('/')}`
}

import { AsnConvert } from '@peculiar/asn1-schema'
import { AlgorithmIdentifier } from '@peculiar/asn1-x509'

/** How a certificate is signed, from its outer signatureAlgorithm field. */
export interface SignatureAlgorithm {
  oid: string
  /** OpenSSL-style name, e.g. `sha256WithRSAEncryption`; the OID itself when unknown. */
  name: string
  /** Digest used: `md5`, `sha1`, `sha256`, ...; `unknown` when the OID is not in the table. */
  hash: string
}

const RSASSA_PSS = '1.2.840.113549.1.1.10'

const SIGNATURE_ALGORITHMS: Record<string, { name: string; hash: string }> = {
  '1.2.840.113549.1.1.2': { name: 'md2WithRSAEncryption', hash: 'md2' },
  '1.2.840.113549.1.1.3': { name: 'md4WithRSAEncryption', hash: 'md4' },
  '1.2.840.113549.1.1.4': { name: 'md5WithRSAEncryption', hash: 'md5' },
  '1.2.840.113549.1.1.5': { name: 'sha1WithRSAEncryption', hash: 'sha1' },
  '1.2.840.113549.1.1.14': { name: 'sha224WithRSAEncryption', hash: 'sha224' },
  '1.2.840.113549.1.1.11': { name: 'sha256WithRSAEncryption', hash: 'sha256' },
  '1.2.840.113549.1.1.12': { name: 'sha384WithRSAEncryption', hash: 'sha384' },
  '1.2.840.113549.1.1.13': { name: 'sha512WithRSAEncryption', hash: 'sha512' },
  '1.2.840.10045.4.1': { name: 'ecdsa-with-SHA1', hash: 'sha1' },
  '1.2.840.10045.4.3.1': { name: 'ecdsa-with-SHA224', hash: 'sha224' },
  '1.2.840.10045.4.3.2': { name: 'ecdsa-with-SHA256', hash: 'sha256' },
  '1.2.840.10045.4.3.3': { name: 'ecdsa-with-SHA384', hash: 'sha384' },
  '1.2.840.10045.4.3.4': { name: 'ecdsa-with-SHA512', hash: 'sha512' },
  '1.2.840.10040.4.3': { name: 'dsa_with_SHA1', hash: 'sha1' },
  '2.16.840.1.101.3.4.3.1': { name: 'dsa_with_SHA224', hash: 'sha224' },
  '2.16.840.1.101.3.4.3.2': { name: 'dsa_with_SHA256', hash: 'sha256' },
  // EdDSA digests are fixed by the scheme.
  '1.3.101.112': { name: 'ED25519', hash: 'sha512' },
  '1.3.101.113': { name: 'ED448', hash: 'shake256' },
}

const DIGESTS: Record<string, string> = {
  '1.2.840.113549.2.5': 'md5',
  '1.3.14.3.2.26': 'sha1',
  '2.16.840.1.101.3.4.2.4': 'sha224',
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
}

/** Digests that no longer protect a certificate signature. */
export const WEAK_HASHES: ReadonlySet<string> = new Set(['md2', 'md4', 'md5', 'sha1'])

export function describeSignatureAlgorithm(algorithm: AlgorithmIdentifier): SignatureAlgorithm {
  const oid = algorithm.algorithm
  if (oid === RSASSA_PSS) return { oid, name: 'rsassaPss', hash: pssDigest(algorithm.parameters) }
  const known = SIGNATURE_ALGORITHMS[oid]
  return known ? { oid, ...known } : { oid, name: oid, hash: 'unknown' }
}

/**
 * RSASSA-PSS carries its digest in its parameters: SEQUENCE { [0] EXPLICIT AlgorithmIdentifier, ... }.
 * An absent [0] means SHA-1 (RFC 4055).
 */
function pssDigest(parameters: ArrayBuffer | null | undefined): string {
  if (!parameters) return 'sha1'
  const bytes = new Uint8Array(parameters)
  const sequence = readHeader(bytes, 0)
  if (!sequence || bytes[0] !== 0x30) return 'unknown'
  const first = readHeader(bytes, sequence.contentStart)
  if (!first || bytes[sequence.contentStart] !== 0xa0) return 'sha1'
  try {
    const inner = bytes.slice(first.contentStart, first.contentEnd)
    const hash = AsnConvert.parse(inner, AlgorithmIdentifier).algorithm
    return DIGESTS[hash] ?? 'unknown'
  } catch {
    return 'unknown'
  }
}

/** Reads one DER tag-length header at `offset` (single-byte tags only, enough for PSS parameters). */
function readHeader(bytes: Uint8Array, offset: number): { contentStart: number; contentEnd: number } | undefined {
  const first = bytes[offset + 1]
  if (first === undefined) return undefined
  if (first < 0x80) return { contentStart: offset + 2, contentEnd: offset + 2 + first }
  const lengthBytes = first & 0x7f
  if (lengthBytes === 0 || lengthBytes > 3) return undefined
  let length = 0
  for (let i = 0; i < lengthBytes; i++) {
    const byte = bytes[offset + 2 + i]
    if (byte === undefined) return undefined
    length = length * 256 + byte
  }
  const contentStart = offset + 2 + lengthBytes
  return { contentStart, contentEnd: contentStart + length }
}

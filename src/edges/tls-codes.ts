import type { NamedCode } from './types.js'

/**
 * Named groups (IANA "TLS Supported Groups"; RFC 8422 section 5.1.1, RFC 7748 for x25519) and
 * signature schemes (IANA "TLS SignatureScheme"; RFC 8446 section 4.2.3, whose values for the
 * PKCS#1 and ECDSA schemes are the RFC 5246 hash/signature byte pairs).
 */
export const GROUPS = {
  secp256r1: 23,
  secp384r1: 24,
  secp521r1: 25,
  x25519: 29,
} as const

export const SIGNATURE_SCHEMES = {
  rsa_pkcs1_sha1: 0x0201,
  ecdsa_sha1: 0x0203,
  // SHA-224 has no RFC 8446 name; RFC 5246 spells it hash sha224(3) with rsa(1) or ecdsa(3).
  rsa_pkcs1_sha224: 0x0301,
  ecdsa_sha224: 0x0303,
  rsa_pkcs1_sha256: 0x0401,
  ecdsa_secp256r1_sha256: 0x0403,
  rsa_pkcs1_sha384: 0x0501,
  ecdsa_secp384r1_sha384: 0x0503,
  rsa_pkcs1_sha512: 0x0601,
  ecdsa_secp521r1_sha512: 0x0603,
  rsa_pss_rsae_sha256: 0x0804,
  rsa_pss_rsae_sha384: 0x0805,
  rsa_pss_rsae_sha512: 0x0806,
  ed25519: 0x0807,
} as const

export function groups(...names: (keyof typeof GROUPS)[]): NamedCode[] {
  return names.map((name) => ({ code: GROUPS[name], name }))
}

export function signatureSchemes(...names: (keyof typeof SIGNATURE_SCHEMES)[]): NamedCode[] {
  return names.map((name) => ({ code: SIGNATURE_SCHEMES[name], name }))
}

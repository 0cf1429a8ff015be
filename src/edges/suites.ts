import { SSL_PROTOCOLS, type SslProtocol } from '../vocabulary.js'
import type { CipherSuite } from './types.js'

/**
 * Every cipher suite an edge profile may offer, keyed by its OpenSSL name. Code points and IANA names
 * from the IANA "TLS Cipher Suites" registry: RFC 5246 appendix A.5 (RSA key exchange), RFC 4492/8422
 * (ECDHE with SHA-1), RFC 5289 (ECDHE with SHA-256/384 and GCM), RFC 7905 (ChaCha20), RFC 8446 (TLS 1.3).
 */
const CATALOGUE = {
  'RC4-MD5': [0x0004, 'TLS_RSA_WITH_RC4_128_MD5'],
  'DES-CBC3-SHA': [0x000a, 'TLS_RSA_WITH_3DES_EDE_CBC_SHA'],
  'AES128-SHA': [0x002f, 'TLS_RSA_WITH_AES_128_CBC_SHA'],
  'AES256-SHA': [0x0035, 'TLS_RSA_WITH_AES_256_CBC_SHA'],
  'AES128-SHA256': [0x003c, 'TLS_RSA_WITH_AES_128_CBC_SHA256'],
  'AES256-SHA256': [0x003d, 'TLS_RSA_WITH_AES_256_CBC_SHA256'],
  'AES128-GCM-SHA256': [0x009c, 'TLS_RSA_WITH_AES_128_GCM_SHA256'],
  'AES256-GCM-SHA384': [0x009d, 'TLS_RSA_WITH_AES_256_GCM_SHA384'],
  'ECDHE-ECDSA-AES128-SHA': [0xc009, 'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA'],
  'ECDHE-ECDSA-AES256-SHA': [0xc00a, 'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA'],
  'ECDHE-RSA-AES128-SHA': [0xc013, 'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA'],
  'ECDHE-RSA-AES256-SHA': [0xc014, 'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA'],
  'ECDHE-ECDSA-AES128-SHA256': [0xc023, 'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256'],
  'ECDHE-ECDSA-AES256-SHA384': [0xc024, 'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384'],
  'ECDHE-RSA-AES128-SHA256': [0xc027, 'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256'],
  'ECDHE-RSA-AES256-SHA384': [0xc028, 'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384'],
  'ECDHE-ECDSA-AES128-GCM-SHA256': [0xc02b, 'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256'],
  'ECDHE-ECDSA-AES256-GCM-SHA384': [0xc02c, 'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384'],
  'ECDHE-RSA-AES128-GCM-SHA256': [0xc02f, 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256'],
  'ECDHE-RSA-AES256-GCM-SHA384': [0xc030, 'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384'],
  'ECDHE-RSA-CHACHA20-POLY1305': [0xcca8, 'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256'],
  'ECDHE-ECDSA-CHACHA20-POLY1305': [0xcca9, 'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256'],
  // Suites no edge profile offers, for the wide hello that tells "this version is refused" from "none
  // of the edge's suites is accepted": DHE (RFC 5246, 5288, 7905), 3DES and RC4 with ECDHE (RFC 8422),
  // Camellia (RFC 5932), CCM (RFC 6655, 7251).
  'RC4-SHA': [0x0005, 'TLS_RSA_WITH_RC4_128_SHA'],
  'EDH-RSA-DES-CBC3-SHA': [0x0016, 'TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA'],
  'DHE-RSA-AES128-SHA': [0x0033, 'TLS_DHE_RSA_WITH_AES_128_CBC_SHA'],
  'DHE-RSA-AES256-SHA': [0x0039, 'TLS_DHE_RSA_WITH_AES_256_CBC_SHA'],
  'CAMELLIA128-SHA': [0x0041, 'TLS_RSA_WITH_CAMELLIA_128_CBC_SHA'],
  'DHE-RSA-AES128-SHA256': [0x0067, 'TLS_DHE_RSA_WITH_AES_128_CBC_SHA256'],
  'DHE-RSA-AES256-SHA256': [0x006b, 'TLS_DHE_RSA_WITH_AES_256_CBC_SHA256'],
  'CAMELLIA256-SHA': [0x0084, 'TLS_RSA_WITH_CAMELLIA_256_CBC_SHA'],
  'DHE-RSA-AES128-GCM-SHA256': [0x009e, 'TLS_DHE_RSA_WITH_AES_128_GCM_SHA256'],
  'DHE-RSA-AES256-GCM-SHA384': [0x009f, 'TLS_DHE_RSA_WITH_AES_256_GCM_SHA384'],
  'ECDHE-ECDSA-RC4-SHA': [0xc007, 'TLS_ECDHE_ECDSA_WITH_RC4_128_SHA'],
  'ECDHE-ECDSA-DES-CBC3-SHA': [0xc008, 'TLS_ECDHE_ECDSA_WITH_3DES_EDE_CBC_SHA'],
  'ECDHE-RSA-RC4-SHA': [0xc011, 'TLS_ECDHE_RSA_WITH_RC4_128_SHA'],
  'ECDHE-RSA-DES-CBC3-SHA': [0xc012, 'TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA'],
  'AES128-CCM': [0xc09c, 'TLS_RSA_WITH_AES_128_CCM'],
  'AES256-CCM': [0xc09d, 'TLS_RSA_WITH_AES_256_CCM'],
  'ECDHE-ECDSA-AES128-CCM': [0xc0ac, 'TLS_ECDHE_ECDSA_WITH_AES_128_CCM'],
  'ECDHE-ECDSA-AES256-CCM': [0xc0ad, 'TLS_ECDHE_ECDSA_WITH_AES_256_CCM'],
  'DHE-RSA-CHACHA20-POLY1305': [0xccaa, 'TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256'],
  // TLS 1.3 suites: OpenSSL uses the IANA names for these.
  TLS_AES_128_GCM_SHA256: [0x1301, 'TLS_AES_128_GCM_SHA256'],
  TLS_AES_256_GCM_SHA384: [0x1302, 'TLS_AES_256_GCM_SHA384'],
  TLS_CHACHA20_POLY1305_SHA256: [0x1303, 'TLS_CHACHA20_POLY1305_SHA256'],
  TLS_AES_128_CCM_SHA256: [0x1304, 'TLS_AES_128_CCM_SHA256'],
} as const satisfies Record<string, readonly [number, string]>

export type SuiteName = keyof typeof CATALOGUE

export function suite(name: SuiteName): CipherSuite {
  const [code, iana] = CATALOGUE[name]
  return { code, openssl: name, iana }
}

export function suites(...names: SuiteName[]): CipherSuite[] {
  return names.map(suite)
}

const EVERY_SUITE: readonly CipherSuite[] = (Object.keys(CATALOGUE) as SuiteName[]).map(suite).sort((a, b) => a.code - b.code)

/** Every suite in the catalogue, in code point order. */
export function everySuite(): readonly CipherSuite[] {
  return EVERY_SUITE
}

/** The catalogue suite with this code point, if any. */
export function suiteByCode(code: number): CipherSuite | undefined {
  return EVERY_SUITE.find((s) => s.code === code)
}

/**
 * The protocol versions in which a suite can be negotiated, derived from its IANA name:
 * TLS 1.3 suites have no key exchange in the name and work only in 1.3; AEAD ciphers and SHA-256/384
 * MACs need TLS 1.2's PRF; ECDHE needs the supported_groups extension, which SSLv3 hellos cannot carry.
 */
export function suiteVersions(cipherSuite: CipherSuite): readonly SslProtocol[] {
  const { iana } = cipherSuite
  if (!iana.includes('_WITH_')) return ['TLSv1.3']
  if (/_(GCM|CCM|CHACHA20)|_SHA(256|384)$/.test(iana)) return ['TLSv1.2']
  if (iana.includes('_ECDHE_') || iana.includes('_ECDH_')) return SSL_PROTOCOLS.slice(1, 4)
  return SSL_PROTOCOLS.slice(0, 4)
}

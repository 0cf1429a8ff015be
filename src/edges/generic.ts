import type { EdgeProfile } from './types.js'
import { suites } from './suites.js'
import { groups, signatureSchemes } from './tls-codes.js'

const MOZILLA_INTERMEDIATE = 'Mozilla Server Side TLS guidelines: "Intermediate compatibility" configuration'
const RFC_8446 = 'RFC 8446: "The Transport Layer Security (TLS) Protocol Version 1.3"'

/** Any modern TLS client (a proxy or CDN not modelled here): TLS 1.2 and 1.3, forward-secret AEAD only. */
export const generic: EdgeProfile = {
  name: 'generic',
  title: 'Generic modern TLS client',
  protocols: ['TLSv1.2', 'TLSv1.3'],
  deprecatedProtocols: [],
  // Source: MOZILLA_INTERMEDIATE (its ECDHE AEAD suites, plus the TLS 1.3 suites of RFC_8446).
  cipherSuites: suites(
    'TLS_AES_128_GCM_SHA256',
    'TLS_AES_256_GCM_SHA384',
    'TLS_CHACHA20_POLY1305_SHA256',
    'ECDHE-ECDSA-AES128-GCM-SHA256',
    'ECDHE-RSA-AES128-GCM-SHA256',
    'ECDHE-ECDSA-AES256-GCM-SHA384',
    'ECDHE-RSA-AES256-GCM-SHA384',
    'ECDHE-ECDSA-CHACHA20-POLY1305',
    'ECDHE-RSA-CHACHA20-POLY1305',
  ),
  groups: groups('x25519', 'secp256r1', 'secp384r1', 'secp521r1'),
  // TLS 1.3 needs RSA-PSS for RSA certificates (RFC_8446 section 4.2.3).
  signatureAlgorithms: signatureSchemes(
    'ecdsa_secp256r1_sha256',
    'rsa_pss_rsae_sha256',
    'rsa_pkcs1_sha256',
    'ecdsa_secp384r1_sha384',
    'rsa_pss_rsae_sha384',
    'rsa_pkcs1_sha384',
    'ecdsa_secp521r1_sha512',
    'rsa_pss_rsae_sha512',
    'rsa_pkcs1_sha512',
    'ed25519',
  ),
  validatesCertificates: true,
  severityPolicy: [],
  // RSA from 2048 bits: MOZILLA_INTERMEDIATE. The 8192-bit ceiling and P-384/P-521 are what common
  // TLS stacks (OpenSSL, browsers) accept, not a published rule.
  keyLimits: { rsaMinBits: 2048, rsaMaxBits: 8192, ecdsaCurves: ['prime256v1', 'secp384r1', 'secp521r1'] },
  // No edge to copy: CloudFront's defaults, the most common edge's.
  timeouts: { connectMs: 10_000, readMs: 30_000, keepAliveMs: 5_000 },
  sources: [MOZILLA_INTERMEDIATE, RFC_8446],
}

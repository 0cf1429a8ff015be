import type { EdgeProfile } from './types.js'
import { suites } from './suites.js'
import { groups, signatureSchemes } from './tls-codes.js'

const PROTOCOLS_AND_CIPHERS = 'AWS CloudFront Developer Guide: "Supported protocols and ciphers between CloudFront and the origin"'
const CERTIFICATE_REQUIREMENTS = 'AWS CloudFront Developer Guide: "Requirements for using SSL/TLS certificates with CloudFront"'
const DISTRIBUTION_VALUES = 'AWS CloudFront Developer Guide: "Values that you specify when you create or update a distribution"'
const ORIGIN_SSL_PROTOCOLS = 'AWS CloudFront API Reference: "OriginSslProtocols"'
const CUSTOM_ORIGIN_CONFIG = 'AWS CloudFront API Reference: "CustomOriginConfig"'
const HTTP_502 = 'AWS CloudFront Developer Guide: "HTTP 502 status code (Bad Gateway)"'

/** CloudFront connecting to a custom origin over HTTPS. */
export const cloudfront: EdgeProfile = {
  name: 'cloudfront',
  title: 'Amazon CloudFront',
  // OriginSslProtocols allows exactly these; CloudFront does not negotiate TLS 1.3 with origins.
  // Source: ORIGIN_SSL_PROTOCOLS, PROTOCOLS_AND_CIPHERS.
  protocols: ['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2'],
  // Source: DISTRIBUTION_VALUES (AWS recommends TLSv1.2 and calls the others deprecated).
  deprecatedProtocols: ['SSLv3', 'TLSv1', 'TLSv1.1'],
  // In the order AWS lists them (ECDSA table, then RSA table); checked against the page in this
  // revision: the same 16 suites. Source: PROTOCOLS_AND_CIPHERS.
  cipherSuites: suites(
    'ECDHE-ECDSA-AES256-GCM-SHA384',
    'ECDHE-ECDSA-AES256-SHA384',
    'ECDHE-ECDSA-AES256-SHA',
    'ECDHE-ECDSA-AES128-GCM-SHA256',
    'ECDHE-ECDSA-AES128-SHA256',
    'ECDHE-ECDSA-AES128-SHA',
    'ECDHE-RSA-AES256-GCM-SHA384',
    'ECDHE-RSA-AES256-SHA384',
    'ECDHE-RSA-AES256-SHA',
    'ECDHE-RSA-AES128-GCM-SHA256',
    'ECDHE-RSA-AES128-SHA256',
    'ECDHE-RSA-AES128-SHA',
    'AES256-SHA',
    'AES128-SHA',
    'DES-CBC3-SHA',
    'RC4-MD5',
  ),
  // Curves for ECDHE: prime256v1, secp384r1, X25519. Source: PROTOCOLS_AND_CIPHERS.
  groups: groups('x25519', 'secp256r1', 'secp384r1'),
  // RSA PKCS#1 and ECDSA with SHA-256/384/512/224/1; no RSA-PSS. Source: PROTOCOLS_AND_CIPHERS.
  signatureAlgorithms: signatureSchemes(
    'rsa_pkcs1_sha256',
    'ecdsa_secp256r1_sha256',
    'rsa_pkcs1_sha384',
    'ecdsa_secp384r1_sha384',
    'rsa_pkcs1_sha512',
    'ecdsa_secp521r1_sha512',
    'rsa_pkcs1_sha224',
    'ecdsa_sha224',
    'rsa_pkcs1_sha1',
    'ecdsa_sha1',
  ),
  // Expired, self-signed, untrusted or out-of-order chains make CloudFront drop the connection.
  // Source: HTTP_502, CERTIFICATE_REQUIREMENTS.
  validatesCertificates: true,
  severityPolicy: [],
  // Source: CERTIFICATE_REQUIREMENTS. AWS pages disagree on the details (some name only RSA 1024-4096
  // and ECDSA P-256 for origin certificates, others also P-384); P-521 is outside every list.
  keyLimits: { rsaMinBits: 1024, rsaMaxBits: 4096, ecdsaCurves: ['prime256v1', 'secp384r1'] },
  // Origin connection timeout default 10 s (range 1-10), response timeout default 30 s,
  // keep-alive timeout default 5 s. Source: DISTRIBUTION_VALUES, CUSTOM_ORIGIN_CONFIG.
  timeouts: { connectMs: 10_000, readMs: 30_000, keepAliveMs: 5_000 },
  sources: [PROTOCOLS_AND_CIPHERS, CERTIFICATE_REQUIREMENTS, DISTRIBUTION_VALUES, ORIGIN_SSL_PROTOCOLS, CUSTOM_ORIGIN_CONFIG, HTTP_502],
}

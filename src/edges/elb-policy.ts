import type { SeverityPolicy } from '../findings/severity-policy.js'
import type { CipherSuite, NamedCode } from './types.js'
import { suites } from './suites.js'
import { groups, signatureSchemes } from './tls-codes.js'

export const ALB_SECURITY_POLICIES =
  'AWS ELB User Guide for Application Load Balancers: "Security policies for your Application Load Balancer"'
export const CLB_SSL_NEGOTIATION =
  'AWS ELB User Guide for Classic Load Balancers: "SSL negotiation configurations for Classic Load Balancers"'

/** ELBSecurityPolicy-2016-08: TLS 1.0 to 1.2, in the order of AWS's policy table. Source: ALB_SECURITY_POLICIES. */
export const ELB_2016_08_PROTOCOLS = ['TLSv1', 'TLSv1.1', 'TLSv1.2'] as const

export const ELB_2016_08_SUITES: readonly CipherSuite[] = suites(
  'ECDHE-ECDSA-AES128-GCM-SHA256',
  'ECDHE-RSA-AES128-GCM-SHA256',
  'ECDHE-ECDSA-AES128-SHA256',
  'ECDHE-RSA-AES128-SHA256',
  'ECDHE-ECDSA-AES128-SHA',
  'ECDHE-RSA-AES128-SHA',
  'ECDHE-ECDSA-AES256-GCM-SHA384',
  'ECDHE-RSA-AES256-GCM-SHA384',
  'ECDHE-ECDSA-AES256-SHA384',
  'ECDHE-RSA-AES256-SHA384',
  'ECDHE-RSA-AES256-SHA',
  'ECDHE-ECDSA-AES256-SHA',
  'AES128-GCM-SHA256',
  'AES128-SHA256',
  'AES128-SHA',
  'AES256-GCM-SHA384',
  'AES256-SHA256',
  'AES256-SHA',
)

/**
 * AWS does not publish the curves or signature schemes a load balancer offers to targets; these are the
 * ones its ECDHE suites and ACM key types need, kept broad so the probe does not report a failure the
 * balancer would not have.
 */
export const ELB_GROUPS: readonly NamedCode[] = groups('secp256r1', 'secp384r1', 'x25519')

export const ELB_SIGNATURE_SCHEMES: readonly NamedCode[] = signatureSchemes(
  'rsa_pkcs1_sha256',
  'ecdsa_secp256r1_sha256',
  'rsa_pkcs1_sha384',
  'ecdsa_secp384r1_sha384',
  'rsa_pkcs1_sha512',
  'ecdsa_secp521r1_sha512',
  'rsa_pkcs1_sha1',
  'ecdsa_sha1',
)

/**
 * Neither ALB nor CLB (without back-end authentication) validates target certificates: every certificate
 * error is a risk, not a failed connection. Source: TARGET_GROUPS ("does not validate").
 */
export const CERTIFICATES_NOT_VALIDATED: SeverityPolicy = [
  {
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
    ],
    max: 'warning',
    because: { edgeValidatesCertificates: false },
  },
]

import type { EdgeProfile } from './types.js'
import {
  CERTIFICATES_NOT_VALIDATED,
  CLB_SSL_NEGOTIATION,
  ELB_2016_08_PROTOCOLS,
  ELB_2016_08_SUITES,
  ELB_GROUPS,
  ELB_SIGNATURE_SCHEMES,
} from './elb-policy.js'

const BACKEND_AUTH = 'AWS ELB User Guide for Classic Load Balancers: "Configure back-end server authentication"'
const CLB_IDLE_TIMEOUT =
  'AWS ELB User Guide for Classic Load Balancers: "Configure the idle connection timeout for your Classic Load Balancer"'
const CLB_HTTP_ERRORS = 'AWS ELB User Guide for Classic Load Balancers: "Troubleshoot a Classic Load Balancer: HTTP errors"'
const CLB_502_REPOST = 'AWS re:Post: "HTTP 502 errors through a Classic Load Balancer"'
const CLB_HTTPS_LISTENERS = 'AWS ELB User Guide for Classic Load Balancers: "HTTPS listeners for your Classic Load Balancer"'

/** A Classic Load Balancer with an HTTPS/SSL listener talking TLS to its back-end instances. */
export const clb: EdgeProfile = {
  name: 'clb',
  title: 'AWS Classic Load Balancer',
  // "The load balancer uses a static cipher suite for back-end connections" (CLB_HTTPS_LISTENERS); the
  // suite list itself is in CLB_SSL_NEGOTIATION, section "Cipher suite for back-end connections", which
  // could not be read in full when this was checked: ELBSecurityPolicy-2016-08, the CLB default policy
  // named on that page, stands in. Source: CLB_HTTPS_LISTENERS, CLB_SSL_NEGOTIATION.
  protocols: ELB_2016_08_PROTOCOLS,
  deprecatedProtocols: ['TLSv1', 'TLSv1.1'],
  cipherSuites: ELB_2016_08_SUITES,
  groups: ELB_GROUPS,
  signatureAlgorithms: ELB_SIGNATURE_SCHEMES,
  // Without back-end server authentication the balancer accepts any certificate; with it, only a
  // certificate whose public key is in the policy. The profile assumes the default (not configured).
  // Source: BACKEND_AUTH.
  validatesCertificates: false,
  severityPolicy: CERTIFICATES_NOT_VALIDATED,
  // Not documented for back-end certificates; the listener certificate limits stand in.
  keyLimits: { rsaMinBits: 1024, rsaMaxBits: 4096, ecdsaCurves: ['prime256v1', 'secp384r1', 'secp521r1'] },
  // Idle timeout default 60 s, for both a silent back end and keep-alive reuse. No back-end connect
  // timeout is documented; 10 s matches the ALB figure. Source: CLB_IDLE_TIMEOUT, CLB_HTTP_ERRORS.
  timeouts: { connectMs: 10_000, readMs: 60_000, keepAliveMs: 60_000 },
  sources: [CLB_SSL_NEGOTIATION, CLB_HTTPS_LISTENERS, BACKEND_AUTH, CLB_IDLE_TIMEOUT, CLB_HTTP_ERRORS, CLB_502_REPOST],
}

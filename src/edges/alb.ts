import type { EdgeProfile } from './types.js'
import {
  CERTIFICATES_NOT_VALIDATED,
  ALB_SECURITY_POLICIES,
  ELB_2016_08_PROTOCOLS,
  ELB_2016_08_SUITES,
  ELB_GROUPS,
  ELB_SIGNATURE_SCHEMES,
} from './elb-policy.js'

const TARGET_GROUPS = 'AWS ELB User Guide for Application Load Balancers: "Target groups for your Application Load Balancers"'
const ALB_ATTRIBUTES = 'AWS ELB User Guide for Application Load Balancers: "Application Load Balancers" (connection idle timeout)'
const ALB_TROUBLESHOOTING = 'AWS ELB User Guide for Application Load Balancers: "Troubleshoot your Application Load Balancers"'
const ALB_CERTIFICATES = 'AWS ELB User Guide for Application Load Balancers: "SSL certificates for your Application Load Balancer"'

/** An Application Load Balancer connecting to HTTPS targets. */
export const alb: EdgeProfile = {
  name: 'alb',
  title: 'AWS Application Load Balancer',
  // The back-end policy cannot be chosen; it follows the listener's: ELBSecurityPolicy-TLS13-1-0-2021-06
  // behind a TLS 1.3 listener policy, ELBSecurityPolicy-TLS13-1-0-FIPS-2023-04 behind a FIPS one,
  // ELBSecurityPolicy-2016-08 otherwise (also the default listener policy outside the console). The
  // config does not say which listener policy is in use, so the profile is 2016-08, the one that
  // accepts the least, and TLS findings name the assumed policy. Source: ALB_SECURITY_POLICIES.
  protocols: ELB_2016_08_PROTOCOLS,
  deprecatedProtocols: ['TLSv1', 'TLSv1.1'],
  cipherSuites: ELB_2016_08_SUITES,
  groups: ELB_GROUPS,
  signatureAlgorithms: ELB_SIGNATURE_SCHEMES,
  // The balancer does not validate target certificates: self-signed or expired ones work.
  // Source: TARGET_GROUPS.
  validatesCertificates: false,
  severityPolicy: CERTIFICATES_NOT_VALIDATED,
  // No limits are documented for target certificates (they are not validated); the listener
  // certificate key types stand in. Source: ALB_CERTIFICATES.
  keyLimits: { rsaMinBits: 1024, rsaMaxBits: 4096, ecdsaCurves: ['prime256v1', 'secp384r1', 'secp521r1'] },
  // 504 when no connection to the target within 10 s; the idle timeout (default 60 s) bounds both a
  // silent response and connection reuse. Source: ALB_TROUBLESHOOTING, ALB_ATTRIBUTES.
  timeouts: { connectMs: 10_000, readMs: 60_000, keepAliveMs: 60_000 },
  assumedTargetPolicy: 'ELBSecurityPolicy-2016-08',
  sources: [ALB_SECURITY_POLICIES, TARGET_GROUPS, ALB_ATTRIBUTES, ALB_TROUBLESHOOTING, ALB_CERTIFICATES],
}

import type { EdgeProfile } from './types.js'
import {
  ALB_SECURITY_POLICIES,
  ELB_2016_08_PROTOCOLS,
  ELB_2016_08_SUITES,
  ELB_GROUPS,
  ELB_SIGNATURE_SCHEMES,
} from './elbPolicy.js'

const TARGET_GROUPS = 'AWS ELB User Guide for Application Load Balancers: "Target groups for your Application Load Balancers"'
const ALB_ATTRIBUTES = 'AWS ELB User Guide for Application Load Balancers: "Application Load Balancers" (connection idle timeout)'
const ALB_TROUBLESHOOTING = 'AWS ELB User Guide for Application Load Balancers: "Troubleshoot your Application Load Balancers"'
const ALB_CERTIFICATES = 'AWS ELB User Guide for Application Load Balancers: "SSL certificates for your Application Load Balancer"'

/** An Application Load Balancer connecting to HTTPS targets. */
export const alb: EdgeProfile = {
  name: 'alb',
  title: 'AWS Application Load Balancer',
  // Connections to targets use ELBSecurityPolicy-2016-08, whatever the listener's policy.
  // Source: ALB_SECURITY_POLICIES.
  protocols: ELB_2016_08_PROTOCOLS,
  deprecatedProtocols: ['TLSv1', 'TLSv1.1'],
  cipherSuites: ELB_2016_08_SUITES,
  groups: ELB_GROUPS,
  signatureAlgorithms: ELB_SIGNATURE_SCHEMES,
  // The balancer does not validate target certificates: self-signed or expired ones work.
  // Source: TARGET_GROUPS.
  validatesCertificates: false,
  // No limits are documented for target certificates (they are not validated); the listener
  // certificate key types stand in. Source: ALB_CERTIFICATES.
  keyLimits: { rsaMinBits: 1024, rsaMaxBits: 4096, ecdsaCurves: ['prime256v1', 'secp384r1', 'secp521r1'] },
  // 504 when no connection to the target within 10 s; the idle timeout (default 60 s) bounds both a
  // silent response and connection reuse. Source: ALB_TROUBLESHOOTING, ALB_ATTRIBUTES.
  timeouts: { connectMs: 10_000, readMs: 60_000, keepAliveMs: 60_000 },
  sources: [ALB_SECURITY_POLICIES, TARGET_GROUPS, ALB_ATTRIBUTES, ALB_TROUBLESHOOTING, ALB_CERTIFICATES],
}

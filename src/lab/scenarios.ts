import { HTTP_SCENARIOS } from './http-scenarios.js'
import { DNS_SCENARIOS } from './dns-scenarios.js'
import { LAB_ZONE, type CertificateRecipe, type Scenario } from './scenario.js'

export * from './scenario.js'

const d = (label: string) => `${label}.${LAB_ZONE}`
const good = (label: string, extra: Partial<CertificateRecipe> = {}): CertificateRecipe => ({ names: [d(label)], ...extra })

/** The planted origins: one healthy baseline and one per failure this lab proves the gate catches. */
export const SCENARIOS: readonly Scenario[] = [
  {
    name: 'healthy',
    fault: 'none: full chain, valid, names match',
    domain: d('healthy'),
    tls: { kind: 'chain', certificate: good('healthy') },
    expect: [],
  },
  {
    name: 'host-header-match',
    fault: 'none: certificate covers only the forwarded Host',
    domain: d('host-header-match'),
    hostHeader: 'www.shop-lab.test',
    tls: { kind: 'chain', certificate: { names: ['www.shop-lab.test'] } },
    expect: [],
  },
  {
    name: 'expired',
    fault: 'leaf expired 2 days ago',
    domain: d('expired'),
    tls: { kind: 'chain', certificate: good('expired', { validFromDays: -90, validToDays: -2 }) },
    expect: [{ code: 'CERT_EXPIRED', severity: 'error' }],
  },
  {
    name: 'not-yet-valid',
    fault: 'leaf valid from tomorrow',
    domain: d('not-yet-valid'),
    tls: { kind: 'chain', certificate: good('not-yet-valid', { validFromDays: 1, validToDays: 90 }) },
    expect: [{ code: 'CERT_NOT_YET_VALID', severity: 'error' }],
  },
  {
    name: 'expires-soon',
    fault: 'leaf expires in 3 days',
    domain: d('expires-soon'),
    tls: { kind: 'chain', certificate: good('expires-soon', { validToDays: 3.5 }) },
    expect: [{ code: 'CERT_EXPIRES_SOON', severity: 'error' }],
  },
  {
    name: 'name-mismatch',
    fault: 'certificate for another name',
    domain: d('name-mismatch'),
    tls: { kind: 'chain', certificate: { names: ['other.example.test'] } },
    expect: [{ code: 'CERT_NAME_MISMATCH', severity: 'error' }],
  },
  {
    name: 'wildcard-too-deep',
    fault: `*.${LAB_ZONE} for a name two labels down`,
    domain: `a.${d('wildcard-too-deep')}`,
    tls: { kind: 'chain', certificate: { names: [`*.${LAB_ZONE}`] } },
    expect: [{ code: 'CERT_NAME_MISMATCH', severity: 'error' }],
  },
  {
    name: 'self-signed',
    fault: 'self-signed leaf',
    domain: d('self-signed'),
    tls: { kind: 'chain', certificate: good('self-signed', { issuer: 'self' }) },
    expect: [{ code: 'CERT_SELF_SIGNED', severity: 'error' }],
  },
  {
    name: 'self-signed-alb',
    fault: 'self-signed leaf behind an ALB (which does not validate)',
    domain: d('self-signed-alb'),
    edge: 'alb',
    tls: { kind: 'chain', certificate: good('self-signed-alb', { issuer: 'self' }) },
    expect: [{ code: 'CERT_SELF_SIGNED', severity: 'warning' }],
  },
  {
    name: 'unknown-root',
    fault: 'chain to a root outside the trust store',
    domain: d('unknown-root'),
    tls: { kind: 'chain', certificate: good('unknown-root', { issuer: 'rogue' }) },
    expect: [{ code: 'CERT_UNTRUSTED_ROOT', severity: 'error' }],
  },
  {
    name: 'missing-intermediate',
    fault: 'leaf sent without its intermediate',
    domain: d('missing-intermediate'),
    tls: { kind: 'chain', certificate: good('missing-intermediate'), order: 'leaf-only' },
    expect: [{ code: 'CERT_CHAIN_INCOMPLETE', severity: 'error' }],
  },
  {
    name: 'chain-out-of-order',
    fault: 'root sent before the intermediate it issued',
    domain: d('chain-out-of-order'),
    tls: { kind: 'chain', certificate: good('chain-out-of-order'), order: 'root-before-intermediate' },
    expect: [{ code: 'CERT_CHAIN_ORDER', severity: 'error' }],
  },
  {
    name: 'p521-key',
    fault: 'ECDSA P-521 leaf key',
    domain: d('p521-key'),
    tls: { kind: 'chain', certificate: good('p521-key', { key: 'p521' }) },
    // The edge offers no P-521 curve, so the handshake itself fails; the certificate names why.
    expect: [
      { code: 'TLS_HANDSHAKE_FAILED', severity: 'error' },
      { code: 'CERT_KEY_UNSUPPORTED', severity: 'error' },
    ],
  },
  {
    name: 'sha1-signed',
    fault: 'leaf signed with SHA-1',
    domain: d('sha1-signed'),
    tls: { kind: 'chain', certificate: good('sha1-signed', { signatureHash: 'sha1' }) },
    expect: [{ code: 'CERT_SIGNATURE_WEAK', severity: 'warning' }],
  },
  {
    name: 'sni-required',
    fault: 'another certificate without SNI',
    domain: d('sni-required'),
    tls: { kind: 'sni-dependent', certificate: good('sni-required'), withoutSni: { names: ['default.example.test'] } },
    expect: [{ code: 'TLS_SNI_REQUIRED', severity: 'notice' }],
  },
  // C2: what the edge's hellos at each allowed version find.
  {
    name: 'tls10-only',
    fault: 'accepts only TLS 1.0; ssl-protocols [TLSv1.2]',
    domain: d('tls10-only'),
    tls: { kind: 'chain', certificate: good('tls10-only'), openssl: { minVersion: 'TLSv1', maxVersion: 'TLSv1' } },
    expect: [{ code: 'TLS_NO_COMMON_PROTOCOL', severity: 'error' }],
  },
  {
    name: 'tls10-only-allowed',
    fault: 'accepts only TLS 1.0; ssl-protocols [TLSv1, TLSv1.2]',
    domain: d('tls10-only-allowed'),
    sslProtocols: ['TLSv1', 'TLSv1.2'],
    tls: { kind: 'chain', certificate: good('tls10-only-allowed'), openssl: { minVersion: 'TLSv1', maxVersion: 'TLSv1' } },
    expect: [{ code: 'TLS_WEAK_PROTOCOL_ONLY', severity: 'warning' }],
  },
  // CloudFront never speaks TLS 1.3 to origins; the finding says the origin is TLS 1.3-only.
  {
    name: 'tls13-only',
    fault: 'accepts only TLS 1.3',
    domain: d('tls13-only'),
    tls: { kind: 'chain', certificate: good('tls13-only'), openssl: { minVersion: 'TLSv1.3' } },
    expect: [{ code: 'TLS_NO_COMMON_PROTOCOL', severity: 'error' }],
  },
  {
    // Behind a modern edge TLS 1.3 works, but it encrypts the certificate: the gate says it went unchecked.
    name: 'tls13-only-generic',
    fault: 'accepts only TLS 1.3, behind `edge: generic`',
    domain: d('tls13-only-generic'),
    edge: 'generic',
    sslProtocols: ['TLSv1.2', 'TLSv1.3'],
    tls: { kind: 'chain', certificate: good('tls13-only-generic'), openssl: { minVersion: 'TLSv1.3' } },
    expect: [{ code: 'PROBE_UNAVAILABLE', severity: 'notice' }],
  },
  {
    name: 'chacha20-only',
    fault: 'accepts only ECDHE-ECDSA-CHACHA20-POLY1305',
    domain: d('chacha20-only'),
    tls: {
      kind: 'chain',
      certificate: good('chacha20-only'),
      openssl: { maxVersion: 'TLSv1.2', ciphers: 'ECDHE-ECDSA-CHACHA20-POLY1305' },
    },
    expect: [{ code: 'TLS_NO_COMMON_CIPHER', severity: 'error' }],
  },
  {
    name: 'dhe-only',
    fault: 'accepts only DHE-RSA-AES128-GCM-SHA256',
    domain: d('dhe-only'),
    tls: {
      kind: 'chain',
      certificate: good('dhe-only', { key: 'rsa2048' }),
      openssl: { maxVersion: 'TLSv1.2', ciphers: 'DHE-RSA-AES128-GCM-SHA256@SECLEVEL=0', dhe: true },
    },
    expect: [{ code: 'TLS_NO_COMMON_CIPHER', severity: 'error' }],
  },
  // Served by the lab's own raw TLS server: OpenSSL 3 has neither suite. CloudFront still offers RC4-MD5.
  {
    name: 'rc4-md5-only',
    fault: 'accepts only RC4-MD5 (CloudFront offers it: no finding)',
    domain: d('rc4-md5-only'),
    tls: {
      kind: 'raw-suites',
      certificate: good('rc4-md5-only', { key: 'rsa2048' }),
      versions: ['TLSv1', 'TLSv1.1', 'TLSv1.2'],
      suites: ['RC4-MD5'],
    },
    expect: [],
  },
  {
    name: '3des-only-alb',
    fault: 'accepts only DES-CBC3-SHA, behind an ALB (its target policy has no 3DES)',
    domain: d('3des-only-alb'),
    edge: 'alb',
    tls: {
      kind: 'raw-suites',
      certificate: good('3des-only-alb', { key: 'rsa2048' }),
      versions: ['TLSv1', 'TLSv1.1', 'TLSv1.2'],
      suites: ['DES-CBC3-SHA'],
    },
    expect: [{ code: 'TLS_NO_COMMON_CIPHER', severity: 'error' }],
  },
  {
    name: 'client-cert',
    fault: 'origin demands a client certificate',
    domain: d('client-cert'),
    tls: { kind: 'client-certificate-required', certificate: good('client-cert') },
    expect: [{ code: 'TLS_HANDSHAKE_FAILED', severity: 'error' }],
  },
  {
    name: 'plain-http',
    fault: 'plain HTTP on the HTTPS port',
    domain: d('plain-http'),
    tls: { kind: 'plain-http' },
    expect: [{ code: 'TLS_HANDSHAKE_FAILED', severity: 'error' }],
  },
  {
    name: 'refused-port',
    fault: 'nothing listens on the HTTPS port',
    domain: d('refused-port'),
    tls: { kind: 'none' },
    expect: [{ code: 'PORT_REFUSED', severity: 'error' }],
  },
  {
    name: 'one-bad-address',
    fault: 'second of two addresses refuses',
    domain: d('one-bad-address'),
    tls: { kind: 'chain', certificate: good('one-bad-address') },
    extraAddresses: ['127.0.0.2'],
    expect: [{ code: 'PORT_REFUSED', severity: 'error', address: '127.0.0.2' }],
  },
  ...HTTP_SCENARIOS,
  ...DNS_SCENARIOS,
]

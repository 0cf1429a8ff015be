import type { CatalogueEntry } from '../entry.js'

/** C1/C3: the certificate and its chain. */
export const CERT_CODES = {
  CERT_NAME_MISMATCH: {
    // A warning behind an edge that does not validate certificates (its severity policy).
    severity: 'error',
    allowed: ['error', 'warning'],
    cause: 'C1',
    title: 'Certificate does not cover the origin',
    message: 'The certificate from {address}:{port} covers {certificateNames}; the edge needs one of {requiredNames}.',
    remedy:
      'Issue a certificate whose SAN covers {requiredNames} (a wildcard covers exactly one label), or point the origin at a name it covers.',
  },
  CERT_EXPIRED: {
    // A warning behind an edge that does not validate certificates (its severity policy).
    severity: 'error',
    allowed: ['error', 'warning'],
    cause: 'C3',
    title: 'Certificate expired',
    message: 'The {position} certificate {subject} from {address}:{port} expired on {notAfter}.',
    remedy: 'Renew the certificate and install it with its full chain.',
  },
  CERT_NOT_YET_VALID: {
    // A warning behind an edge that does not validate certificates (its severity policy).
    severity: 'error',
    allowed: ['error', 'warning'],
    cause: 'C3',
    title: 'Certificate not yet valid',
    message: 'The {position} certificate {subject} from {address}:{port} is valid only from {notBefore}.',
    remedy: 'Install a certificate that is valid now, or fix the clock of whatever issued it.',
  },
  CERT_EXPIRES_SOON: {
    severity: 'warning',
    allowed: ['warning', 'error'],
    cause: 'C3',
    title: 'Certificate expires soon',
    message: 'The {position} certificate {subject} from {address}:{port} expires in {days} days ({notAfter}).',
    remedy: 'Renew the certificate before {notAfter}.',
  },
  CERT_SELF_SIGNED: {
    // A warning behind an edge that does not validate certificates (its severity policy).
    severity: 'error',
    allowed: ['error', 'warning'],
    cause: 'C3',
    title: 'Self-signed certificate',
    message: '{address}:{port} presents a self-signed certificate ({subject}).',
    remedy: "Install a certificate issued by a CA in Mozilla's root store, with its intermediates.",
  },
  CERT_UNTRUSTED_ROOT: {
    // A warning behind an edge that does not validate certificates (its severity policy).
    severity: 'error',
    allowed: ['error', 'warning'],
    cause: 'C3',
    title: 'Untrusted root',
    message: 'The chain from {address}:{port} ends at {root}: {why}.',
    phrases: {
      why: {
        by: 'rootKind',
        is: {
          'issuer-missing': "issued by {issuer}, which is neither sent nor in the edge's trust store",
          '*': 'a self-signed root the edge does not trust',
        },
      },
    },
    remedy: "Use a certificate that chains to a CA in Mozilla's root store, and send every intermediate up to that root.",
  },
  CERT_CHAIN_INCOMPLETE: {
    // A warning behind an edge that does not validate certificates (its severity policy).
    severity: 'error',
    allowed: ['error', 'warning'],
    cause: 'C3',
    title: 'Intermediate missing',
    message: '{address}:{port} does not send the issuer of {subject} ({issuer}); the edge does not fetch it.',
    remedy: 'Configure the origin to send the full chain (leaf, then each intermediate).',
  },
  CERT_CHAIN_ORDER: {
    // A warning behind an edge that does not validate certificates (its severity policy).
    severity: 'error',
    allowed: ['error', 'warning'],
    cause: 'C3',
    title: 'Chain out of order',
    message: '{address}:{port} sends its chain out of order: {sent}.',
    remedy: "Send the leaf first, then each certificate's issuer in turn ({expected}).",
  },
  CERT_KEY_UNSUPPORTED: {
    // A warning behind an edge that does not validate certificates (its severity policy).
    severity: 'error',
    allowed: ['error', 'warning'],
    cause: 'C3',
    title: 'Key the edge does not accept',
    message: 'The certificate from {address}:{port} has an {key} key; the edge accepts {accepted}.',
    remedy: 'Reissue the certificate with a key the edge accepts ({accepted}).',
  },
  CERT_SIGNATURE_WEAK: {
    severity: 'warning',
    cause: 'C3',
    title: 'Weak signature',
    message: 'The {position} certificate {subject} from {address}:{port} is signed with {algorithm}.',
    remedy: 'Reissue it with a SHA-256 (or stronger) signature.',
  },
} as const satisfies Record<string, CatalogueEntry>

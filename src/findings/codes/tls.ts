import type { CatalogueEntry, Phrase } from '../entry.js'

/** A balancer's target policy follows its listener's, which the config cannot say: the finding names the one assumed. */
const ASSUMED_POLICY: Phrase = {
  by: 'assumedTargetPolicy',
  is: {
    '-': '',
    '*': ' (judged against {assumedTargetPolicy}, what the balancer uses towards targets unless its HTTPS listener has a TLS 1.3 or FIPS policy)',
  },
}

/** C1/C2: the handshake the edge makes. */
export const TLS_CODES = {
  TLS_HANDSHAKE_FAILED: {
    severity: 'error',
    cause: 'C2/C3',
    title: 'TLS handshake fails',
    message: 'The handshake the edge would make with {address}:{port} (SNI {name}) fails: {failure}{because}.',
    remedy: "Make the origin accept the edge's ClientHello: {hint}",
    phrases: {
      failure: {
        by: 'kind',
        is: {
          'client-certificate-requested': 'the origin asks for a client certificate',
          alert: 'the origin refused it with alert {alert}',
          closed: 'the origin closed the connection',
          reset: 'the origin reset the connection',
          timeout: 'no answer before the read timeout',
          'not-tls': 'the origin does not speak TLS here (it sent "{received}")',
          malformed: 'malformed TLS from the origin{errorNote}',
          'too-large': 'the origin sent more than the size bound',
          connect: 'TCP connection failed{errorNote}',
        },
      },
      errorNote: { by: 'error', is: { '-': '', '*': ' ({error})' } },
      because: {
        by: 'refusedBecause',
        is: {
          'key-unsupported': "; the certificate's {key} key is outside what the edge accepts ({acceptedKeys})",
          'wider-hello-accepted':
            '; the origin accepts a wider hello than the edge sends: it shares no cipher suite, curve or signature scheme with the edge',
          '*': '',
        },
      },
      hint: {
        by: ['refusedBecause', 'kind'],
        is: {
          'key-unsupported': 'reissue the certificate with a key the edge accepts (see CERT_KEY_UNSUPPORTED).',
          'client-certificate-requested': 'stop requesting client certificates on this listener (the edge sends none).',
          'not-tls': 'serve TLS on the HTTPS port, or change the protocol policy.',
          alert: 'enable a protocol version and cipher suite the edge offers.',
          '*': 'check that the TLS listener is up and not overloaded.',
        },
      },
    },
  },
  TLS_NO_COMMON_PROTOCOL: {
    severity: 'error',
    cause: 'C2',
    title: 'No common TLS version',
    message: '{address}:{port} (SNI {name}) accepts none of {offered}: {reason}{policy}.',
    remedy: 'Make the origin and the edge share a version: {hint}',
    phrases: {
      reason: {
        by: 'situation',
        is: {
          'tls13-only': 'it speaks only TLSv1.3, which {edge} does not use towards origins',
          'refused-all': 'it refused every version offered',
          '*': 'it speaks only {originProtocols}',
        },
      },
      hint: {
        by: 'situation',
        is: {
          'tls13-only': 'enable TLSv1.2 on the origin; {edge} cannot be configured to use TLS 1.3 towards it.',
          'edge-could-use':
            "enable {highestOffered} on the origin, or allow {edgeCouldUse} in the edge's origin SSL protocols (and ssl-protocols here).",
          '*': 'enable {highestOffered} on the origin.',
        },
      },
      policy: ASSUMED_POLICY,
    },
  },
  TLS_NO_COMMON_CIPHER: {
    severity: 'error',
    cause: 'C2',
    title: 'No common cipher suite',
    message:
      "{address}:{port} (SNI {name}) accepts {protocols} but none of the edge's cipher suites (given a wider choice it picks {originChose}){policy}.",
    remedy: "Enable one of the edge's suites on the origin, such as {suggested}.",
    phrases: { policy: ASSUMED_POLICY },
  },
  TLS_WEAK_PROTOCOL_ONLY: {
    severity: 'warning',
    cause: 'C2',
    title: 'Only deprecated TLS versions in common',
    message: '{address}:{port} only shares {protocols} with the edge.',
    remedy: "Enable TLSv1.2 on the origin and in the edge's origin SSL protocols.",
  },
  TLS_SNI_REQUIRED: {
    severity: 'notice',
    cause: 'C1',
    title: 'Certificate depends on SNI',
    message: '{address}:{port} serves {withSni} for SNI {name} but {other} without SNI.',
    phrases: {
      other: {
        by: 'withoutSniFailure',
        is: {
          '-': '{withoutSni}',
          'no-certificate': 'no certificate',
          alert: 'no certificate (alert {withoutSniAlert})',
          '*': 'no certificate ({withoutSniFailure})',
        },
      },
    },
    remedy: 'Nothing to do for an edge that sends SNI (CloudFront does); clients without SNI get the other certificate.',
  },
} as const satisfies Record<string, CatalogueEntry>

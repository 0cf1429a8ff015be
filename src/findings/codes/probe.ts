import type { CatalogueEntry } from '../entry.js'

/** The config and the gate itself: not verdicts on an origin. */
export const PROBE_CODES = {
  CONFIG_INVALID: {
    severity: 'error', cause: '-', title: 'The config file is invalid',
    message: '{file}:{line}:{col} {path}: {problem}',
    remedy: 'Fix the config file; nothing was probed.',
  },
  PROBE_ERROR: {
    severity: 'error', cause: '-', title: 'Check could not run',
    message: 'The {step} step could not run: {error}.',
    remedy: 'This is a fault of the gate or of the machine running it, not a verdict on the origin; report it if it persists.',
  },
  PROBE_UNAVAILABLE: {
    severity: 'notice', cause: '-', title: 'Probe unavailable here',
    message: '{what} was not checked: {why}.',
    remedy: 'It stays unchecked until {until}.',
    phrases: {
      what: { by: 'unchecked', is: { address: '{address}', dns: 'The DNS of {zone}', certificate: 'The certificate of {address}:{port}' } },
      why: {
        by: 'because',
        is: {
          'no-route': 'this machine has no {family} route',
          'name-servers-unroutable': 'its name servers are only on addresses this machine cannot reach ({servers})',
          'tls13-only': 'the origin completes this handshake only in TLS 1.3, which encrypts the certificate, and the gate reads certificates from TLS 1.2 and older handshakes',
        },
      },
      until: {
        by: 'because',
        is: {
          'tls13-only': 'the origin also accepts TLS 1.2 (or the certificate is checked by other means)',
          '*': 'the gate runs where {family} is routed',
        },
      },
    },
  },
} as const satisfies Record<string, CatalogueEntry>

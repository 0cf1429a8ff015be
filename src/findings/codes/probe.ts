import type { CatalogueEntry } from '../entry.js'

/** The config and the gate itself: not verdicts on an origin. */
export const PROBE_CODES = {
  CONFIG_INVALID: {
    severity: 'error',
    cause: '-',
    title: 'The config file is invalid',
    message: '{file}:{line}:{col} {path}: {problem}',
    remedy: 'Fix the config file; nothing was probed.',
  },
  PROBE_ERROR: {
    severity: 'error',
    cause: '-',
    title: 'Check could not run',
    message: 'The {step} step could not run: {reason}.',
    remedy: '{fix}',
    phrases: {
      reason: {
        by: 'budget',
        is: {
          queries: 'it would send more than {limit} DNS queries{whose}, as the zones on the way refer to ever more name servers',
          'name-servers':
            'it would look up more than {limit} name-server names{whose}, as the zones on the way refer to ever more name servers',
          records: 'it would keep more than {limit} DNS records{whose}, as the zones on the way answer with ever more records',
          '*': '{error}',
        },
      },
      whose: {
        by: 'scope',
        is: { origin: ' for this origin', run: " for the run's origins together", '*': '' },
      },
      fix: {
        by: 'budget',
        is: {
          '-': 'This is a fault of the gate or of the machine running it, not a verdict on the origin; report it if it persists.',
          '*':
            'Fix the delegation (every zone on the way should name a few name servers with glue), ' +
            'or check this origin in a run of its own.',
        },
      },
    },
  },
  PROBE_UNAVAILABLE: {
    severity: 'notice',
    cause: '-',
    title: 'Probe unavailable here',
    message: '{what} was not checked: {why}.',
    remedy: 'It stays unchecked until {until}.',
    phrases: {
      what: {
        by: 'unchecked',
        is: { address: '{address}', dns: 'The DNS of {zone}', certificate: 'The certificate of {address}:{port}', origin: 'The origin' },
      },
      why: {
        by: 'because',
        is: {
          'no-route': 'this machine has no {family} route',
          'name-servers-unroutable': 'its name servers are only on addresses this machine cannot reach ({servers})',
          'tls13-only':
            'the origin completes this handshake only in TLS 1.3, which encrypts the certificate, ' +
            'and the gate reads certificates from TLS 1.2 and older handshakes',
          'run-deadline': 'the run reached its deadline of {deadlineMs} ms first',
        },
      },
      until: {
        by: 'because',
        is: {
          'tls13-only': 'the origin also accepts TLS 1.2 (or the certificate is checked by other means)',
          'run-deadline': 'the run has the time: raise run-deadline-ms, or split the origins over shards',
          '*': 'the gate runs where {family} is routed',
        },
      },
    },
  },
} as const satisfies Record<string, CatalogueEntry>

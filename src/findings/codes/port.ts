import type { CatalogueEntry } from '../entry.js'

/** C4: the ports the edge connects to. */
export const PORT_CODES = {
  PORT_REFUSED: {
    severity: 'error',
    cause: 'C4',
    title: 'Connection refused',
    message: '{address} refused a TCP connection on port {port}.',
    remedy:
      'Start the service on {address}:{port}, or fix the port in the distribution and the config; every address the edge may pick must serve.',
  },
  PORT_TIMEOUT: {
    severity: 'error',
    cause: 'C4',
    title: 'Connection timed out',
    message: 'A TCP connection to {address}:{port} timed out after {timeoutMs} ms (filtered?).',
    remedy:
      "Open {port} to the edge in the firewall or security group. If the origin only admits the edge's address ranges it also blocks this runner: skip the network checks for it (checks.skip: [ports, tls, certificate, http]).",
  },
  PORT_UNREACHABLE: {
    severity: 'error',
    cause: 'C4',
    title: 'Address unreachable',
    message: 'TCP to {address}:{port} failed: {error}.',
    remedy: 'Check routing to {address} and that the host is up.',
  },
  PORT_FLAKY: {
    severity: 'warning',
    cause: 'C4',
    title: 'Connections fail intermittently',
    message: '{address}:{port} answered only after failed attempts ({attempts}: {failed}); the edge gives up after {budget}.',
    remedy:
      'Find why {address}:{port} drops connections (an overloaded listener, a full accept queue, a flapping instance or firewall rule): the edge answers 502 or 504 whenever its attempts run out.',
  },
} as const satisfies Record<string, CatalogueEntry>

/**
 * Words every layer shares (config, edges, probes, checks, findings, reports): defined once here, below
 * all of them, so none has to import another's module for a name.
 */

/** Whose rules and limits apply to an origin. */
export const EDGES = ['cloudfront', 'alb', 'clb', 'generic'] as const
export type EdgeName = (typeof EDGES)[number]

/** Protocol versions by their config names, oldest first: the one order of TLS versions. */
export const SSL_PROTOCOLS = ['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] as const
export type SslProtocol = (typeof SSL_PROTOCOLS)[number]

/** Oldest first; unknown names last. */
export function byProtocolAge(a: string, b: string): number {
  const rank = (p: string) => {
    const i = (SSL_PROTOCOLS as readonly string[]).indexOf(p)
    return i === -1 ? SSL_PROTOCOLS.length : i
  }
  return rank(a) - rank(b)
}

/** The families `checks.skip` and `--only` select, in report order; a finding's `check` is one of them. */
export const CHECK_FAMILIES = ['dns', 'ports', 'tls', 'certificate', 'http'] as const
export type CheckFamily = (typeof CHECK_FAMILIES)[number]

/** The lowest severity that fails the gate, or never. */
export const FAIL_ON = ['error', 'warning', 'never'] as const
export type FailOn = (typeof FAIL_ON)[number]

import type { TlsOptions } from 'node:tls'
import type { OpenSslLimits } from './scenario.js'

/** Node TLS server options for a planted origin limited to some versions or suites. */
export function openSslOptions(limits: OpenSslLimits): TlsOptions {
  const options: TlsOptions = {}
  if (limits.minVersion) options.minVersion = limits.minVersion
  if (limits.maxVersion) options.maxVersion = limits.maxVersion
  // TLS 1.0 and 1.1 need security level 0 in OpenSSL 3 (their handshake signatures use SHA-1).
  if (limits.ciphers) options.ciphers = limits.ciphers.includes('@SECLEVEL') ? limits.ciphers : `${limits.ciphers}:@SECLEVEL=0`
  if (limits.dhe) options.dhparam = 'auto'
  return options
}

import type { SslProtocol } from '../../vocabulary.js'

/** Wire values of protocol versions (RFC 6101, 2246, 4346, 5246, 8446). */
const WIRE_VERSIONS: Readonly<Record<SslProtocol, number>> = {
  SSLv3: 0x0300,
  TLSv1: 0x0301,
  'TLSv1.1': 0x0302,
  'TLSv1.2': 0x0303,
  'TLSv1.3': 0x0304,
}

export function wireVersion(version: SslProtocol): number {
  return WIRE_VERSIONS[version]
}

/** `TLSv1.2` for 0x0303; an unknown value as hex (`0x7f1c`) so it still reads in a report. */
export function versionName(wire: number): string {
  for (const [name, value] of Object.entries(WIRE_VERSIONS)) {
    if (value === wire) return name
  }
  return hex16(wire)
}

/** Alert descriptions: RFC 8446 section 6 and RFC 5246 section 7.2, plus RFC 6066's additions. */
const ALERTS: Readonly<Record<number, string>> = {
  0: 'close_notify',
  10: 'unexpected_message',
  20: 'bad_record_mac',
  21: 'decryption_failed',
  22: 'record_overflow',
  30: 'decompression_failure',
  40: 'handshake_failure',
  41: 'no_certificate',
  42: 'bad_certificate',
  43: 'unsupported_certificate',
  44: 'certificate_revoked',
  45: 'certificate_expired',
  46: 'certificate_unknown',
  47: 'illegal_parameter',
  48: 'unknown_ca',
  49: 'access_denied',
  50: 'decode_error',
  51: 'decrypt_error',
  60: 'export_restriction',
  70: 'protocol_version',
  71: 'insufficient_security',
  80: 'internal_error',
  86: 'inappropriate_fallback',
  90: 'user_canceled',
  100: 'no_renegotiation',
  109: 'missing_extension',
  110: 'unsupported_extension',
  111: 'certificate_unobtainable',
  112: 'unrecognized_name',
  113: 'bad_certificate_status_response',
  114: 'bad_certificate_hash_value',
  115: 'unknown_psk_identity',
  116: 'certificate_required',
  120: 'no_application_protocol',
}

export function alertName(description: number): string {
  return ALERTS[description] ?? `unknown_alert_${description}`
}

export function hex16(value: number): string {
  return `0x${value.toString(16).padStart(4, '0')}`
}

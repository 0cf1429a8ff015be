import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { CHECKS } from '../../../src/checks/registry.js'
import { CATALOGUE, FINDING_CODES } from '../../../src/findings/catalogue.js'
import { TOOL_VERSION } from '../../../src/version.js'

/** The catalogue's founding codes and default severities: a stable contract, never renamed or reused. */
const STABLE_CODES: Record<string, string> = {
  CONFIG_INVALID: 'error',
  DNS_NXDOMAIN: 'error',
  DNS_NO_ADDRESS: 'error',
  DNS_SERVFAIL: 'error',
  DNS_NS_UNREACHABLE: 'error/warning',
  DNS_LAME_DELEGATION: 'error/warning',
  DNS_DELEGATION_MISMATCH: 'warning',
  DNS_SOA_SERIAL_MISMATCH: 'warning',
  DNS_INCONSISTENT_ANSWERS: 'warning',
  DNS_CNAME_DANGLING: 'error',
  DNS_CNAME_LOOP: 'error',
  DNS_MISSING_GLUE: 'error',
  DNS_TCP_UNSUPPORTED: 'warning',
  PORT_REFUSED: 'error',
  PORT_TIMEOUT: 'error',
  PORT_UNREACHABLE: 'error',
  TLS_HANDSHAKE_FAILED: 'error',
  TLS_NO_COMMON_PROTOCOL: 'error',
  TLS_NO_COMMON_CIPHER: 'error',
  TLS_WEAK_PROTOCOL_ONLY: 'warning',
  TLS_SNI_REQUIRED: 'notice',
  CERT_NAME_MISMATCH: 'error',
  CERT_EXPIRED: 'error',
  CERT_NOT_YET_VALID: 'error',
  CERT_EXPIRES_SOON: 'warning/error',
  CERT_SELF_SIGNED: 'error',
  CERT_UNTRUSTED_ROOT: 'error',
  CERT_CHAIN_INCOMPLETE: 'error',
  CERT_CHAIN_ORDER: 'error',
  CERT_KEY_UNSUPPORTED: 'error',
  CERT_SIGNATURE_WEAK: 'warning',
  HTTP_NO_RESPONSE: 'error',
  HTTP_MALFORMED_RESPONSE: 'error',
  HTTP_EXTRA_CRLF_IN_HEADERS: 'error',
  HTTP_CONTENT_LENGTH_INVALID: 'error',
  HTTP_BODY_EXCEEDS_CONTENT_LENGTH: 'error',
  HTTP_NO_FRAMING: 'warning',
  HTTP_CL_AND_TE: 'error',
  HTTP_BAD_CHUNKING: 'error',
  HTTP_BACKEND_5XX: 'error',
  HTTP_UNEXPECTED_STATUS: 'warning',
  HTTP_KEEPALIVE_TOO_SHORT: 'warning',
  PROBE_ERROR: 'error',
  PROBE_UNAVAILABLE: 'notice',
}

describe('the finding catalogue', () => {
  it('holds every stable code with its default severity', () => {
    for (const [code, severity] of Object.entries(STABLE_CODES)) {
      const entry = CATALOGUE[code as keyof typeof CATALOGUE]
      expect(entry, code).toBeDefined()
      const [first, second] = severity.split('/')
      expect(entry.severity, code).toBe(first)
      if (second) expect(entry.allowed, code).toEqual(expect.arrayContaining([first, second]))
    }
  })

  it('knows every code a check declares, and checks have unique ids', () => {
    for (const check of CHECKS) for (const code of check.codes) expect(FINDING_CODES, `${check.id}: ${code}`).toContain(code)
    expect(new Set(CHECKS.map((c) => c.id)).size).toBe(CHECKS.length)
  })
})

describe('the front ends', () => {
  it('report the version of package.json', () => {
    expect(TOOL_VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version)
  })

  it('action.yml declares the documented inputs and outputs and runs the bundle on node24', () => {
    const action = parse(readFileSync('action.yml', 'utf8')) as {
      inputs: Record<string, { default?: string }>
      outputs: Record<string, unknown>
      runs: { using: string; main: string }
    }
    expect(Object.keys(action.inputs).sort()).toEqual(
      [
        'comment',
        'config',
        'expiry-issue',
        'fail-on',
        'github-token',
        'merge-reports',
        'only',
        'origins',
        'report-path',
        'sarif-path',
        'shard',
      ].sort(),
    )
    expect(Object.keys(action.outputs).sort()).toEqual(
      ['errors', 'failed-origins', 'next-expiry', 'next-expiry-days', 'passed', 'report', 'warnings'].sort(),
    )
    expect(action.inputs['config']?.default).toBe('.github/origin-preflight.yml')
    expect(action.inputs['github-token']?.default).toBe('${{ github.token }}')
    expect(action.inputs['expiry-issue']?.default).toBe('false')
    expect(action.inputs['fail-on']?.default).toBe('')
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })
})

import type { Finding } from '../../../src/findings/finding.js'
import { toFinding } from '../../../src/findings/to-finding.js'
import { edgeFunctionFinding } from '../../../src/engine/run-functions.js'
import type { FunctionReport, OriginReport, Report } from '../../../src/engine/report.js'

/** Findings as the engine reports them: prose from the catalogue, evidence in details. */
export const findings = {
  refused: (origin: string): Finding => toFinding({ code: 'PORT_REFUSED', address: '192.0.2.11', port: 443, details: {} }, origin, 'ports'),
  expired: (origin: string): Finding =>
    toFinding(
      {
        code: 'CERT_EXPIRED',
        address: '192.0.2.10',
        port: 443,
        name: 'origin.example.com',
        details: { position: 'leaf', subject: 'CN=origin.example.com', notAfter: '2024-01-31T23:59:59.000Z' },
      },
      origin,
      'certificate',
    ),
  expiresSoon: (origin: string): Finding =>
    toFinding(
      {
        code: 'CERT_EXPIRES_SOON',
        address: '198.51.100.7',
        port: 443,
        name: 'static.example.com',
        details: { position: 'leaf', subject: 'CN=static.example.com', days: 12, notAfter: '2025-03-13T00:00:00.000Z' },
      },
      origin,
      'certificate',
    ),
  nameMismatch: (origin: string, name = 'origin.example.com'): Finding =>
    toFinding(
      {
        code: 'CERT_NAME_MISMATCH',
        address: '2001:db8::10',
        port: 8443,
        name,
        details: { certificateNames: ['*.other.example', 'other.example'], requiredNames: [name] },
      },
      origin,
      'certificate',
    ),
  sniRequired: (origin: string): Finding =>
    toFinding(
      {
        code: 'TLS_SNI_REQUIRED',
        address: '198.51.100.7',
        port: 443,
        name: 'static.example.com',
        details: { withSni: 'CN=static.example.com', withoutSni: 'CN=default.invalid' },
      },
      origin,
      'tls',
    ),
}

export function originReport(overrides: Partial<OriginReport> & Pick<OriginReport, 'name'>): OriginReport {
  return {
    domain: `${overrides.name}.example.com`,
    edge: 'cloudfront',
    passed: true,
    configLine: 4,
    durationMs: 120,
    addresses: ['192.0.2.10'],
    checks: ['dns', 'ports', 'tls', 'certificate', 'http'],
    findings: [],
    ...overrides,
  }
}

/** A report the engine could have produced: one failing origin with errors and a warning, one passing. */
export function sampleReport(overrides: Partial<Report> = {}): Report {
  const checkout = originReport({
    name: 'checkout-api',
    domain: 'origin.example.com',
    passed: false,
    configLine: 6,
    addresses: ['192.0.2.10', '192.0.2.11'],
    certificate: { notAfter: '2024-01-31T23:59:59.000Z', daysLeft: -3, names: ['origin.example.com'], subject: 'CN=origin.example.com' },
    // Deliberately not in severity order: reporters must order them.
    findings: [findings.sniRequired('checkout-api'), findings.expired('checkout-api'), findings.refused('checkout-api')],
  })
  const assets = originReport({
    name: 'static-assets',
    domain: 'static.example.com',
    configLine: 20,
    addresses: ['198.51.100.7'],
    checks: ['certificate'],
    certificate: { notAfter: '2025-03-13T00:00:00.000Z', daysLeft: 12, names: ['static.example.com'], subject: 'CN=static.example.com' },
    findings: [findings.expiresSoon('static-assets')],
  })
  return {
    version: 1,
    tool: { name: 'origin-preflight', version: '0.1.0' },
    startedAt: '2025-03-01T10:00:00.000Z',
    durationMs: 1234,
    passed: false,
    config: '.github/origin-preflight.yml',
    overrides: [],
    summary: { origins: 2, failed: 1, errors: 2, warnings: 1, notices: 1 },
    origins: [checkout, assets],
    ...overrides,
  }
}

export function passingReport(): Report {
  const healthy = originReport({ name: 'healthy', domain: 'healthy.example.com' })
  return sampleReport({ passed: true, summary: { origins: 1, failed: 0, errors: 0, warnings: 0, notices: 0 }, origins: [healthy] })
}

/** An edge function's finding as the engine reports it (prose from the catalogue, the code's file and line). */
export const functionFindings = {
  threw: (fn: string, file: string, line: number): Finding =>
    edgeFunctionFinding({
      code: 'EDGE_FUNCTION_THREW',
      function: fn,
      file,
      line,
      details: {
        event: 'viewer-request',
        request: 'get-root',
        outcome: 'threw',
        error: 'TypeError',
        errorMessage: "Cannot read properties of undefined (reading 'value')",
      },
    }),
}

/** The sample report with two edge functions: one failing (it throws at edge/auth.js:7), one passing. */
export function reportWithFunctions(): Report {
  const base = sampleReport()
  const auth: FunctionReport = {
    name: 'cookie-auth',
    kind: 'lambda-edge',
    file: 'edge/auth.js',
    line: 3,
    events: ['viewer-request'],
    passed: false,
    durationMs: 40,
    findings: [functionFindings.threw('cookie-auth', 'edge/auth.js', 7)],
  }
  const headers: FunctionReport = {
    name: 'security-headers',
    kind: 'cloudfront-function',
    runtime: 'cloudfront-js-2.0',
    file: 'edge/headers.js',
    line: 1,
    events: ['viewer-response'],
    passed: true,
    durationMs: 12,
    findings: [],
  }
  return { ...base, summary: { ...base.summary, functions: 2, failed: 2, errors: 3 }, functions: [auth, headers] }
}

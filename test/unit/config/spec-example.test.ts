import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadConfig } from './both-readers.js'
import { BUNDLED_ROOT_PEM, directoryWith } from './helpers.js'

const EXAMPLE = readFileSync(new URL('./fixtures/spec-example.yml', import.meta.url), 'utf8')

describe('the full example config', () => {
  const directory = directoryWith({ 'origin-preflight.yml': EXAMPLE, 'lab/root.pem': BUNDLED_ROOT_PEM })
  const file = join(directory, 'origin-preflight.yml')
  const config = loadConfig(file, { ORIGIN_VERIFY_SECRET: 'verify-me' })

  it('reads the file-level fields, with trust-roots made absolute', () => {
    expect(config.file).toBe(file)
    expect(config.version).toBe(1)
    expect(config.overrides).toEqual({
      trustRoots: [join(directory, 'lab/root.pem')],
      dnsRoots: ['127.0.0.1'],
      dnsPort: 53,
    })
    expect(config.secrets).toEqual(['verify-me'])
  })

  it('reads the origin with defaults applied and ${VAR} expanded', () => {
    expect(config.origins).toHaveLength(1)
    const { line, fieldLines, ...origin } = config.origins[0]!
    expect(origin).toEqual({
      name: 'checkout-api',
      domain: 'origin.checkout.example.com',
      hostHeaders: ['api.example.com'],
      edge: 'cloudfront',
      protocolPolicy: 'https-only',
      sslProtocols: ['TLSv1.2'],
      httpPort: 80,
      httpsPort: 443,
      ipAddressType: 'ipv4',
      certificate: { warnDays: 30, failDays: 7 },
      timeouts: { connectMs: 3000, readMs: 10000, connectAttempts: 3 },
      failOn: 'error',
      health: {
        path: '/healthz',
        method: 'GET',
        expectStatus: [200, 204],
        headers: { 'X-Origin-Verify': 'verify-me' },
      },
      skip: ['http'],
      addresses: ['203.0.113.10'],
    })
  })

  it('records the line of the origin and of every key written on it', () => {
    const origin = config.origins[0]!
    expect(origin.line).toBe(20)
    expect(origin.fieldLines).toEqual({
      name: 20,
      domain: 21,
      'host-header': 22,
      health: 23,
      'health.path': 24,
      'health.method': 25,
      'health.expect-status': 26,
      'health.headers': 27,
      'health.headers.X-Origin-Verify': 28,
      checks: 29,
      'checks.skip': 30,
      addresses: 31,
    })
  })
})

import type { Config, OriginConfig } from '../../../src/config/types.js'

export function originConfig(overrides: Partial<OriginConfig> & Pick<OriginConfig, 'name' | 'domain' | 'line'>): OriginConfig {
  return {
    edge: 'cloudfront',
    protocolPolicy: 'https-only',
    sslProtocols: ['TLSv1.2'],
    httpPort: 80,
    httpsPort: 443,
    ipAddressType: 'ipv4',
    certificate: { warnDays: 30, failDays: 7 },
    timeouts: { connectMs: 5000, readMs: 10000, connectAttempts: 3 },
    failOn: 'error',
    skip: [],
    hostHeaders: [],
    fieldLines: {},
    ...overrides,
  }
}

/** Matches the origins of the report fixtures: checkout-api at line 6, static-assets at line 20. */
export function sampleConfig(file: string, overrides: Partial<Config> = {}): Config {
  return {
    file,
    version: 1,
    origins: [
      originConfig({ name: 'checkout-api', domain: 'origin.example.com', line: 6, fieldLines: { domain: 7, 'https-port': 9 } }),
      originConfig({ name: 'static-assets', domain: 'static.example.com', line: 20 }),
    ],
    overrides: { trustRoots: [] },
    secrets: [],
    digest: 'sha256:0000000000000000000000000000000000000000000000000000000000000000',
    ...overrides,
  }
}

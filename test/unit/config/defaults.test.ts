import { describe, expect, it } from 'vitest'
import { parseConfig } from './both-readers.js'

describe('defaults', () => {
  it('applies the built-in defaults to a minimal origin', () => {
    const config = parseConfig('version: 1\norigins:\n  - name: a\n    domain: a.example.com\n', 'c.yml', {})
    expect(config.overrides).toEqual({ trustRoots: [] })
    expect(config.secrets).toEqual([])
    expect(config.origins).toEqual([
      {
        name: 'a',
        domain: 'a.example.com',
        edge: 'cloudfront',
        protocolPolicy: 'https-only',
        sslProtocols: ['TLSv1.2'],
        httpPort: 80,
        httpsPort: 443,
        ipAddressType: 'ipv4',
        certificate: { warnDays: 30, failDays: 7 },
        timeouts: { connectMs: 3000, readMs: 10000, connectAttempts: 3 },
        failOn: 'error',
        skip: [],
        hostHeaders: [],
        line: 3,
        fieldLines: { name: 3, domain: 4 },
      },
    ])
  })

  it('lets the origin win, merges nested objects per key and replaces lists whole', () => {
    const text = [
      'version: 1',
      'defaults:',
      '  edge: alb',
      '  ssl-protocols: [TLSv1.1, TLSv1.2]',
      '  https-port: 8443',
      '  certificate: {warn-days: 20, fail-days: 5}',
      '  timeouts: {connect-ms: 1000}',
      '  health:',
      '    path: /healthz',
      '    expect-status: [204]',
      '    headers: {X-Shared: one, X-Key: default}',
      '  checks: {skip: [dns]}',
      '  fail-on: warning',
      'origins:',
      '  - name: inherits',
      '    domain: a.example.com',
      '  - name: overrides',
      '    domain: b.example.com',
      '    edge: generic',
      '    ssl-protocols: [TLSv1.3]',
      '    certificate: {warn-days: 40}',
      '    timeouts: {read-ms: 500}',
      '    health:',
      '      method: HEAD',
      '      headers: {x-key: mine}',
      '    checks: {skip: []}',
    ].join('\n')
    const [inherits, overrides] = parseConfig(text, 'c.yml', {}).origins
    expect(inherits).toMatchObject({
      edge: 'alb',
      sslProtocols: ['TLSv1.1', 'TLSv1.2'],
      httpPort: 80,
      httpsPort: 8443,
      certificate: { warnDays: 20, failDays: 5 },
      timeouts: { connectMs: 1000, readMs: 10000, connectAttempts: 3 },
      health: { path: '/healthz', method: 'GET', expectStatus: [204], headers: { 'X-Shared': 'one', 'X-Key': 'default' } },
      skip: ['dns'],
      failOn: 'warning',
      fieldLines: { name: 15, domain: 16 },
    })
    expect(overrides).toMatchObject({
      edge: 'generic',
      sslProtocols: ['TLSv1.3'],
      httpsPort: 8443,
      certificate: { warnDays: 40, failDays: 5 },
      timeouts: { connectMs: 1000, readMs: 500, connectAttempts: 3 },
      // Header names are case-insensitive: the origin's x-key replaces the default X-Key.
      health: { path: '/healthz', method: 'HEAD', expectStatus: [204], headers: { 'X-Shared': 'one', 'x-key': 'mine' } },
      skip: [],
    })
  })

  it('keeps origins independent of each other', () => {
    const text =
      'version: 1\ndefaults:\n  ssl-protocols: [TLSv1.2]\norigins:\n' +
      '  - {name: a, domain: a.example.com}\n  - {name: b, domain: b.example.com}\n'
    const [a, b] = parseConfig(text, 'c.yml', {}).origins
    a?.sslProtocols.push('TLSv1.1')
    expect(b?.sslProtocols).toEqual(['TLSv1.2'])
  })

  it('reports a health path missing from both defaults and the origin at the defaults entry', () => {
    const text = 'version: 1\ndefaults:\n  health: {method: HEAD}\norigins:\n  - {name: a, domain: a.example.com}\n'
    expect(() => parseConfig(text, 'c.yml', {})).toThrow('c.yml:3:3 defaults.health.path: is required: set it here or on every origin')
  })
})

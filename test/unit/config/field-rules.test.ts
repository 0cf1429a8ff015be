import { describe, expect, it } from 'vitest'
import { parseConfig } from './both-readers.js'
import { problemsOf } from './helpers.js'

/** A config with one origin whose extra lines start on line 5. */
function withOrigin(...lines: string[]): string {
  return ['version: 1', 'origins:', '  - name: a', '    domain: a.example.com', ...lines.map((line) => `    ${line}`)].join('\n')
}

describe('field rules', () => {
  it('allows ports 80, 443 and 1024-65535 only', () => {
    expect(() => parseConfig(withOrigin('http-port: 443', 'https-port: 1024'), 'c.yml', {})).not.toThrow()
    expect(problemsOf(withOrigin('http-port: 8080', 'https-port: 1023'))).toEqual([
      'origin-preflight.yml:6:5 origins[0].https-port: must be 80, 443 or 1024-65535',
    ])
    expect(problemsOf(withOrigin('https-port: "443"'))).toEqual([
      'origin-preflight.yml:5:5 origins[0].https-port: must be an integer, not a string',
    ])
  })

  it('rejects TLSv1.3 with edge cloudfront, at the list item', () => {
    expect(problemsOf(withOrigin('ssl-protocols: [TLSv1.2, TLSv1.3]'))).toEqual([
      'origin-preflight.yml:5:30 origins[0].ssl-protocols[1]: ' +
        'TLSv1.3 cannot be used with edge cloudfront: CloudFront does not speak TLS 1.3 to origins',
    ])
  })

  it('accepts TLSv1.3 with edge generic', () => {
    const config = parseConfig(withOrigin('edge: generic', 'ssl-protocols: [TLSv1.2, TLSv1.3]'), 'c.yml', {})
    expect(config.origins[0]?.sslProtocols).toEqual(['TLSv1.2', 'TLSv1.3'])
  })

  it('reports TLSv1.3 in defaults once per edge, where it is written, when origins inherit it', () => {
    const text = [
      'version: 1',
      'defaults:',
      '  ssl-protocols: [TLSv1.3]',
      'origins:',
      '  - name: a',
      '    domain: a.example.com',
      '  - name: b',
      '    domain: b.example.com',
      '  - name: c',
      '    domain: c.example.com',
      '    edge: alb',
    ].join('\n')
    expect(problemsOf(text)).toEqual([
      'origin-preflight.yml:3:19 defaults.ssl-protocols[0]: ' +
        'TLSv1.3 cannot be used with edge cloudfront: CloudFront does not speak TLS 1.3 to origins',
      'origin-preflight.yml:3:19 defaults.ssl-protocols[0]: ' +
        'TLSv1.3 cannot be used with edge alb: alb speaks only TLSv1, TLSv1.1, TLSv1.2 to origins',
    ])
  })

  it('validates ssl-protocols entries and suggests the spelling', () => {
    expect(problemsOf(withOrigin('ssl-protocols: [tlsv1.2, TLSv1.2, TLSv1.2]'))).toEqual([
      'origin-preflight.yml:5:21 origins[0].ssl-protocols[0]: ' +
        'must be one of: SSLv3, TLSv1, TLSv1.1, TLSv1.2, TLSv1.3; did you mean "TLSv1.2"?',
      'origin-preflight.yml:5:39 origins[0].ssl-protocols[2]: repeats "TLSv1.2" (already listed on line 5)',
    ])
    expect(problemsOf(withOrigin('ssl-protocols: []'))).toEqual(['origin-preflight.yml:5:5 origins[0].ssl-protocols: must not be empty'])
  })

  it('requires bare DNS hostnames for domain and host-header', () => {
    const cases: [string, string][] = [
      ['domain: https://a.example.com/x', 'must be a bare hostname, without a scheme or a path: write "a.example.com"'],
      ['domain: a..example.com', 'must not contain an empty label ("..")'],
      ['domain: -a.example.com', 'label "-a" may contain only letters, digits and "-", and must not start or end with "-"'],
      ['domain: a_b.example.com', 'label "a_b" may contain only letters, digits and "-", and must not start or end with "-"'],
      [`domain: ${'x'.repeat(64)}.example.com`, `label "${'x'.repeat(64)}" is longer than 63 characters`],
      [`domain: ${Array(64).fill('abc').join('.')}`, 'must be at most 253 characters long'],
      ['domain: 203.0.113.10', 'must be a domain name, not an IP address (list IPs under addresses)'],
      ['domain: a.example.com.', 'must not end with "."'],
    ]
    for (const [line, message] of cases) {
      const text = ['version: 1', 'origins:', '  - name: a', `    ${line}`].join('\n')
      expect(problemsOf(text)).toEqual([`origin-preflight.yml:4:5 origins[0].domain: ${message}`])
    }
    expect(problemsOf(withOrigin('host-header: api.example.com:8443'))).toEqual([
      'origin-preflight.yml:5:5 origins[0].host-header: must be a bare hostname, without a port: ' +
        'write "api.example.com" (ports are set with http-port and https-port)',
    ])
  })

  it('requires unique origin names made of [A-Za-z0-9._-]', () => {
    const text = [
      'version: 1',
      'origins:',
      '  - name: a',
      '    domain: a.example.com',
      '  - name: a',
      '    domain: b.example.com',
      '  - name: c d',
      '    domain: c.example.com',
      '  - domain: d.example.com',
    ].join('\n')
    expect(problemsOf(text)).toEqual([
      'origin-preflight.yml:5:5 origins[1].name: duplicate origin name "a" (already used on line 3)',
      'origin-preflight.yml:7:5 origins[2].name: may contain only letters, digits, ".", "_" and "-" ' +
        '(or be the <container>/<origin id> name of an origin read from sources)',
      'origin-preflight.yml:9:5 origins[3].name: is required',
    ])
  })

  it('requires warn-days >= fail-days >= 0, blaming the more specific value', () => {
    expect(problemsOf(withOrigin('certificate: {warn-days: 5, fail-days: 10}'))).toEqual([
      'origin-preflight.yml:5:33 origins[0].certificate.fail-days: must not be greater than warn-days (5)',
    ])
    expect(problemsOf(withOrigin('certificate: {warn-days: 3}'))).toEqual([
      'origin-preflight.yml:5:19 origins[0].certificate.warn-days: must be at least fail-days (7)',
    ])
    expect(problemsOf(withOrigin('certificate: {fail-days: -1}'))).toEqual([
      'origin-preflight.yml:5:19 origins[0].certificate.fail-days: must be an integer >= 0',
    ])
  })

  it('bounds timeouts', () => {
    expect(problemsOf(withOrigin('timeouts:', '  connect-ms: 60001', '  read-ms: 0'))).toEqual([
      'origin-preflight.yml:6:7 origins[0].timeouts.connect-ms: must be an integer from 1 to 60000',
      'origin-preflight.yml:7:7 origins[0].timeouts.read-ms: must be an integer from 1 to 300000',
    ])
    expect(problemsOf(withOrigin('timeouts: {read-ms: 1.5}'))).toEqual([
      'origin-preflight.yml:5:16 origins[0].timeouts.read-ms: must be an integer, not a number',
    ])
  })

  it('validates the health exchange', () => {
    const text = withOrigin(
      'health:',
      '  path: healthz',
      '  method: POST',
      '  expect-status: [99, 200]',
      '  headers:',
      '    Bad Name: x',
      '    X-Multi: "a\\r\\nInjected: b"',
    )
    expect(problemsOf(text)).toEqual([
      'origin-preflight.yml:6:7 origins[0].health.path: must start with "/" and contain no spaces',
      'origin-preflight.yml:7:7 origins[0].health.method: must be one of: GET, HEAD',
      'origin-preflight.yml:8:23 origins[0].health.expect-status[0]: must be an integer from 100 to 599',
      "origin-preflight.yml:10:9 origins[0].health.headers.Bad Name: is not a valid header name (letters, digits and !#$%&'*+-.^_`|~ only)",
      'origin-preflight.yml:11:9 origins[0].health.headers.X-Multi: must not contain a line break',
    ])
    expect(problemsOf(withOrigin('health: {path: /, expect-status: []}'))).toEqual([
      'origin-preflight.yml:5:23 origins[0].health.expect-status: must not be empty',
    ])
    expect(problemsOf(withOrigin('health: {method: HEAD}'))).toEqual(['origin-preflight.yml:5:5 origins[0].health.path: is required'])
  })

  it('treats header names case-insensitively', () => {
    expect(problemsOf(withOrigin('health: {path: /, headers: {X-Key: a, x-key: b}}'))).toEqual([
      'origin-preflight.yml:5:43 origins[0].health.headers.x-key: duplicates "X-Key" (names are case-insensitive)',
    ])
  })

  it('fills health defaults when health is present, and leaves health out otherwise', () => {
    const config = parseConfig(withOrigin('health: {path: /up}'), 'c.yml', {})
    expect(config.origins[0]?.health).toEqual({ path: '/up', method: 'GET', expectStatus: [200], headers: {} })
    expect(parseConfig(withOrigin(), 'c.yml', {}).origins[0]?.health).toBeUndefined()
  })

  it('validates checks.skip and addresses', () => {
    expect(problemsOf(withOrigin('checks: {skip: [dns, cert]}', 'addresses: [192.0.2.1, "2001:db8::1", 999.1.1.1]'))).toEqual([
      'origin-preflight.yml:5:26 origins[0].checks.skip[1]: must be one of: dns, ports, tls, certificate, http',
      'origin-preflight.yml:6:43 origins[0].addresses[2]: must be an IPv4 or IPv6 address',
    ])
    expect(problemsOf(withOrigin('addresses: []'))).toEqual(['origin-preflight.yml:5:5 origins[0].addresses: must not be empty'])
    const config = parseConfig(withOrigin('addresses: ["2001:db8::1"]', 'checks: {skip: [dns, http]}'), 'c.yml', {})
    expect(config.origins[0]?.addresses).toEqual(['2001:db8::1'])
    expect(config.origins[0]?.skip).toEqual(['dns', 'http'])
  })

  it('validates overrides', () => {
    const text = [
      'version: 1',
      'origins:',
      '  - {name: a, domain: a.example.com}',
      'overrides:',
      '  dns-roots: [localhost]',
      '  dns-port: 0',
    ].join('\n')
    expect(problemsOf(text)).toEqual([
      'origin-preflight.yml:5:15 overrides.dns-roots[0]: must be an IPv4 or IPv6 address',
      'origin-preflight.yml:6:3 overrides.dns-port: must be an integer from 1 to 65535',
    ])
  })

  it('gives a quoting hint when a number is written where a string belongs', () => {
    expect(problemsOf(['version: 1', 'origins:', '  - name: 1.10', '    domain: a.example.com'].join('\n'))).toEqual([
      'origin-preflight.yml:3:5 origins[0].name: must be a string, not a number (quote it: "1.10")',
    ])
  })

  it('reads aliases as the value they refer to', () => {
    const text = ['version: 1', 'origins:', '  - name: a', '    domain: &d a.example.com', '    host-header: *d'].join('\n')
    expect(parseConfig(text, 'c.yml', {}).origins[0]?.hostHeaders).toEqual(['a.example.com'])
  })
})

import { describe, expect, it } from 'vitest'
import { describeWhere, renderText } from '../../../src/report/text.js'
import { passingReport, sampleReport } from './fixtures.js'

const ANSI = /\x1b\[[0-9;]*m/

describe('renderText', () => {
  it('has no ANSI escapes when colour is off', () => {
    expect(renderText(sampleReport(), { color: false })).not.toMatch(ANSI)
  })

  it('colours severities and marks when colour is on', () => {
    const text = renderText(sampleReport(), { color: true })
    expect(text).toMatch(ANSI)
    expect(text).toContain('\x1b[31mERROR\x1b[0m')
    expect(text).toContain('\x1b[33mWARNING\x1b[0m')
  })

  it('starts with the tool version and the config path', () => {
    const firstLine = renderText(sampleReport(), { color: false }).split('\n')[0]
    expect(firstLine).toBe('origin-preflight 0.1.0 · config .github/origin-preflight.yml')
  })

  it('prints each override in use before any origin', () => {
    const text = renderText(sampleReport({ overrides: ['trust-roots lab/root.pem', 'dns-roots 127.0.0.1:5353'] }), { color: false })
    const lines = text.split('\n')
    expect(lines[1]).toBe('override: trust-roots lab/root.pem')
    expect(lines[2]).toBe('override: dns-roots 127.0.0.1:5353')
    expect(text.indexOf('override:')).toBeLessThan(text.indexOf('checkout-api'))
  })

  it('prints no override line when none is in use', () => {
    expect(renderText(sampleReport(), { color: false })).not.toContain('override:')
  })

  it('lists errors before warnings before notices, whatever the engine order', () => {
    const text = renderText(sampleReport(), { color: false })
    const refused = text.indexOf('ERROR PORT_REFUSED')
    const expired = text.indexOf('ERROR CERT_EXPIRED')
    const notice = text.indexOf('NOTICE TLS_SNI_REQUIRED')
    expect(refused).toBeGreaterThan(0)
    expect(expired).toBeLessThan(notice)
    expect(refused).toBeLessThan(notice)
    // Same severity keeps the engine's order.
    expect(expired).toBeLessThan(refused)
  })

  it('prints each origin with its mark, domain, addresses and verdict', () => {
    const text = renderText(sampleReport(), { color: false })
    expect(text).toContain('✖ checkout-api  origin.example.com  192.0.2.10, 192.0.2.11  failed (2 errors, 1 notice)')
    expect(text).toContain('✔ static-assets  static.example.com  198.51.100.7  passed (1 warning)')
  })

  it('prints where, message and remedy under each finding', () => {
    const text = renderText(sampleReport(), { color: false })
    expect(text).toContain(
      [
        '  ERROR CERT_EXPIRED 192.0.2.10:443 (SNI origin.example.com)',
        '    The leaf certificate CN=origin.example.com from 192.0.2.10:443 expired on 2024-01-31T23:59:59.000Z.',
        '    → Renew the certificate and install it with its full chain.',
      ].join('\n'),
    )
  })

  it('ends with the verdict and counts', () => {
    const failing = renderText(sampleReport(), { color: false }).trimEnd().split('\n')
    expect(failing.at(-1)).toBe('✖ failed: 1 of 2 origins, 2 errors, 1 warning, 1 notice')
    const passing = renderText(passingReport(), { color: false }).trimEnd().split('\n')
    expect(passing.at(-1)).toBe('✔ passed: 1 origin, 0 errors, 0 warnings, 0 notices')
  })

  it('shows the fail-on level the verdict was taken at', () => {
    const text = renderText(sampleReport({ failOn: 'warning' }), { color: false })
    expect(text.trimEnd().split('\n').at(-1)).toContain('(fail-on warning)')
  })
})

describe('describeWhere', () => {
  it('brackets IPv6 addresses', () => {
    expect(describeWhere({ address: '2001:db8::1', port: 443, name: 'a.example' })).toBe('[2001:db8::1]:443 (SNI a.example)')
  })

  it('shows what is known', () => {
    expect(describeWhere({ address: '192.0.2.1' })).toBe('192.0.2.1')
    expect(describeWhere({ name: 'a.example' })).toBe('a.example')
    expect(describeWhere({})).toBe('')
  })
})

import { describe, expect, it } from 'vitest'
import { ConfigError, formatProblem } from '../../../src/errors.js'
import { parseConfig } from './both-readers.js'

const TODAY = new Date('2026-12-06T10:00:00Z')

function configText(accept: string[]): string {
  const origins = ['origins:', '  - name: legacy-shop', '    domain: shop.example.com']
  return ['version: 1', ...origins, 'accept:', ...accept.map((line) => `  ${line}`)].join('\n')
}

function problemsOf(accept: string[]): string[] {
  try {
    parseConfig(configText(accept), 'origin-preflight.yml', {}, TODAY)
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    return (error as ConfigError).problems.map(formatProblem)
  }
  throw new Error('expected a ConfigError, but the config was accepted')
}

describe('accept entries', () => {
  it('are read with their line, every narrowing field kept', () => {
    const config = parseConfig(
      configText([
        '- code: CERT_SIGNATURE_WEAK',
        '  origin: legacy-*',
        '  address: 203.0.113.7',
        '  port: 8443',
        '  name: Shop.Example.com',
        '  reason: vendor renews in January',
        '  until: 2027-01-31',
        '- { code: PORT_REFUSED, reason: "blue/green \\u001b[31mswitch", until: 2027-06-04 }',
      ]),
      'origin-preflight.yml',
      {},
      TODAY,
    )
    expect(config.accept).toEqual([
      {
        code: 'CERT_SIGNATURE_WEAK',
        origin: 'legacy-*',
        address: '203.0.113.7',
        port: 8443,
        name: 'Shop.Example.com',
        reason: 'vendor renews in January',
        until: '2027-01-31',
        line: 6,
      },
      // Control characters in the reason are shown, never sent to a terminal.
      { code: 'PORT_REFUSED', reason: 'blue/green \\x1b[31mswitch', until: '2027-06-04', line: 13 },
    ])
  })

  it('refuses an until more than 180 days ahead, naming its line', () => {
    expect(problemsOf(['- code: CERT_EXPIRED', '  reason: later', '  until: 2027-06-05'])).toEqual([
      'origin-preflight.yml:8:5 accept[0].until: is more than 180 days ahead: at most 2027-06-04 today',
    ])
  })

  it('refuses a date that is not a day, or not written YYYY-MM-DD', () => {
    const entries = ['- code: CERT_EXPIRED', '  reason: x', '  until: 2027-02-30']
    entries.push('- code: CERT_EXPIRED', '  reason: x', '  until: 31.01.2027')
    expect(problemsOf(entries)).toEqual([
      'origin-preflight.yml:8:5 accept[0].until: 2027-02-30 is not a day of the calendar',
      'origin-preflight.yml:11:5 accept[1].until: must be a date written YYYY-MM-DD',
    ])
  })

  it('requires code, reason and until, and knows the catalogue', () => {
    expect(problemsOf(['- code: CERT_EXPIRD', '  origin: "legacy shop"'])).toEqual([
      expect.stringMatching(/^origin-preflight\.yml:6:5 accept\[0\]\.code: must be one of: .*; did you mean "CERT_EXPIRED"\?$/),
      'origin-preflight.yml:6:5 accept[0].reason: is required',
      'origin-preflight.yml:6:5 accept[0].until: is required',
      'origin-preflight.yml:7:5 accept[0].origin: may contain only letters, digits, ".", "_", "-" and the wildcards "*" and "?"',
    ])
  })

  it('does not accept the findings about the config itself', () => {
    const [problem] = problemsOf(['- code: ACCEPTANCE_EXPIRED', '  reason: x', '  until: 2027-01-01'])
    expect(problem).toMatch(/^origin-preflight\.yml:6:5 accept\[0\]\.code: must be one of: /)
    expect(problem).not.toMatch(/ACCEPTANCE_|CONFIG_INVALID/)
  })
})

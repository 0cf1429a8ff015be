import { describe, expect, it } from 'vitest'
import { DEFAULT_CONFIG_PATH, parseActionInputs } from '../../../src/action/inputs.js'
import { UsageError } from '../../../src/errors.js'

const reader = (given: Record<string, string>) => (name: string) => given[name] ?? ''

describe('parseActionInputs', () => {
  it('uses the defaults when nothing is given', () => {
    expect(parseActionInputs(reader({}))).toEqual({
      config: DEFAULT_CONFIG_PATH,
      run: {},
      comment: true,
      expiryIssue: false,
      hasToken: false,
    })
  })

  it('reads every input', () => {
    const inputs = parseActionInputs(
      reader({
        config: 'ops/preflight.yml',
        origins: 'checkout-api, static-assets\nimages\n',
        only: 'tls,certificate',
        'fail-on': 'warning',
        shard: '2/3',
        'report-path': 'out/report.json',
        'sarif-path': 'out/report.sarif',
        comment: 'false',
        'expiry-issue': 'True',
        'github-token': 'ghs_example',
      }),
    )
    expect(inputs).toEqual({
      config: 'ops/preflight.yml',
      run: {
        origins: ['checkout-api', 'static-assets', 'images'],
        only: ['tls', 'certificate'],
        failOn: 'warning',
        shard: { index: 2, count: 3 },
      },
      reportPath: 'out/report.json',
      sarifPath: 'out/report.sarif',
      comment: false,
      expiryIssue: true,
      hasToken: true,
    })
  })

  it('rejects unknown check families and fail-on levels', () => {
    expect(() => parseActionInputs(reader({ only: 'tls,cert' }))).toThrow(UsageError)
    expect(() => parseActionInputs(reader({ only: 'tls,cert' }))).toThrow(
      'only must be one of dns, ports, tls, certificate, http, got cert',
    )
    expect(() => parseActionInputs(reader({ 'fail-on': 'notice' }))).toThrow(UsageError)
  })

  it('reads expiry-issue as true or false and rejects anything else', () => {
    expect(parseActionInputs(reader({ 'expiry-issue': 'false' })).expiryIssue).toBe(false)
    expect(parseActionInputs(reader({ 'expiry-issue': ' true ' })).expiryIssue).toBe(true)
    expect(() => parseActionInputs(reader({ 'expiry-issue': 'yes' }))).toThrow(/expiry-issue: expected true or false/)
  })
})

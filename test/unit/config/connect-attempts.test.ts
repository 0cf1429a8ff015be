import { describe, expect, it } from 'vitest'
import { parseConfig } from './both-readers.js'
import { ConfigError } from '../../../src/errors.js'

const config = (timeouts: string) =>
  parseConfig(
    ['version: 1', 'defaults:', `  timeouts: { ${timeouts} }`, 'origins:', '  - name: a', '    domain: a.example.com', ''].join('\n'),
    'attempts.yml',
  )

describe('timeouts.connect-attempts', () => {
  it("defaults to CloudFront's three attempts and takes 1 to 3", () => {
    expect(config('connect-ms: 1000').origins[0]?.timeouts.connectAttempts).toBe(3)
    expect(config('connect-attempts: 1').origins[0]?.timeouts.connectAttempts).toBe(1)
  })

  it('refuses what CloudFront refuses, at its line', () => {
    expect(() => config('connect-attempts: 4')).toThrow(ConfigError)
    expect(() => config('connect-attempts: 0')).toThrow(
      /attempts\.yml:3:\d+ defaults\.timeouts\.connect-attempts: must be an integer from 1 to 3/,
    )
  })
})

import { describe, expect, it } from 'vitest'
import { expandVariables } from '../../../src/config/expand.js'
import { parseConfig } from './both-readers.js'
import { problemsOf } from './helpers.js'

describe('expandVariables', () => {
  it('expands ${NAME} and keeps the values read as secrets', () => {
    expect(expandVariables('Bearer ${TOKEN}-${EMPTY}', { TOKEN: 't0ken', EMPTY: '' })).toEqual({
      value: 'Bearer t0ken-',
      secrets: ['t0ken'],
      problems: [],
    })
  })

  it('reads $${ as a literal ${ and leaves other dollars alone', () => {
    expect(expandVariables('$${HOME} costs $5 $${', { HOME: '/root' })).toEqual({
      value: '${HOME} costs $5 ${',
      secrets: [],
      problems: [],
    })
  })

  it('names each unset variable and rejects malformed references', () => {
    expect(expandVariables('${A}${B}', {}).problems).toEqual(['environment variable A is not set', 'environment variable B is not set'])
    expect(expandVariables('${1X}', {}).problems).toEqual(['"${1X}" is not a valid variable reference (write "$${" for a literal "${")'])
    expect(expandVariables('${OPEN', {}).problems).toEqual(['has "${" without a closing "}" (write "$${" for a literal "${")'])
  })
})

describe('${VAR} in the config', () => {
  const text = [
    'version: 1',
    'defaults:',
    '  health:',
    '    path: /${HEALTH_PATH}',
    'origins:',
    '  - name: a',
    '    domain: ${ORIGIN_HOST}',
    '    health:',
    '      headers:',
    '        X-Origin-Verify: ${ORIGIN_VERIFY_SECRET}',
    '        X-Literal: $${NOT_A_VAR}',
    'overrides:',
    '  trust-roots: ["${NOT_EXPANDED}.pem"]',
  ].join('\n')

  it('names an unset variable at the value that uses it', () => {
    expect(problemsOf(text.replace(/\noverrides:.*$/s, ''), { HEALTH_PATH: 'ready', ORIGIN_HOST: 'a.example.com' })).toEqual([
      'origin-preflight.yml:10:9 origins[0].health.headers.X-Origin-Verify: environment variable ORIGIN_VERIFY_SECRET is not set',
    ])
  })

  it('expands under defaults and origins, collects secrets, and validates the expanded value', () => {
    const env = { HEALTH_PATH: 'ready', ORIGIN_HOST: 'a.example.com', ORIGIN_VERIFY_SECRET: 's3cret' }
    const config = parseConfig(text.replace(/\noverrides:.*$/s, ''), 'c.yml', env)
    const origin = config.origins[0]
    expect(origin?.domain).toBe('a.example.com')
    expect(origin?.health).toEqual({
      path: '/ready',
      method: 'GET',
      expectStatus: [200],
      headers: { 'X-Origin-Verify': 's3cret', 'X-Literal': '${NOT_A_VAR}' },
    })
    expect(config.secrets).toEqual(['ready', 'a.example.com', 's3cret'])
    expect(problemsOf(text.replace(/\noverrides:.*$/s, ''), { ...env, ORIGIN_HOST: 'https://a.example.com' })).toEqual([
      'origin-preflight.yml:7:5 origins[0].domain: must be a bare hostname, without a scheme: write "a.example.com"',
    ])
  })

  it('does not expand under overrides', () => {
    const env = { HEALTH_PATH: 'ready', ORIGIN_HOST: 'a.example.com', ORIGIN_VERIFY_SECRET: 's3cret' }
    expect(problemsOf(text, env, '/nowhere/c.yml')).toEqual([
      '/nowhere/c.yml:13:17 overrides.trust-roots[0]: /nowhere/${NOT_EXPANDED}.pem: ' +
        'not a readable regular file of PEM certificates (at most 4 MiB)',
    ])
  })
})

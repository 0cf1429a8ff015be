import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ConfigError, formatProblem } from '../../../src/errors.js'
import { loadConfig } from './both-readers.js'
import { directoryWith, problemsOf } from './helpers.js'

describe('problem reporting', () => {
  it('reports every mistake at once, each with file:line:col and field path', () => {
    const text = [
      'version: 1',
      'origins:',
      '  - name: api',
      '    domain: https://api.example.com',
      '    https-port: 8443',
      '  - name: web',
      '    domain: web.example.com',
      '    https-port: 80000',
      '    ssl-protocol: [TLSv1.2]',
    ].join('\n')
    expect(problemsOf(text)).toEqual([
      'origin-preflight.yml:4:5 origins[0].domain: must be a bare hostname, without a scheme: write "api.example.com"',
      'origin-preflight.yml:8:5 origins[1].https-port: must be 80, 443 or 1024-65535',
      'origin-preflight.yml:9:5 origins[1].ssl-protocol: unknown key "ssl-protocol"; did you mean "ssl-protocols"?',
    ])
  })

  it('carries the problems as data on a ConfigError, with the file as given', () => {
    const directory = directoryWith({ 'bad.yml': 'version: 1\norigins:\n  - name: a\n    domain: a:443\n' })
    const file = join(directory, 'bad.yml')
    let caught: unknown
    try {
      loadConfig(file, {})
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(ConfigError)
    const problems = (caught as ConfigError).problems
    expect(problems).toEqual([
      {
        file,
        line: 4,
        col: 5,
        path: 'origins[0].domain',
        message: 'must be a bare hostname, without a port: write "a" (ports are set with http-port and https-port)',
      },
    ])
    expect((caught as ConfigError).message).toBe(problems.map(formatProblem).join('\n'))
  })

  it('names an unknown key and suggests the closest known one within two edits', () => {
    const text = 'version: 1\norigins:\n  - name: a\n    domain: a.example.com\n    htps-port: 8443\n'
    expect(problemsOf(text)).toEqual(['origin-preflight.yml:5:5 origins[0].htps-port: unknown key "htps-port"; did you mean "https-port"?'])
  })

  it('lists the known keys when no key is close', () => {
    const text = 'version: 1\norigins:\n  - name: a\n    domain: a.example.com\n    health:\n      verb: GET\n      path: /\n'
    expect(problemsOf(text)).toEqual([
      'origin-preflight.yml:6:7 origins[0].health.verb: unknown key "verb"; expected one of: path, method, expect-status, headers',
    ])
  })

  it('refuses unknown keys at the top level and under overrides', () => {
    const text = 'version: 1\norigin:\n  - name: a\noverrides:\n  dns-prot: 53\n'
    expect(problemsOf(text)).toEqual([
      'origin-preflight.yml:1:1 (root): needs origins or sources',
      'origin-preflight.yml:2:1 origin: unknown key "origin"; did you mean "origins"?',
      'origin-preflight.yml:5:3 overrides.dns-prot: unknown key "dns-prot"; did you mean "dns-port"?',
    ])
  })

  it('refuses origin identity fields in defaults', () => {
    const text = 'version: 1\ndefaults:\n  domain: a.example.com\norigins:\n  - name: a\n    domain: a.example.com\n'
    expect(problemsOf(text)).toEqual(['origin-preflight.yml:3:3 defaults.domain: cannot be set in defaults: set it on each origin'])
  })

  it('reports YAML syntax errors at their position', () => {
    const misindented = 'version: 1\norigins:\n  - name: a\n    domain: a.example.com\n  - name: b\n   domain: b.example.com\n'
    expect(problemsOf(misindented)).toEqual(['origin-preflight.yml:6:1 (yaml): invalid YAML: Sequence item without - indicator'])
    const duplicated = 'version: 1\norigins:\n  - name: a\n    domain: a.example.com\n    domain: b.example.com\n'
    expect(problemsOf(duplicated)).toEqual(['origin-preflight.yml:5:5 (yaml): invalid YAML: Map keys must be unique'])
  })

  it('refuses an empty file, a wrong version and a missing version', () => {
    expect(problemsOf('')).toEqual(['origin-preflight.yml:1:1 (root): is empty: expected version: 1 and a list of origins'])
    expect(problemsOf('version: 2\norigins: []\n')).toEqual([
      'origin-preflight.yml:1:1 version: must be 1',
      'origin-preflight.yml:2:1 origins: must not be empty',
    ])
    expect(problemsOf('origins:\n  - name: a\n    domain: a.example.com\n')).toEqual(['origin-preflight.yml:1:1 version: is required'])
    expect(problemsOf('- a\n')).toEqual(['origin-preflight.yml:1:1 (root): must be a mapping, not a list'])
  })

  it('reports a config file that cannot be read', () => {
    const file = join(directoryWith({}), 'missing.yml')
    expect(() => loadConfig(file, {})).toThrow(`${file}:1:1 (file): cannot read the config: file not found`)
  })
})

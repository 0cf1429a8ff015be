import { describe, expect, it } from 'vitest'
import { parseCommand } from '../../../src/cli/args.js'
import { UsageError } from '../../../src/errors.js'

describe('parseCommand', () => {
  it('reads check with every documented option', () => {
    const command = parseCommand([
      'check',
      '--config',
      'c.yml',
      '--origin',
      'a',
      '--origin',
      'b,c',
      '--only',
      'ports,tls',
      '--format',
      'json',
      '--output',
      'r.json',
      '--fail-on',
      'warning',
      '--shard',
      '2/3',
    ])
    expect(command).toEqual({
      name: 'check',
      config: 'c.yml',
      origins: ['a', 'b', 'c'],
      only: ['ports', 'tls'],
      format: 'json',
      output: 'r.json',
      failOn: 'warning',
      shard: { index: 2, count: 3 },
    })
  })

  it('defaults the config path and the text format', () => {
    expect(parseCommand(['check'])).toEqual({ name: 'check', config: '.github/origin-preflight.yml', origins: [], format: 'text' })
    expect(parseCommand(['lab', '--serve'])).toEqual({ name: 'lab', serve: true, format: 'text' })
  })

  it('reads merge with its report files', () => {
    expect(parseCommand(['merge', 'a.json', 'b.json', '--format', 'sarif', '--output', 'm.sarif'])).toEqual({
      name: 'merge',
      reports: ['a.json', 'b.json'],
      format: 'sarif',
      output: 'm.sarif',
    })
    expect(() => parseCommand(['merge'])).toThrowError(/merge: name the JSON reports of every shard/)
  })

  it.each([
    [['check', '--only', 'ports,smtp'], '--only must be one of dns, ports, tls, certificate, http, got smtp'],
    [['check', '--fail-on', 'sometimes'], '--fail-on must be one of error, warning, never, got sometimes'],
    [['frobnicate'], 'unknown command frobnicate'],
    [['check', 'extra'], 'unexpected argument extra'],
    [['check', '--bogus'], "Unknown option '--bogus'"],
  ])('rejects %j as a usage error', (argv, message) => {
    expect(() => parseCommand(argv)).toThrowError(UsageError)
    expect(() => parseCommand(argv)).toThrowError(message)
  })
})

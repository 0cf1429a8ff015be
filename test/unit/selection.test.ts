import { describe, expect, it } from 'vitest'
import { UsageError } from '../../src/errors.js'
import { parseChoice, parseFamilies, parseShard, splitList } from '../../src/selection.js'

describe('selection parsing shared by the CLI and the action', () => {
  it('splits on commas and newlines', () => {
    expect(splitList(' a, b\nc,,\n ')).toEqual(['a', 'b', 'c'])
  })

  it('reads I/N shards, empty as none', () => {
    expect(parseShard('--shard', '1/4')).toEqual({ index: 1, count: 4 })
    expect(parseShard('shard', ' 4/4 ')).toEqual({ index: 4, count: 4 })
    expect(parseShard('shard', '')).toBeUndefined()
  })

  it.each(['0/4', '5/4', '1/0', '1-4', 'a/b', '2/', '1'])('rejects shard %s in the words of the front end', (shard) => {
    expect(() => parseShard('--shard', shard)).toThrowError(UsageError)
    expect(() => parseShard('shard', shard)).toThrowError(/^shard must be I\/N/)
  })

  it('reads families and choices', () => {
    expect(parseFamilies('only', 'tls, ports')).toEqual(['tls', 'ports'])
    expect(parseFamilies('only', ' ')).toBeUndefined()
    expect(() => parseFamilies('--only', 'tls,smtp')).toThrowError('--only must be one of dns, ports, tls, certificate, http, got smtp')
    expect(parseChoice('fail-on', 'never', ['error', 'warning', 'never'])).toBe('never')
  })
})

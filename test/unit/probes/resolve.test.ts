import { describe, expect, it } from 'vitest'
import { familyOf, fixedAddresses, systemResolver } from '../../../src/probes/resolve.js'

describe('fixedAddresses', () => {
  it('marks each configured address with its family and the config as its source', () => {
    const resolution = fixedAddresses(['127.0.0.1', '::1', '2001:db8::10', '10.1.2.3'])

    expect(resolution).toEqual({
      ok: true,
      ms: 0,
      addresses: [
        { address: '127.0.0.1', family: 4, source: 'config' },
        { address: '::1', family: 6, source: 'config' },
        { address: '2001:db8::10', family: 6, source: 'config' },
        { address: '10.1.2.3', family: 4, source: 'config' },
      ],
    })
  })

  it('treats an IPv4-mapped IPv6 literal as IPv6', () => {
    expect(familyOf('::ffff:127.0.0.1')).toBe(6)
    expect(familyOf('127.0.0.2')).toBe(4)
  })
})

describe('systemResolver', () => {
  it('resolves localhost to loopback addresses, each once, from the resolver', async () => {
    const resolution = await systemResolver.resolve('localhost', 5_000)

    expect(resolution.ok).toBe(true)
    if (!resolution.ok) return
    expect(resolution.addresses.length).toBeGreaterThan(0)
    for (const entry of resolution.addresses) {
      expect(['127.0.0.1', '::1']).toContain(entry.address)
      expect(entry).toEqual({ address: entry.address, family: entry.address === '::1' ? 6 : 4, source: 'resolver' })
    }
    const listed = resolution.addresses.map((a) => a.address)
    expect(new Set(listed).size).toBe(listed.length)
    expect(resolution.ms).toBeGreaterThanOrEqual(0)
  })

  it('reports a name under .invalid as a failure with a code, naming the resolver', async () => {
    const resolution = await systemResolver.resolve('no-such-origin.preflight.invalid', 5_000)

    expect(resolution.ok).toBe(false)
    if (resolution.ok) return
    expect(typeof resolution.error.code).toBe('string')
    expect(resolution.error.code.length).toBeGreaterThan(0)
    expect(resolution.error.code).not.toBe('EUNKNOWN')
    expect(resolution.resolver).toBe('system resolver')
    expect(systemResolver.name).toBe('system resolver')
  })
})

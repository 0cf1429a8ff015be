import { describe, expect, it } from 'vitest'
import { familyOf, fixedAddresses } from '../../../src/probes/resolve.js'

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

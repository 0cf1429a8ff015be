import { describe, expect, it } from 'vitest'
import type { Acceptance } from '../../../src/config/types.js'
import { acceptanceFindings, applyAcceptances, isExpired, matchesOriginPattern } from '../../../src/findings/acceptance.js'
import type { Finding } from '../../../src/findings/finding.js'
import { toFinding } from '../../../src/findings/to-finding.js'
import { fails } from '../../../src/findings/gate.js'

const refused = (origin: string, address: string): Finding =>
  toFinding({ code: 'PORT_REFUSED', address, port: 443, details: { error: 'ECONNREFUSED', ms: 1 } }, origin, 'ports')

const entry = (fields: Partial<Acceptance>): Acceptance => ({
  code: 'PORT_REFUSED',
  reason: 'migrating',
  until: '2027-01-31',
  line: 20,
  ...fields,
})

describe('origin patterns', () => {
  it('match with * and ? only, everything else literally, the whole name', () => {
    expect(matchesOriginPattern('legacy-*', 'legacy-shop')).toBe(true)
    expect(matchesOriginPattern('legacy-*', 'new-legacy-shop')).toBe(false)
    expect(matchesOriginPattern('shop-?', 'shop-1')).toBe(true)
    expect(matchesOriginPattern('shop-?', 'shop-12')).toBe(false)
    expect(matchesOriginPattern('a.b', 'axb')).toBe(false)
    expect(matchesOriginPattern('*', 'anything')).toBe(true)
  })
})

describe('an entry until a day', () => {
  it('applies through the whole of that day, UTC, and not a millisecond after', () => {
    expect(isExpired({ until: '2027-01-31' }, new Date('2027-01-31T23:59:59.999Z'))).toBe(false)
    expect(isExpired({ until: '2027-01-31' }, new Date('2027-02-01T00:00:00Z'))).toBe(true)
  })
})

describe('applying the entries', () => {
  const now = new Date('2027-01-01T00:00:00Z')

  it('marks what an entry in force covers, narrowed by origin, address; the first matching entry gives the reason', () => {
    const findings = [refused('legacy-shop', '192.0.2.1'), refused('legacy-shop', '192.0.2.2'), refused('shop', '192.0.2.1')]
    const first = entry({ origin: 'legacy-*', address: '192.0.2.1', reason: 'first' })
    const second = entry({ origin: 'legacy-*', reason: 'second' })
    const neverMatches = entry({ code: 'CERT_EXPIRED' })
    const used = new Set<Acceptance>()

    const marked = applyAcceptances(findings, [first, second, neverMatches], now, used)

    expect(marked.map((f) => f.accepted?.reason)).toEqual(['first', 'second', undefined])
    expect([...used]).toEqual([first, second])
    expect(fails(marked.slice(0, 2), 'warning')).toBe(false)
    expect(fails(marked, 'error')).toBe(true)
    expect(findings[0]).not.toHaveProperty('accepted')
  })

  it('leaves findings as they are once the entry has expired, and reports the entry instead', () => {
    const expired = entry({ until: '2026-12-31', origin: 'legacy-*', port: 443 })
    const used = new Set<Acceptance>()
    const marked = applyAcceptances([refused('legacy-shop', '192.0.2.1')], [expired], now, used)
    expect(marked[0]).not.toHaveProperty('accepted')

    expect(acceptanceFindings([expired], used, { now, complete: true })).toMatchObject([
      {
        code: 'ACCEPTANCE_EXPIRED',
        severity: 'warning',
        check: 'config',
        origin: 'legacy-*',
        details: { code: 'PORT_REFUSED', origin: 'legacy-*', until: '2026-12-31', reason: 'migrating', line: 20, port: 443 },
        message:
          'The accept entry on line 20 (PORT_REFUSED for legacy-*, "migrating") ended on 2026-12-31: the findings it covered count again.',
      },
    ])
  })

  it('reports an unused entry in force only when the run was complete', () => {
    const unused = entry({ name: 'www.example.com' })
    expect(acceptanceFindings([unused], new Set(), { now, complete: false })).toEqual([])
    expect(acceptanceFindings([unused], new Set(), { now, complete: true })).toMatchObject([
      {
        code: 'ACCEPTANCE_UNUSED',
        severity: 'notice',
        origin: '*',
        details: { line: 20, name: 'www.example.com' },
        message: 'The accept entry on line 20 (PORT_REFUSED for *, until 2027-01-31) matched no finding.',
      },
    ])
    expect(acceptanceFindings([unused], new Set([unused]), { now, complete: true })).toEqual([])
  })
})

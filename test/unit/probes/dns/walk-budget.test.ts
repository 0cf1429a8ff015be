import { describe, expect, it } from 'vitest'
import { type BudgetSpent, WalkLedger, walkBudget } from '../../../../src/probes/dns/walk-budget.js'

function spentBy(refusal: BudgetSpent | undefined): BudgetSpent['spent'] | undefined {
  return refusal?.spent
}

describe('the DNS walk budget', () => {
  const budget = walkBudget({ perOrigin: { queries: 10 }, runPerOrigin: { queries: 4 }, runCeiling: { queries: 30 } })

  it("grows the run's budget with the origins, from one origin's budget up to the ceiling", () => {
    const ledger = new WalkLedger(budget)
    ledger.open('a')
    expect(ledger.runLimit('queries')).toBe(10)
    for (let i = 0; i < 4; i++) ledger.open(`b${i}`)
    expect(ledger.runLimit('queries')).toBe(20)
    expect(new WalkLedger(budget, 100).runLimit('queries')).toBe(30)
  })

  it("stops an origin at its own budget, and every origin at the run's", () => {
    const ledger = new WalkLedger(budget, 3)
    const [a, b, c] = ['a', 'b', 'c'].map((origin) => ledger.open(origin))
    ledger.spend(a!, 'queries', 10)
    expect(spentBy(ledger.refusal(a!, 'queries', 1))).toEqual({ budget: 'queries', scope: 'origin', limit: 10, used: 10 })
    // The run may send 12 (4 for each of three origins): a has sent 10, b may send 2 more.
    expect(spentBy(ledger.refusal(b!, 'queries', 2))).toBeUndefined()
    ledger.spend(b!, 'queries', 2)
    expect(spentBy(ledger.refusal(c!, 'queries', 1))).toEqual({ budget: 'queries', scope: 'run', limit: 12, used: 12 })
    expect(ledger.spent.queries).toBe(12)
  })

  it('keeps the defaults for what a budget does not set', () => {
    expect(budget.perOrigin['name-servers']).toBe(200)
    expect(budget.perOrigin.records).toBe(20_000)
  })
})

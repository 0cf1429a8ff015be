/**
 * What the DNS walk may spend, per origin and per run: queries sent, name-server names looked up, and
 * records kept (the walker keeps every answer for the run, so records bound its memory). Work is
 * charged to the origin whose walk caused it; an origin that reuses a zone another origin's walk
 * inspected pays nothing for it. Whichever budget runs out first stops that origin's walk.
 */

import type { WalkBudgetKind, WalkBudgetSpent } from './walk-types.js'

export type BudgetLimits = Record<WalkBudgetKind, number>

export interface WalkBudget {
  /** The new work one origin's walk may cause. */
  perOrigin: BudgetLimits
  /** The run's: each origin adds this much, never less than one origin's budget, never more than the ceiling. */
  runPerOrigin: BudgetLimits
  runCeiling: BudgetLimits
}

/**
 * An ordinary origin costs tens of queries, a handful of name-server names and a few hundred records;
 * a zone that refers to sixteen glueless servers in fresh zones at every level cost 139,922 queries
 * for one origin. One such origin stops at its own budget; many stop at the run's, which grows with
 * the origins a quarter of one origin's budget at a time.
 */
export const DEFAULT_WALK_BUDGET: WalkBudget = {
  perOrigin: { queries: 2_000, 'name-servers': 200, records: 20_000 },
  runPerOrigin: { queries: 500, 'name-servers': 50, records: 5_000 },
  runCeiling: { queries: 100_000, 'name-servers': 10_000, records: 500_000 },
}

/** A budget with some limits changed; the rest are the defaults. */
export type WalkBudgetOptions = { [part in keyof WalkBudget]?: Partial<BudgetLimits> }

export function walkBudget(options: WalkBudgetOptions = {}): WalkBudget {
  return {
    perOrigin: { ...DEFAULT_WALK_BUDGET.perOrigin, ...options.perOrigin },
    runPerOrigin: { ...DEFAULT_WALK_BUDGET.runPerOrigin, ...options.runPerOrigin },
    runCeiling: { ...DEFAULT_WALK_BUDGET.runCeiling, ...options.runCeiling },
  }
}

/** One origin's walk: what it has spent so far. */
export interface Account {
  readonly origin: string
  spent: BudgetLimits
}

/** Thrown inside a walk when a budget is spent; the walk reports it, nothing else sees it. */
export class BudgetSpent extends Error {
  constructor(
    readonly spent: WalkBudgetSpent,
    readonly account: Account,
  ) {
    super(`the DNS walk's ${spent.scope} ${spent.budget} budget (${spent.limit}) is spent`)
  }
}

const none = (): BudgetLimits => ({ queries: 0, 'name-servers': 0, records: 0 })

/** The run's accounts, and what they spent together. */
export class WalkLedger {
  private readonly run = none()
  private origins = 0

  constructor(
    private readonly budget: WalkBudget,
    /** The origins the run will walk, when known: the run's budget is then whole from the start. */
    private readonly expectedOrigins = 0,
  ) {}

  open(origin: string): Account {
    this.origins++
    return { origin, spent: none() }
  }

  runLimit(kind: WalkBudgetKind): number {
    const share = this.budget.runPerOrigin[kind] * Math.max(this.origins, this.expectedOrigins)
    return Math.min(this.budget.runCeiling[kind], Math.max(this.budget.perOrigin[kind], share))
  }

  /** The BudgetSpent to stop the walk with when `amount` more of `kind` would go over the origin's or the run's budget. */
  refusal(account: Account, kind: WalkBudgetKind, amount: number): BudgetSpent | undefined {
    const own = this.budget.perOrigin[kind]
    if (account.spent[kind] + amount > own) {
      return new BudgetSpent({ budget: kind, scope: 'origin', limit: own, used: account.spent[kind] }, account)
    }
    const run = this.runLimit(kind)
    if (this.run[kind] + amount > run) return new BudgetSpent({ budget: kind, scope: 'run', limit: run, used: this.run[kind] }, account)
    return undefined
  }

  spend(account: Account, kind: WalkBudgetKind, amount: number): void {
    account.spent[kind] += amount
    this.run[kind] += amount
  }

  /** What the run has spent so far. */
  get spent(): Readonly<BudgetLimits> {
    return this.run
  }
}

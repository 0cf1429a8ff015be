import { canReach } from '../routes.js'
import { familyOf, type AddressResolver } from '../resolve.js'
import type { Resolution } from '../types.js'
import { DnsClient, DEFAULT_DNS_TIMEOUT_MS, DEFAULT_UDP_ATTEMPTS } from './client.js'
import { descend } from './descend.js'
import { observeDnssec } from './dnssec.js'
import { inspectZone, type Delegation, type WalkServices } from './inspect.js'
import { lookupAt } from './lookup.js'
import { canonicalName, nextLabelBelow } from './names.js'
import { IANA_ROOT_HINTS, hintsFromAddresses, type RootHint } from './root-hints.js'
import type { Question } from './wire.js'
import type { DnsExchange, DnsResponse, DnsTransport } from './types.js'
import type { DnsWalk, NameLookup, WalkBudgetSpent, WalkOutcome, ZoneObservation } from './walk-types.js'
import { BudgetSpent, WalkLedger, walkBudget, type Account, type WalkBudgetOptions } from './walk-budget.js'

export { DEFAULT_WALK_BUDGET, type WalkBudget } from './walk-budget.js'

export interface WalkerOptions {
  /** `overrides.dns-roots`: start here instead of the IANA root servers. */
  roots?: readonly string[]
  /** `overrides.dns-port`. */
  port?: number
  timeoutMs?: number
  udpAttempts?: number
  /** Bounds the queries in flight (the engine's limiter). */
  limit?: <T>(task: () => Promise<T>) => Promise<T>
  /** What an origin's walk and the whole run may spend (walk-budget.ts); each part replaces the default's. */
  budget?: WalkBudgetOptions
  /** The origins the run will walk: the run's budget is whole from the first walk. */
  origins?: number
}

/** How often an origin's walk starts again when it waited on work that another origin's budget stopped. */
const MAX_RETRIES = 8

export const MAX_CNAME_LINKS = 8
/** Out-of-zone name servers whose own names need out-of-zone name servers, and so on. */
const MAX_NS_DEPTH = 4
const MAX_STEPS = 128

/** A cached result and the queries (by key) it took, so a walk can say what it would cost alone. */
interface Traced<T> {
  value: T
  keys: Set<string>
}

interface NameResult {
  path: ZoneObservation[]
  lookup: NameLookup
}

/**
 * Walks the delegation from the root to each origin name like an iterative resolver, judging nothing:
 * it records every zone cut, every server's answers, and the CNAME chain. One walker serves a whole run,
 * so every zone, query and name is asked once however many origins share it.
 */
export class DnsWalker implements AddressResolver {
  readonly name = 'authoritative walk'
  readonly client: DnsClient
  readonly port: number
  private readonly hints: readonly RootHint[]
  private readonly limit: <T>(task: () => Promise<T>) => Promise<T>
  private readonly exchanges = new Map<string, Promise<DnsExchange>>()
  private readonly sentByKey = new Map<string, number>()
  private readonly zones = new Map<string, Promise<Traced<ZoneObservation>>>()
  private readonly names = new Map<string, Promise<Traced<NameResult>>>()
  private readonly nsAddresses = new Map<string, Promise<Traced<{ addresses: string[]; problem?: string }>>>()
  private readonly walks = new Map<string, Promise<DnsWalk>>()
  private root?: Promise<Traced<ZoneObservation>>
  private readonly ledger: WalkLedger

  constructor(options: WalkerOptions = {}) {
    this.port = options.port ?? 53
    this.hints = options.roots?.length ? hintsFromAddresses(options.roots) : IANA_ROOT_HINTS
    // The DO bit on every query: RRSIGs come with the answers, for the DNSSEC check.
    this.client = new DnsClient({
      timeoutMs: options.timeoutMs ?? DEFAULT_DNS_TIMEOUT_MS,
      udpAttempts: options.udpAttempts ?? DEFAULT_UDP_ATTEMPTS,
      dnssec: true,
    })
    this.limit = options.limit ?? ((task) => task())
    this.ledger = new WalkLedger(walkBudget(options.budget), options.origins)
  }

  /** Queries sent so far by this walker, all origins together. */
  get queriesSent(): number {
    return this.client.sent
  }

  walk(domain: string): Promise<DnsWalk> {
    const name = canonicalName(domain)
    let walk = this.walks.get(name)
    if (!walk) {
      walk = this.walkCharged(name, this.ledger.open(name))
      this.walks.set(name, walk)
    }
    return walk
  }

  /** What the run's walks have spent together: queries, name-server names, records. */
  get spent(): Readonly<Record<WalkBudgetSpent['budget'], number>> {
    return this.ledger.spent
  }

  /**
   * The walk, charged to `account`. Work another origin's walk started is shared; when that origin's
   * own budget stops it, the work is dropped from the caches and this walk starts again, paying for
   * what it still needs itself.
   */
  private async walkCharged(name: string, account: Account): Promise<DnsWalk> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.walkChain(name, account)
      } catch (error) {
        if (!(error instanceof BudgetSpent)) throw error
        const othersOwn = error.account !== account && error.spent.scope === 'origin'
        if (!othersOwn || attempt >= MAX_RETRIES) return this.budgetSpentWalk(name, error.spent, account)
      }
    }
  }

  async resolve(domain: string): Promise<Resolution> {
    return resolutionOf(await this.walk(domain), this.name)
  }

  private async walkChain(origin: string, account: Account): Promise<DnsWalk> {
    const started = performance.now()
    const zones = new Map<string, ZoneObservation>()
    const chain: NameLookup[] = []
    const keys = new Set<string>()
    const visited = [origin]
    let outcome: WalkOutcome | undefined
    for (let name = origin; !outcome;) {
      const result = await this.resolveName(name, [], account)
      result.keys.forEach((k) => keys.add(k))
      for (const zone of result.value.path) zones.set(zone.zone, zone)
      const lookup = result.value.lookup
      chain.push(lookup)
      if (lookup.outcome === 'addresses') outcome = { kind: 'addresses', addresses: lookup.addresses }
      else if (lookup.outcome === 'nodata') outcome = { kind: 'nodata', name }
      else if (lookup.outcome === 'unresolved')
        outcome = { kind: 'unresolved', name, ...(lookup.zone ? { zone: lookup.zone } : {}), reason: lookup.reason ?? 'unresolved' }
      else if (lookup.outcome === 'nxdomain')
        outcome = chain.length === 1 ? { kind: 'nxdomain', name } : { kind: 'cname-dangling', name: chain.at(-2)!.name, target: name }
      else {
        const target = lookup.target!
        if (visited.includes(target) || visited.length > MAX_CNAME_LINKS) outcome = { kind: 'cname-loop', chain: [...visited, target] }
        visited.push(target)
        name = target
      }
    }
    return {
      name: origin,
      port: this.port,
      roots: this.hints.flatMap((h) => h.addresses),
      zones: [...zones.values()],
      chain,
      outcome,
      queriesAlone: this.cost(keys),
      ms: Math.round(performance.now() - started),
    }
  }

  /** A walk the budget stopped: unresolved, and saying which budget, so the check reports it and never passes it. */
  private budgetSpentWalk(name: string, spent: WalkBudgetSpent, account: Account): DnsWalk {
    return {
      name,
      port: this.port,
      roots: this.hints.flatMap((h) => h.addresses),
      zones: [],
      chain: [],
      outcome: {
        kind: 'unresolved',
        name,
        reason: `the ${spent.scope}'s ${spent.budget} budget of the DNS walk (${spent.limit}) was spent`,
      },
      queriesAlone: account.spent.queries,
      ms: 0,
      budget: spent,
    }
  }

  /** Finds the zone that holds `name` (no CNAME following) and asks all its servers about it. */
  private resolveName(name: string, stack: readonly string[], account: Account): Promise<Traced<NameResult>> {
    return this.once(this.names, name, async (keys) => {
      let zone = await this.rootZone(keys, account)
      const path = [zone]
      let cursor = zone.zone
      let stoppedAt: NameLookup['stoppedAt']
      for (let step = 0; cursor !== name && step < MAX_STEPS; step++) {
        const candidate = nextLabelBelow(cursor, name)
        const question = { name: candidate, type: candidate === name ? 'A' : 'NS' }
        const next = await descend(zone, question, name, (address, q) => this.ask(address, q, account, 'udp', keys))
        if (next.kind === 'failed') {
          return {
            path,
            lookup: {
              name,
              zone: zone.zone,
              answers: [],
              outcome: 'unresolved',
              addresses: [],
              reason: next.reason,
              queries: this.cost(keys),
            },
          }
        }
        if (next.kind === 'nxdomain') {
          stoppedAt = next.at
          break
        }
        if (next.kind === 'inside') {
          cursor = candidate
          continue
        }
        if (stack.includes(next.delegation.zone)) {
          const reason = `the name servers of ${next.delegation.zone} can only be found through ${next.delegation.zone} itself`
          return {
            path,
            lookup: { name, zone: zone.zone, answers: [], outcome: 'unresolved', addresses: [], reason, queries: this.cost(keys) },
          }
        }
        zone = await this.zone(next.delegation, stack, keys, account)
        path.push(zone)
        cursor = zone.zone
      }
      const lookup = await lookupAt(zone, name, (address, q) => this.ask(address, q, account, 'udp', keys))
      return { path, lookup: { ...lookup, ...(stoppedAt ? { stoppedAt } : {}), queries: this.cost(keys) } }
    })
  }

  private async rootZone(keys: Set<string>, account: Account): Promise<ZoneObservation> {
    if (!this.root) {
      const root = (async () => {
        const own = new Set<string>()
        const zone = await this.inspect(await this.prime(own, account), [], own, account)
        return { value: zone, keys: own }
      })()
      this.root = root
      this.forgetIfStopped(root, () => this.root === root && (this.root = undefined))
    }
    const root = await this.root
    root.keys.forEach((k) => keys.add(k))
    return root.value
  }

  /**
   * The priming query (RFC 8109): the root's own NS set and addresses, else the hints as they are. Every
   * hint is asked at once: the root's inspection asks each of them the same question anyway.
   */
  private async prime(keys: Set<string>, account: Account): Promise<Delegation> {
    const addresses = this.hints.flatMap((h) => h.addresses).filter((a) => canReach(a, familyOf(a)))
    const answers = await Promise.all(addresses.map((address) => this.ask(address, { name: '.', type: 'NS' }, account, 'udp', keys)))
    for (const exchange of answers) {
      if (!exchange.ok || !exchange.response.aa) continue
      const ns = exchange.response.answers.filter((r) => r.type === 'NS' && r.name === '.').map((r) => r.data)
      if (ns.length === 0) continue
      const glue = exchange.response.additionals
        .filter((r) => (r.type === 'A' || r.type === 'AAAA') && ns.includes(r.name))
        .map((r) => ({ name: r.name, address: r.data }))
      return { zone: '.', ns: [...new Set(ns)].sort(), glue, fromHints: true }
    }
    return {
      zone: '.',
      ns: this.hints.map((h) => h.name),
      glue: this.hints.flatMap((h) => h.addresses.map((address) => ({ name: h.name, address }))),
      fromHints: true,
    }
  }

  private async zone(delegation: Delegation, stack: readonly string[], keys: Set<string>, account: Account): Promise<ZoneObservation> {
    const traced = await this.once(this.zones, delegation.zone, (own) => this.inspect(delegation, stack, own, account))
    traced.keys.forEach((k) => keys.add(k))
    return traced.value
  }

  private async inspect(delegation: Delegation, stack: readonly string[], keys: Set<string>, account: Account): Promise<ZoneObservation> {
    const services: WalkServices = {
      port: this.port,
      ask: (address, question, transport) => this.ask(address, question, account, transport, keys),
      addressesOf: async (name, inner) => {
        const traced = await this.addressesOf(name, inner, account)
        traced.keys.forEach((k) => keys.add(k))
        return traced.value
      },
    }
    const zone = await inspectZone(delegation, services, stack)
    const dnssec = await observeDnssec(zone, delegation, (address, question) => this.ask(address, question, account, 'udp', keys))
    return { ...zone, ...(dnssec ? { dnssec } : {}), queries: this.cost(keys) }
  }

  /** The addresses of a name server's name outside the zone it serves: that name's own walk. */
  private addressesOf(
    name: string,
    stack: readonly string[],
    account: Account,
  ): Promise<Traced<{ addresses: string[]; problem?: string }>> {
    if (!this.nsAddresses.has(name)) {
      const spent = this.ledger.refusal(account, 'name-servers', 1)
      if (spent) return Promise.reject(spent)
      this.ledger.spend(account, 'name-servers', 1)
    }
    return this.once(this.nsAddresses, name, async (keys) => {
      if (stack.length > MAX_NS_DEPTH) return { addresses: [], problem: `more than ${MAX_NS_DEPTH} levels of out-of-zone name servers` }
      // Zones whose servers wait on each other's names would wait forever: bound the wait.
      const budget = this.client.options.timeoutMs * (this.client.options.udpAttempts + 1) * 16
      let timer: NodeJS.Timeout | undefined
      const deadline = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), budget)))
      const result = await Promise.race([this.resolveName(name, stack, account), deadline])
      clearTimeout(timer)
      if (!result) return { addresses: [], problem: `no address within ${budget} ms (its name servers wait on each other)` }
      result.keys.forEach((k) => keys.add(k))
      const lookup = result.value.lookup
      if (lookup.outcome === 'addresses') return { addresses: lookup.addresses }
      const problem =
        lookup.outcome === 'nxdomain'
          ? `${name} does not exist`
          : lookup.outcome === 'nodata'
            ? `${name} has no A or AAAA record`
            : lookup.outcome === 'cname'
              ? `${name} is a CNAME (to ${lookup.target}), which a name server name must not be`
              : (lookup.reason ?? 'unresolved')
      return { addresses: [], problem }
    })
  }

  /** One question to one server, asked once per run; a new one is charged to `account`, its records too. */
  private ask(
    address: string,
    question: Question,
    account: Account,
    transport: DnsTransport = 'udp',
    keys?: Set<string>,
  ): Promise<DnsExchange> {
    const key = `${address}|${question.name}|${question.type}|${transport}`
    let exchange = this.exchanges.get(key)
    if (!exchange) {
      // Records are counted when their answer arrives: a walk over its memory budget asks nothing more,
      // and an answer that would take it over (many were in flight) is not kept.
      const spent = this.ledger.refusal(account, 'records', 0) ?? this.ledger.refusal(account, 'queries', 1)
      if (spent) return Promise.reject(spent)
      this.ledger.spend(account, 'queries', 1)
      const made = this.limit(() => this.client.query({ address, port: this.port }, question, transport)).then((e) => {
        this.sentByKey.set(key, e.sent)
        if (!e.ok) return e
        const records = recordsIn(e.response)
        const over = this.ledger.refusal(account, 'records', records)
        if (over) throw over
        this.ledger.spend(account, 'records', records)
        return e
      })
      this.exchanges.set(key, made)
      this.forgetIfStopped(made, () => this.exchanges.get(key) === made && this.exchanges.delete(key))
      exchange = made
    }
    keys?.add(key)
    return exchange
  }

  private cost(keys: Set<string>): number {
    let total = 0
    for (const key of keys) total += this.sentByKey.get(key) ?? 0
    return total
  }

  private once<T>(cache: Map<string, Promise<Traced<T>>>, key: string, make: (keys: Set<string>) => Promise<T>): Promise<Traced<T>> {
    let entry = cache.get(key)
    if (!entry) {
      const keys = new Set<string>()
      const made = make(keys).then((value) => ({ value, keys }))
      cache.set(key, made)
      this.forgetIfStopped(made, () => cache.get(key) === made && cache.delete(key))
      entry = made
    }
    return entry
  }

  /** Work a budget stopped is not kept: another origin that needs it does it again, on its own budget. */
  private forgetIfStopped(work: Promise<unknown>, forget: () => unknown): void {
    work.catch((error: unknown) => {
      if (error instanceof BudgetSpent) forget()
    })
  }
}

function recordsIn(response: DnsResponse): number {
  return response.answers.length + response.authorities.length + response.additionals.length
}

/** The walk, as the resolver seam gives it to the port, TLS and HTTP checks. */
export function resolutionOf(walk: DnsWalk, resolver: string): Resolution {
  if (walk.outcome.kind === 'addresses') {
    return {
      ok: true,
      ms: walk.ms,
      addresses: walk.outcome.addresses.map((address) => ({ address, family: familyOf(address), source: 'resolver' })),
    }
  }
  const code = walk.outcome.kind === 'nxdomain' ? 'ENOTFOUND' : walk.outcome.kind === 'nodata' ? 'ENODATA' : 'EDNSWALK'
  return { ok: false, error: { code, message: `${walk.outcome.kind} (${walk.name})` }, resolver, ms: walk.ms }
}

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
import type { DnsExchange, DnsTransport } from './types.js'
import type { DnsWalk, NameLookup, WalkBudgetSpent, WalkOutcome, ZoneObservation } from './walk-types.js'

export interface WalkerOptions {
  /** `overrides.dns-roots`: start here instead of the IANA root servers. */
  roots?: readonly string[]
  /** `overrides.dns-port`. */
  port?: number
  timeoutMs?: number
  udpAttempts?: number
  /** Bounds the queries in flight (the engine's limiter). */
  limit?: <T>(task: () => Promise<T>) => Promise<T>
  /** What each origin walked adds to the run's budget (queries sent, name-server names looked up). */
  budget?: Partial<WalkBudget>
}

export interface WalkBudget {
  queriesPerOrigin: number
  nameServersPerOrigin: number
}

/**
 * An ordinary origin costs tens of queries and a handful of name-server names; a zone that refers to
 * sixteen glueless servers in fresh zones at every level cost 139,922 queries for one origin. The
 * allowance is pooled over the run, so shared zones cost once and one hostile zone cannot cost more
 * than its origin's share plus what the others left.
 */
export const DEFAULT_WALK_BUDGET: WalkBudget = { queriesPerOrigin: 2_000, nameServersPerOrigin: 200 }

/** Thrown inside a walk when the budget is spent; the walk reports it, nothing else sees it. */
class BudgetSpent extends Error {
  constructor(readonly spent: WalkBudgetSpent) {
    super(`the DNS walk's ${spent.budget} budget (${spent.limit}) is spent`)
  }
}

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
  private readonly budget: WalkBudget
  private allowedQueries = 0
  private allowedNameServers = 0

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
    this.budget = { ...DEFAULT_WALK_BUDGET, ...options.budget }
  }

  /** Queries sent so far by this walker, all origins together. */
  get queriesSent(): number {
    return this.client.sent
  }

  walk(domain: string): Promise<DnsWalk> {
    const name = canonicalName(domain)
    let walk = this.walks.get(name)
    if (!walk) {
      this.allowedQueries += this.budget.queriesPerOrigin
      this.allowedNameServers += this.budget.nameServersPerOrigin
      walk = this.walkChain(name).catch((error: unknown) => {
        if (!(error instanceof BudgetSpent)) throw error
        return this.budgetSpentWalk(name, error.spent)
      })
      this.walks.set(name, walk)
    }
    return walk
  }

  async resolve(domain: string): Promise<Resolution> {
    return resolutionOf(await this.walk(domain), this.name)
  }

  private async walkChain(origin: string): Promise<DnsWalk> {
    const started = performance.now()
    const zones = new Map<string, ZoneObservation>()
    const chain: NameLookup[] = []
    const keys = new Set<string>()
    const visited = [origin]
    let outcome: WalkOutcome | undefined
    for (let name = origin; !outcome;) {
      const result = await this.resolveName(name, [])
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
  private budgetSpentWalk(name: string, spent: WalkBudgetSpent): DnsWalk {
    return {
      name,
      port: this.port,
      roots: this.hints.flatMap((h) => h.addresses),
      zones: [],
      chain: [],
      outcome: { kind: 'unresolved', name, reason: `the ${spent.budget} budget of the DNS walk (${spent.limit}) was spent` },
      queriesAlone: spent.budget === 'queries' ? spent.used : 0,
      ms: 0,
      budget: spent,
    }
  }

  /** Finds the zone that holds `name` (no CNAME following) and asks all its servers about it. */
  private resolveName(name: string, stack: readonly string[]): Promise<Traced<NameResult>> {
    return this.once(this.names, name, async (keys) => {
      let zone = await this.rootZone(keys)
      const path = [zone]
      let cursor = zone.zone
      let stoppedAt: NameLookup['stoppedAt']
      for (let step = 0; cursor !== name && step < MAX_STEPS; step++) {
        const candidate = nextLabelBelow(cursor, name)
        const question = { name: candidate, type: candidate === name ? 'A' : 'NS' }
        const next = await descend(zone, question, name, (address, q) => this.ask(address, q, 'udp', keys))
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
        zone = await this.zone(next.delegation, stack, keys)
        path.push(zone)
        cursor = zone.zone
      }
      const lookup = await lookupAt(zone, name, (address, q) => this.ask(address, q, 'udp', keys))
      return { path, lookup: { ...lookup, ...(stoppedAt ? { stoppedAt } : {}), queries: this.cost(keys) } }
    })
  }

  private async rootZone(keys: Set<string>): Promise<ZoneObservation> {
    if (!this.root) {
      this.root = (async () => {
        const own = new Set<string>()
        const zone = await this.inspect(await this.prime(own), [], own)
        return { value: zone, keys: own }
      })()
    }
    const root = await this.root
    root.keys.forEach((k) => keys.add(k))
    return root.value
  }

  /**
   * The priming query (RFC 8109): the root's own NS set and addresses, else the hints as they are. Every
   * hint is asked at once: the root's inspection asks each of them the same question anyway.
   */
  private async prime(keys: Set<string>): Promise<Delegation> {
    const addresses = this.hints.flatMap((h) => h.addresses).filter((a) => canReach(a, familyOf(a)))
    const answers = await Promise.all(addresses.map((address) => this.ask(address, { name: '.', type: 'NS' }, 'udp', keys)))
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

  private async zone(delegation: Delegation, stack: readonly string[], keys: Set<string>): Promise<ZoneObservation> {
    const traced = await this.once(this.zones, delegation.zone, (own) => this.inspect(delegation, stack, own))
    traced.keys.forEach((k) => keys.add(k))
    return traced.value
  }

  private async inspect(delegation: Delegation, stack: readonly string[], keys: Set<string>): Promise<ZoneObservation> {
    const services: WalkServices = {
      port: this.port,
      ask: (address, question, transport) => this.ask(address, question, transport, keys),
      addressesOf: async (name, inner) => {
        const traced = await this.addressesOf(name, inner)
        traced.keys.forEach((k) => keys.add(k))
        return traced.value
      },
    }
    const zone = await inspectZone(delegation, services, stack)
    const dnssec = await observeDnssec(zone, delegation, (address, question) => this.ask(address, question, 'udp', keys))
    return { ...zone, ...(dnssec ? { dnssec } : {}), queries: this.cost(keys) }
  }

  /** The addresses of a name server's name outside the zone it serves: that name's own walk. */
  private addressesOf(name: string, stack: readonly string[]): Promise<Traced<{ addresses: string[]; problem?: string }>> {
    if (!this.nsAddresses.has(name) && this.nsAddresses.size >= this.allowedNameServers) {
      return Promise.reject(new BudgetSpent({ budget: 'name-servers', limit: this.allowedNameServers, used: this.nsAddresses.size }))
    }
    return this.once(this.nsAddresses, name, async (keys) => {
      if (stack.length > MAX_NS_DEPTH) return { addresses: [], problem: `more than ${MAX_NS_DEPTH} levels of out-of-zone name servers` }
      // Zones whose servers wait on each other's names would wait forever: bound the wait.
      const budget = this.client.options.timeoutMs * (this.client.options.udpAttempts + 1) * 16
      let timer: NodeJS.Timeout | undefined
      const deadline = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), budget)))
      const result = await Promise.race([this.resolveName(name, stack), deadline])
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

  private ask(address: string, question: Question, transport: DnsTransport = 'udp', keys?: Set<string>): Promise<DnsExchange> {
    const key = `${address}|${question.name}|${question.type}|${transport}`
    keys?.add(key)
    let exchange = this.exchanges.get(key)
    if (!exchange && this.exchanges.size >= this.allowedQueries) {
      return Promise.reject(new BudgetSpent({ budget: 'queries', limit: this.allowedQueries, used: this.exchanges.size }))
    }
    if (!exchange) {
      exchange = this.limit(() => this.client.query({ address, port: this.port }, question, transport)).then((e) => {
        this.sentByKey.set(key, e.sent)
        return e
      })
      this.exchanges.set(key, exchange)
    }
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
      entry = make(keys).then((value) => ({ value, keys }))
      cache.set(key, entry)
    }
    return entry
  }
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

import type { DnsFailureKind } from './types.js'
/**
 * What the authoritative walk observed for one origin: every zone on the path with every name server
 * and address it asked, and every name of the CNAME chain with each server's answers. JSON-safe: the
 * report carries it as is. Checks judge it; nothing here is a verdict.
 */

/** One question to one server and what came back, as the report shows it. */
export interface QueryTrace {
  /** `name TYPE`, e.g. `lab.example.test SOA`. */
  query: string
  transport?: 'udp' | 'tcp'
  rcode?: string
  aa?: boolean
  tc?: boolean
  answers?: string[]
  authority?: string[]
  /** Why nothing usable came back (`timeout: udp: no answer within 300 ms`). */
  error?: string
  ms: number
}

export type ServerStatus =
  | 'authoritative' // answered the zone's SOA with the AA bit
  | 'lame' // answered, but not authoritatively for this zone
  | 'error-rcode' // answered SERVFAIL, REFUSED or another error code
  | 'unreachable' // no answer over UDP nor TCP
  | 'no-address' // the server's name gave no address to ask
  | 'unprobed' // an address of a family this machine cannot reach

/** How a delegated server answered `zone SOA` without serving the zone. */
export interface LameAnswer {
  /**
   * `refused`: REFUSED; `no-aa`: an answer without the AA bit; `(upward-)referral`: NS records for another zone;
   * `other-soa`, `no-soa`: AA set, but not the zone's SOA.
   */
  kind: 'refused' | 'no-aa' | 'referral' | 'upward-referral' | 'other-soa' | 'no-soa'
  rcode: string
  /** The zone it referred to, or whose SOA it sent. */
  zone?: string
  servers?: string[]
}

export interface ServerObservation {
  /** The name server's name (for roots given as addresses: the address). */
  server: string
  /** Empty when the server has no address. */
  address: string
  port: number
  status: ServerStatus
  /** Why the status, in words, for the walk's trace: the lame server's answer, the failure, why no address. */
  reason?: string
  /** The same as facts: how the SOA question failed (or `no-address`), and how a lame server answered. */
  failure?: DnsFailureKind | 'no-address'
  lame?: LameAnswer
  rcode?: string
  serial?: number
  /** The zone's NS set as this server serves it. */
  ns?: string[]
  /** The same SOA question over TCP: `ok`, or the failure. */
  tcp?: string
  tcpFailure?: DnsFailureKind
  soa?: QueryTrace
}

export interface NameServerEntry {
  name: string
  /** Who lists it: the parent's delegation, the zone's own NS set, or both. */
  listedBy: ('parent' | 'child')[]
  /** Where its addresses came from. */
  source: 'hints' | 'glue' | 'zone' | 'lookup' | 'none'
  addresses: string[]
  /** In-bailiwick, yet the parent gave no glue for it. */
  missingGlue?: boolean
  /** Why no address was found. */
  problem?: string
}

export interface ZoneObservation {
  zone: string
  /** The zone that delegates it; absent for the root. */
  parent?: string
  /** The NS set as the parent delegates it (for the root: the hints). */
  parentNs: string[]
  glue: { name: string; address: string }[]
  /** The parent server whose referral named this zone. */
  referral?: { server: string; address: string; query: string }
  /** The NS set the zone itself serves (from the first authoritative NS answer). */
  childNs: string[]
  nameServers: NameServerEntry[]
  servers: ServerObservation[]
  /** Queries this zone's inspection sends when nothing is cached. */
  queries: number
  /** The DS set the parent publishes for the zone and, where there is one, the zone's DNSKEYs. */
  dnssec?: DnssecObservation
}

export interface DnssecObservation {
  /** `tag algorithm digestType HEX`, from the parent server that referred to the zone. */
  ds: string[]
  dsFrom: { server: string; address: string }
  /** `flags 3 algorithm base64`, from the first authoritative server; asked only where there is a DS. */
  dnskeys?: string[]
  dnskeyFrom?: { server: string; address: string }
  /** Why a question got no usable answer. */
  error?: string
}

/** One server's answer for one name and type. */
export interface LookupAnswer {
  server: string
  address: string
  query: string
  rcode?: string
  aa?: boolean
  /** The records of the asked type (or the CNAME) owned by the name, as `TYPE data`. */
  records: string[]
  /** RRSIGs over the answer: `type alg labels ttl expiration inception keyTag signer`, times in epoch seconds. */
  signatures?: string[]
  error?: string
}

export interface NameLookup {
  name: string
  /** The zone that holds the name; absent when the walk could not reach one. */
  zone?: string
  answers: LookupAnswer[]
  outcome: 'addresses' | 'cname' | 'nxdomain' | 'nodata' | 'unresolved'
  addresses: string[]
  target?: string
  /** Where the walk stopped, and why, when unresolved. */
  reason?: string
  /** The server whose answer stopped the descent (NXDOMAIN above the name, or the failure). */
  stoppedAt?: { server: string; address: string; query: string; rcode?: string }
  /** Queries this name's descent and lookups sent. */
  queries: number
}

export type WalkOutcome =
  | { kind: 'addresses'; addresses: string[] }
  | { kind: 'nxdomain'; name: string }
  | { kind: 'nodata'; name: string }
  | { kind: 'cname-dangling'; name: string; target: string }
  | { kind: 'cname-loop'; chain: string[] }
  | { kind: 'unresolved'; name: string; zone?: string; reason: string }

export interface DnsWalk {
  name: string
  port: number
  roots: string[]
  /** Every zone on the path of every name of the chain, root first, each once. */
  zones: ZoneObservation[]
  /** The origin name, then each CNAME target. */
  chain: NameLookup[]
  outcome: WalkOutcome
  /** Queries this walk would send with no cache shared with other origins. */
  queriesAlone: number
  /** Set when the walk stopped because its origin's or the run's budget was spent (the outcome is then `unresolved`). */
  budget?: WalkBudgetSpent
  ms: number
}

/** What the walk's budgets count: queries sent, name-server names looked up, records kept. */
export type WalkBudgetKind = 'queries' | 'name-servers' | 'records'

/** Which budget of the walk ran out: a hostile zone can refer to ever more name servers in ever more zones. */
export interface WalkBudgetSpent {
  budget: WalkBudgetKind
  /** The origin's own budget, or the run's (all origins together). */
  scope: 'origin' | 'run'
  limit: number
  used: number
}

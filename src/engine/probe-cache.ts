import type { AddressResolver } from '../probes/resolve.js'
import { AddressLimits } from './address-limit.js'
import type { Away, Limit } from './limit.js'
import { SpareSockets } from './spare-sockets.js'

/** Probe results shared by every origin of a run: one probe per (address, port, SNI, hello). */
export class ProbeCache {
  private readonly entries = new Map<string, Promise<unknown>>()
  private readonly abbreviations = new Map<string, number>()
  constructor(private readonly limit: Limit) {}

  /** Connections in flight per address: every probe that opens one asks for it. */
  readonly perAddress = new AddressLimits()

  /** Open connections the bare connects leave for the first probe to the same address and port. */
  readonly spares = new SpareSockets()

  /**
   * `within` (a per-address limit) is taken before the run's own, so waiting never holds a run-wide slot.
   * `first`: the probe is on its origin's critical path and goes ahead in both (see `Limit`).
   */
  get<T>(key: string, probe: () => Promise<T>, within?: Limit, first = false): Promise<T> {
    let entry = this.entries.get(key) as Promise<T> | undefined
    if (!entry) {
      entry = within ? within(() => this.limit(probe, first), first) : this.limit(probe, first)
      this.entries.set(key, entry)
    }
    return entry
  }

  /** Shared like a probe, outside the socket budget: for work with limits of its own (the DNS walk). */
  share<T>(key: string, work: () => Promise<T>): Promise<T> {
    let entry = this.entries.get(key) as Promise<T> | undefined
    if (!entry) this.entries.set(key, (entry = work()))
    return entry
  }

  /**
   * A short stand-in for a long key part (a hello's suite, group and signature lists): the same text
   * gets the same number within the run, so thousands of keys do not each hold the lists.
   */
  abbreviate(text: string): number {
    let id = this.abbreviations.get(text)
    if (id === undefined) this.abbreviations.set(text, (id = this.abbreviations.size))
    return id
  }

  get size(): number {
    return this.entries.size
  }
}

export interface ObserveContext {
  resolver: AddressResolver
  cache: ProbeCache
  /** Lets the origin's place go while its idle connections are watched. */
  away?: Away
}

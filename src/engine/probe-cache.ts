import type { AddressResolver } from '../probes/resolve.js'
import { AddressLimits } from './address-limit.js'
import type { Away } from './limit.js'
import { SpareSockets } from './spare-sockets.js'

/** Probe results shared by every origin of a run: one probe per (address, port, SNI, hello). */
export class ProbeCache {
  private readonly entries = new Map<string, Promise<unknown>>()
  constructor(private readonly limit: <T>(task: () => Promise<T>) => Promise<T>) {}

  /** Connections in flight per address: every probe that opens one asks for it. */
  readonly perAddress = new AddressLimits()

  /** Open connections the bare connects leave for the first probe to the same address and port. */
  readonly spares = new SpareSockets()

  /** `within` (a per-address limit) is taken before the run's own, so waiting never holds a run-wide slot. */
  get<T>(key: string, probe: () => Promise<T>, within?: <U>(task: () => Promise<U>) => Promise<U>): Promise<T> {
    let entry = this.entries.get(key) as Promise<T> | undefined
    if (!entry) {
      entry = within ? within(() => this.limit(probe)) : this.limit(probe)
      this.entries.set(key, entry)
    }
    return entry
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

import { isIP } from 'node:net'
import type { DnsWalk } from './dns/walk-types.js'
import type { Family, Resolution } from './types.js'

/** Where an origin's addresses come from: the authoritative walk (src/probes/dns/walk.ts). */
export interface AddressResolver {
  readonly name: string
  resolve(domain: string, timeoutMs: number): Promise<Resolution>
  /** The walk behind the resolution, for the DNS check to judge. */
  walk(domain: string): Promise<DnsWalk>
}

/** Addresses the config pins: no lookup. */
export function fixedAddresses(addresses: readonly string[]): Resolution {
  return { ok: true, ms: 0, addresses: addresses.map((address) => ({ address, family: familyOf(address), source: 'config' })) }
}

export function familyOf(address: string): Family {
  return isIP(address) === 6 ? 6 : 4
}

import { lookup } from 'node:dns/promises'
import { isIP } from 'node:net'
import type { Family, Resolution, ResolvedAddress } from './types.js'
import type { DnsWalk } from './dns/walk-types.js'

/**
 * Where an origin's addresses come from. The system resolver is the default; the authoritative
 * walk replaces it by implementing this same seam.
 */
export interface AddressResolver {
  readonly name: string
  resolve(domain: string, timeoutMs: number): Promise<Resolution>
  /** The authoritative walk behind the resolution, for the DNS checks to judge (src/probes/dns/walk.ts). */
  walk?(domain: string): Promise<DnsWalk>
}

export function fixedAddresses(addresses: readonly string[]): Resolution {
  return { ok: true, ms: 0, addresses: addresses.map((address) => ({ address, family: familyOf(address), source: 'config' })) }
}

export const systemResolver: AddressResolver = {
  name: 'system resolver',
  async resolve(domain, timeoutMs) {
    const started = performance.now()
    const ms = () => Math.round(performance.now() - started)
    let timer: NodeJS.Timeout | undefined
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(Object.assign(new Error(`no answer within ${timeoutMs} ms`), { code: 'ETIMEOUT' })), timeoutMs)
    })
    try {
      const found = await Promise.race([lookup(domain, { all: true, verbatim: true }), deadline])
      const addresses: ResolvedAddress[] = dedupe(found.map((a) => a.address)).map((address) => ({
        address,
        family: familyOf(address),
        source: 'resolver',
      }))
      return { ok: true, addresses, ms: ms() }
    } catch (error) {
      const { code, message } = error as NodeJS.ErrnoException
      return { ok: false, error: { code: code ?? 'EUNKNOWN', message }, resolver: this.name, ms: ms() }
    } finally {
      clearTimeout(timer)
    }
  },
}

export function familyOf(address: string): Family {
  return isIP(address) === 6 ? 6 : 4
}

function dedupe<T>(items: T[]): T[] {
  return [...new Set(items)]
}

import { createLimiter, type Limit } from './limit.js'

/**
 * Connections in flight to one address at once. sslyze's scheduler allows 5 per server by default; the
 * same bound keeps the suite enumeration polite to a single origin while many origins run side by side.
 */
export const CONNECTIONS_PER_ADDRESS = 5

/** One limiter per address, made on first use. */
export class AddressLimits {
  private readonly limits = new Map<string, Limit>()
  constructor(private readonly max = CONNECTIONS_PER_ADDRESS) {}

  for(address: string): Limit {
    let limit = this.limits.get(address)
    if (!limit) this.limits.set(address, (limit = createLimiter(this.max)))
    return limit
  }
}

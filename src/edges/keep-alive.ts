import type { OriginConfig } from '../config/types.js'
import type { EdgeProfile } from './types.js'

/** How long the edge keeps an idle origin connection for reuse: the config's `timeouts.keep-alive-ms`, else the edge's default. */
export function keepAliveWindowFor(origin: OriginConfig, edge: EdgeProfile): number {
  return origin.timeouts.keepAliveMs ?? edge.timeouts.keepAliveMs
}

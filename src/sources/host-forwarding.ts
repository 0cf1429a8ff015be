/**
 * Whether a cache behaviour sends the viewer's Host to its origin. Then the Host, and the SNI, is
 * whichever alias the viewer used; otherwise both are the origin's own domain. Sources: the CloudFront
 * Developer Guide's managed policies and the CachePolicy / OriginRequestPolicy headers configs.
 */

import type { HostDecision } from './raw.js'

/** Managed origin request policies by id, and whether each sends the viewer's Host. */
export const MANAGED_ORIGIN_REQUEST_POLICIES: ReadonlyMap<string, { name: string; forwardsHost: boolean }> = new Map([
  ['216adef6-5c7f-47e4-b989-5492eafa07d3', { name: 'AllViewer', forwardsHost: true }],
  ['33f36d7e-f396-46d9-90e0-52428a34d9dc', { name: 'AllViewerAndCloudFrontHeaders-2022-06', forwardsHost: true }],
  // Every viewer header but Host: the origin's own domain is the Host.
  ['b689b0a8-53d0-40ab-baf2-68738e2966ac', { name: 'AllViewerExceptHostHeader', forwardsHost: false }],
  ['59781a5b-3903-41f3-afcb-af62929ccde1', { name: 'CORS-CustomOrigin', forwardsHost: false }],
  ['88a5eaf4-2fd4-4709-b370-b4c650ea3fcf', { name: 'CORS-S3Origin', forwardsHost: false }],
  ['acba4595-bd28-49b8-b9fe-13317c0390fa', { name: 'UserAgentRefererHeaders', forwardsHost: false }],
  ['775133bc-15f2-49f9-abea-afb2e0bf67d2', { name: 'Elemental-MediaTailor-PersonalizedManifests', forwardsHost: false }],
])

/** Managed cache policies whose cache key holds no Host header. Any other unknown id is not guessed at. */
export const MANAGED_CACHE_POLICIES: ReadonlyMap<string, { name: string; forwardsHost: boolean }> = new Map([
  ['658327ea-f89d-4fab-a63d-7e88639e58f6', { name: 'CachingOptimized', forwardsHost: false }],
  ['4135ea2d-6df8-44a3-9df3-4b5a84be39ad', { name: 'CachingDisabled', forwardsHost: false }],
  ['b2884449-e4de-46a7-ac36-70bc7f1ddd6d', { name: 'CachingOptimizedForUncompressedObjects', forwardsHost: false }],
  ['08627262-05a9-4f76-9ded-b50ca2e3a84f', { name: 'Elemental-MediaPackage', forwardsHost: false }],
])

export const EXCEPT_HOST_POLICY = 'b689b0a8-53d0-40ab-baf2-68738e2966ac'

/** What a behaviour's policy says about Host: nothing set, decided, or unreadable. */
export type PolicyView =
  { kind: 'none' } | { kind: 'known'; forwardsHost: boolean; exceptHost?: boolean } | { kind: 'unresolved'; expression: string }

const isHost = (header: string) => header.toLowerCase() === 'host'

/** An origin request policy's HeadersConfig: HeaderBehavior and its Headers. */
export function originRequestHeadersForwardHost(behavior: string, headers: readonly string[]): boolean {
  switch (behavior) {
    case 'allViewer':
    case 'allViewerAndWhitelistCloudFront':
      return true
    case 'whitelist':
      return headers.some(isHost)
    case 'allExcept':
      return !headers.some(isHost)
    default:
      return false
  }
}

/** A cache policy's HeadersConfig: what is in the cache key always reaches the origin. */
export function cacheHeadersForwardHost(behavior: string, headers: readonly string[]): boolean {
  return behavior === 'whitelist' && headers.some(isHost)
}

/** A policy named by a literal id: managed ones are known, any other lives elsewhere. */
export function managedPolicy(kind: 'origin-request' | 'cache', id: string): PolicyView {
  const table = kind === 'origin-request' ? MANAGED_ORIGIN_REQUEST_POLICIES : MANAGED_CACHE_POLICIES
  const known = table.get(id.toLowerCase())
  if (!known) return { kind: 'unresolved', expression: id }
  return { kind: 'known', forwardsHost: known.forwardsHost, ...(id.toLowerCase() === EXCEPT_HOST_POLICY ? { exceptHost: true } : {}) }
}

export interface BehaviourPolicies {
  originRequest: PolicyView
  cache: PolicyView
  /** Legacy ForwardedValues.Headers; counts only where the behaviour has no cache policy. */
  legacyHeaders: PolicyView
  line: number
}

/** Forwarded when any part forwards Host; unresolved when none does and one cannot be read. */
export function decideHost(policies: BehaviourPolicies): HostDecision {
  const { originRequest, cache, line } = policies
  if (originRequest.kind === 'known' && originRequest.exceptHost) return { forwarded: false, line }
  const legacy = cache.kind === 'none' ? policies.legacyHeaders : { kind: 'none' as const }
  const parts = [originRequest, cache, legacy]
  if (parts.some((p) => p.kind === 'known' && p.forwardsHost)) return { forwarded: true, line }
  const unknown = parts.find((p): p is PolicyView & { kind: 'unresolved' } => p.kind === 'unresolved')
  return unknown ? { unresolved: unknown.expression, line } : { forwarded: false, line }
}

/** Legacy ForwardedValues.Headers: `Host` or `*` sends the viewer's Host. */
export function legacyHeadersView(headers: readonly string[] | undefined): PolicyView {
  if (!headers) return { kind: 'none' }
  return { kind: 'known', forwardsHost: headers.some((h) => isHost(h) || h === '*') }
}

/**
 * A distribution as each format's reader hands it over: values as written (or unresolved), each with
 * its line, before CloudFront's defaults, names and judgements are applied (assemble.ts).
 */

import type { SourceKind, UnresolvedReason } from './types.js'

/** A value as read, with its line (one distribution lives in one file). */
export interface RawValue<T> {
  value?: T
  /** `partial`: the text with what resolved substituted (an origin id keeps it in its name). */
  unresolved?: { expression: string; reason: UnresolvedReason; partial?: string }
  line: number
}

export interface RawOrigin {
  line: number
  id: RawValue<string>
  domain: RawValue<string>
  originPath?: RawValue<string>
  kind: 'custom' | 's3' | 'vpc'
  /** An origin access control on a custom origin: CloudFront signs the requests. */
  signed: boolean
  httpPort?: RawValue<number | string>
  httpsPort?: RawValue<number | string>
  protocolPolicy?: RawValue<string>
  sslProtocols?: RawValue<string[]>
  readTimeout?: RawValue<number | string>
  keepAliveTimeout?: RawValue<number | string>
  ipAddressType?: RawValue<string>
  connectionAttempts?: RawValue<number | string>
  connectionTimeout?: RawValue<number | string>
  headers: { name: RawValue<string>; value: RawValue<string> }[]
  /** Conditions that could not be decided and that the origin's presence depends on. */
  conditions: string[]
}

export interface RawGroup {
  line: number
  id: RawValue<string>
  members: RawValue<string>[]
}

/** Whether a cache behaviour sends the viewer's Host to its origin. */
export type HostDecision = { forwarded: boolean; line: number } | { unresolved: string; line: number }

export interface RawBehaviour {
  /** `*` for the default behaviour. */
  pathPattern: string
  line: number
  target: RawValue<string>
  host: HostDecision
}

export interface RawDistribution {
  format: SourceKind
  container: string
  file: string
  line: number
  /** Undecidable conditions the whole distribution depends on. */
  conditions: string[]
  aliases: RawValue<string>[]
  /** The line of the aliases setting, where written. */
  aliasesLine?: number
  /** Unresolved aliases as a whole (`!Ref DomainNames`, unknown after apply). */
  aliasesUnresolved?: RawValue<string>
  /** The distribution's own `*.cloudfront.net` name, where the source knows it (get-distribution). */
  ownDomain?: string
  origins: RawOrigin[]
  groups: RawGroup[]
  behaviours: RawBehaviour[]
}

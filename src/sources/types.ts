/**
 * Origins read from infrastructure code (CloudFormation and CDK templates, Terraform plans, CloudFront's
 * own JSON): what each source says about an origin, and where it says it.
 */

import type { EdgeFunctionDeclaration } from '../edge-functions/types.js'
import type { JsonObject } from '../json.js'
import type { CheckFamily } from '../vocabulary.js'

export const SOURCE_KINDS = ['cloudformation', 'terraform-plan', 'cloudfront-config'] as const
export type SourceKind = (typeof SOURCE_KINDS)[number]

/** Why a value cannot be known before deploy. */
export type UnresolvedReason =
  | 'attribute' // Fn::GetAtt
  | 'import' // Fn::ImportValue
  | 'resource' // Ref of a resource
  | 'parameter' // a Parameter with neither a value in `parameters:` nor a Default (or an SSM parameter)
  | 'pseudo-parameter' // AWS::Region ... without a value in `parameters:`
  | 'condition' // Fn::If or a resource Condition that cannot be decided
  | 'dynamic-reference' // {{resolve:...}}
  | 'function' // another intrinsic (Fn::GetAZs, Fn::Cidr ...)
  | 'mapping' // Fn::FindInMap over a key that is not there
  | 'empty' // resolves to an empty string
  | 'unknown-after-apply' // Terraform
  | 'policy' // a cache or origin request policy the gate cannot read
  | 'no-alias' // Host forwarded, and the distribution has no alias: its own *.cloudfront.net name

/** One value an origin setting takes, located in its source. */
export interface SourceValue<T> {
  /** Absent when it cannot be known before deploy (`unresolved` says why). */
  value?: T
  unresolved?: { expression: string; reason: UnresolvedReason }
  file: string
  /** 1-based line of the setting (or of the origin, for a setting left to CloudFront's default). */
  line: number
  /** Written in the source; false for CloudFront's default of an omitted setting. */
  declared: boolean
}

export type OriginKind = 'custom' | 's3' | 'vpc'

/** Why an origin is not probed. */
export type SkipReason = 's3' | 'vpc' | 'not-used'

export interface DiscoveredHeader {
  name: string
  value: SourceValue<string>
}

export interface DiscoveredOrigin {
  /** `<container>/<origin id>`: what reports show and `origins:` entries refine. */
  name: string
  /** The distribution: CloudFormation logical id, Terraform address, or the distribution's Id (else the file's stem). */
  container: string
  id: SourceValue<string>
  kind: OriginKind
  /** The file and line that declare the origin (the list item, or its `{`). */
  file: string
  line: number
  domain: SourceValue<string>
  originPath: SourceValue<string>
  httpPort: SourceValue<number>
  httpsPort: SourceValue<number>
  protocolPolicy: SourceValue<string>
  sslProtocols: SourceValue<string[]>
  ipAddressType: SourceValue<string>
  connectionAttempts: SourceValue<number>
  /** Seconds, as the source writes them. */
  connectionTimeout: SourceValue<number>
  readTimeout: SourceValue<number>
  keepAliveTimeout: SourceValue<number>
  customHeaders: DiscoveredHeader[]
  /**
   * The Host (and SNI) names the edge may send: the origin domain where a behaviour does not forward
   * Host, every alias where one does. Unresolved entries stand for names only known after deploy.
   */
  hosts: SourceValue<string>[]
  /** Some cache behaviour forwards the viewer's Host to this origin. */
  hostForwarded: boolean
  /** CloudFront signs its requests (origin access control on a custom origin). */
  signed: boolean
  /** Origin groups this origin is a member of. */
  groups: string[]
  /** Path patterns of the cache behaviours that reach it (`*` for the default). */
  behaviours: string[]
  skipped?: SkipReason
  /** Check families that cannot run on what the source says (an unresolved value, a setting CloudFront refuses). */
  unchecked: CheckFamily[]
}

export type StaticFindingCode = 'SOURCE_UNRESOLVED' | 'SOURCE_INVALID' | 'SOURCE_SKIPPED' | 'EDGE_SETTING_INVALID'

/** A finding made by reading, without network: facts only in `details`. */
export interface StaticFinding {
  code: StaticFindingCode
  severity?: 'error' | 'warning' | 'notice'
  /** The discovered origin it concerns, when it concerns one. */
  origin?: string
  file: string
  line: number
  details: JsonObject
}

export interface SourceResult {
  origins: DiscoveredOrigin[]
  findings: StaticFinding[]
  /** Edge functions the source declares (CloudFront Functions, and Lambda functions a behaviour associates). */
  functions?: EdgeFunctionDeclaration[]
  /** Other files read for them (a function's code beside the template), absolute. */
  files?: string[]
}

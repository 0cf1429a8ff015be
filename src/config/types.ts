/** The config as the engine sees it: every default applied, every ${VAR} expanded, paths made absolute. */

import type { StaticFinding } from '../sources/types.js'
import type { FindingCode } from '../findings/catalogue.js'
import type { CheckFamily, EdgeName, FailOn, SslProtocol } from '../vocabulary.js'
import type { EdgeFunctionDeclaration } from '../edge-functions/types.js'

export {
  CHECK_FAMILIES,
  EDGES,
  FAIL_ON,
  SSL_PROTOCOLS,
  type CheckFamily,
  type EdgeName,
  type FailOn,
  type SslProtocol,
} from '../vocabulary.js'

export const PROTOCOL_POLICIES = ['http-only', 'https-only', 'match-viewer'] as const
export type ProtocolPolicy = (typeof PROTOCOL_POLICIES)[number]

export const IP_ADDRESS_TYPES = ['ipv4', 'ipv6', 'dualstack'] as const
export type IpAddressType = (typeof IP_ADDRESS_TYPES)[number]

export const HTTP_METHODS = ['GET', 'HEAD'] as const
export type HttpMethod = (typeof HTTP_METHODS)[number]

export interface HealthConfig {
  path: string
  method: HttpMethod
  expectStatus: number[]
  /** Header values after ${VAR} expansion. */
  headers: Record<string, string>
}

export interface OriginConfig {
  name: string
  domain: string
  /** Every Host (and SNI) the edge may forward; empty: the domain. */
  hostHeaders: string[]
  edge: EdgeName
  protocolPolicy: ProtocolPolicy
  sslProtocols: SslProtocol[]
  httpPort: number
  httpsPort: number
  ipAddressType: IpAddressType
  certificate: { warnDays: number; failDays: number }
  timeouts: {
    connectMs: number
    readMs: number
    /** Connects the edge makes before giving up (CloudFront's ConnectionAttempts, 1-3). */
    connectAttempts: number
    /** How long the edge keeps an idle connection for reuse; absent: the edge's default. */
    keepAliveMs?: number
  }
  failOn: FailOn
  health?: HealthConfig
  /** Check families not to run for this origin. */
  skip: CheckFamily[]
  /** Connect here instead of resolving. */
  addresses?: string[]
  /** 1-based line of the `- name:` item that declares this origin. */
  line: number
  /** 1-based line of each field set on the origin itself, keyed by its YAML key path, e.g. `https-port`, `health.path`. */
  fieldLines: Record<string, number>
  /** Where a source declares this origin (file relative to the repository root); absent: the config alone. */
  declaredIn?: SourcePlace
  /** 1-based lines in `declaredIn.file` of the settings the source writes, keyed like `fieldLines`. */
  sourceLines?: Record<string, number>
  /** Families the source leaves unable to run (an unresolved value, a setting CloudFront refuses, an S3 origin). */
  unchecked?: CheckFamily[]
}

/** A line of a source file, the file relative to the repository root with forward slashes. */
export interface SourcePlace {
  file: string
  line: number
}

export interface Overrides {
  /** Absolute paths of extra trusted root PEM files. */
  trustRoots: string[]
  dnsRoots?: string[]
  dnsPort?: number
  /** Deadline of each query of the authoritative DNS walk. */
  dnsTimeoutMs?: number
}

/**
 * One `accept` entry: findings of `code` (narrowed by origin pattern, address, port and name) that the
 * team has decided to live with until a date. They are still reported, but do not fail the gate.
 */
export interface Acceptance {
  code: FindingCode
  /** A pattern over origin names: `*` any run of characters, `?` one; absent: every origin. */
  origin?: string
  address?: string
  port?: number
  name?: string
  reason: string
  /** `YYYY-MM-DD`: the last day (UTC) the entry applies. */
  until: string
  /** 1-based line of the entry's list item. */
  line: number
}

export interface Config {
  /** Absolute path of the config file. */
  file: string
  version: 1
  origins: OriginConfig[]
  overrides: Overrides
  /** `run-deadline-ms`: after this, what is unfinished is reported unchecked. */
  runDeadlineMs?: number
  /** `edge-functions:`: code the edge runs, checked beside the origins. */
  edgeFunctions?: EdgeFunctionDeclaration[]
  /** Findings accepted for a while; absent: none. */
  accept?: Acceptance[]
  /** Values read from the environment through ${VAR}, and header values read from sources: masked in every output. */
  secrets: string[]
  /** The repository root: the folder holding `.github/` when the config lives there, else the config's folder. */
  root?: string
  /** What reading the sources found without a network (files relative to the repository root). */
  staticFindings?: StaticFinding[]
  /** `sha256:` digest of the config text and every file it reads: shard reports of one config share it. */
  digest: string
}

/** One problem in a config file, positioned for an annotation. */
export interface ConfigProblem {
  file: string
  line: number
  col: number
  /** Field path, e.g. `origins[2].https-port`. */
  path: string
  message: string
}

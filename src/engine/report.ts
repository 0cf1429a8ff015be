import type { Finding } from '../findings/finding.js'
import type { DnsWalk } from '../probes/dns/walk-types.js'

/** The JSON report: the machine contract of docs/report.md (`version: 1`). Extend, never break. */
export interface Report {
  version: 1
  tool: { name: 'origin-preflight'; version: string }
  startedAt: string
  durationMs: number
  passed: boolean
  /** The fail-on level the verdict was taken at, when one level applied to the whole run. */
  failOn?: string
  /** Config path relative to the working directory (or as given). */
  config: string
  /** `sha256:` digest of the config text and every file it reads: shard reports merge only when it matches. */
  configDigest?: string
  /**
   * The shard (`I/N`) this report covers; absent: every selected origin. `unusedAccept`: the
   * ACCEPTANCE_UNUSED findings the shard would report were it the whole run (set when it ran every check
   * on every origin of its slice): the merge reports an entry that covered nothing in any shard.
   */
  shard?: { index: number; count: number; unusedAccept?: Finding[] }
  /** Set on a report merged from shard reports: how many. */
  merged?: { shards: number }
  /** Overrides in use: printed at the top of every report, a gate must not lie quietly. */
  overrides: string[]
  /**
   * Findings not accepted, plus those about the config (`configFindings`) and the edge functions';
   * `accepted`: findings an `accept` entry covers; `functions`: how many edge functions ran.
   */
  summary: { origins: number; functions?: number; failed: number; errors: number; warnings: number; notices: number; accepted?: number }
  origins: OriginReport[]
  /** Findings about the config file itself (an `accept` entry expired or unused), at the entry's line. */
  configFindings?: Finding[]
  /** The config's edge functions, each run on the edge's requests; absent when none ran. */
  functions?: FunctionReport[]
}

/** One edge function: where its code is, the events it runs on, and what running it found. */
export interface FunctionReport {
  name: string
  kind: 'cloudfront-function' | 'lambda-edge'
  /** CloudFront Functions: `cloudfront-js-1.0` or `cloudfront-js-2.0`. */
  runtime?: string
  /** The code's file, relative to the repository root. */
  file: string
  /** The handler's line. */
  line: number
  events: string[]
  passed: boolean
  durationMs: number
  /** `check: 'edge-function'`, each with the `file` and `line` of the code concerned. */
  findings: Finding[]
}

export interface OriginReport {
  name: string
  domain: string
  /** The Host names the edge may forward, comma-separated (`hostHeaders` lists them). */
  hostHeader?: string
  hostHeaders?: string[]
  edge: string
  passed: boolean
  /** 1-based line of the config item that declares this origin. */
  configLine: number
  /** Where a source declares the origin (or, for a source file's own entry, that file), relative to the repository root. */
  declaredIn?: { file: string; line: number }
  durationMs: number
  addresses: string[]
  /** Families this run checked (ports, tls, certificate, ...). */
  checks: string[]
  /** The soonest-expiring leaf this origin serves, where one was seen. */
  certificate?: { notAfter: string; daysLeft: number; names: string[]; subject: string; warnDays?: number; failDays?: number }
  /** The authoritative DNS walk for the origin's domain: zones, servers, answers. */
  dns?: DnsWalk
  findings: Finding[]
  /** Per HTTPS address x SNI (with the `tls` family): what the edge's hellos found, version by version. */
  tls?: TlsTargetReport[]
}

/** The edge's suites an origin accepts, per version the edge may use. */
export interface TlsTargetReport {
  address: string
  port: number
  /** The SNI sent. */
  name?: string
  versions: TlsVersionReport[]
  /** Versions the origin speaks that the edge does not use with it; probed only when none of the edge's was accepted. */
  originAlsoSpeaks?: string[]
  /** Connections made for this target. */
  probes: number
  ms: number
}

export interface TlsVersionReport {
  version: string
  /** The edge's own hello at this version was answered with a ServerHello for this version. */
  accepted: boolean
  /** OpenSSL names of the edge's suites the origin accepts at this version, in the edge's order. */
  suites: string[]
  /** How many suites the edge offers at this version. */
  offered: number
  /** Suites whose acceptance is unknown: the enumeration's hellos failed (twice) before reaching them. */
  untested?: string[]
  /** Where not accepted, why in a few words (`refused with alert protocol_version`, `not TLS`, ...). */
  outcome?: string
}

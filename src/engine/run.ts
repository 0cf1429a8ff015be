import { isAbsolute, relative, resolve, sep } from 'node:path'
import type { Acceptance, CheckFamily, Config, FailOn, OriginConfig } from '../config/types.js'
import type { CheckContext } from '../checks/define.js'
import { certificateSummary } from '../checks/certificate.js'
import { loadTrustStore, type TrustStore } from '../cert/trust.js'
import { edgeProfile } from '../edges/index.js'
import { UsageError } from '../errors.js'
import type { AddressResolver } from '../probes/resolve.js'
import { DnsWalker } from '../probes/dns/walk.js'
import { bySeverity } from '../findings/severity.js'
import type { FunctionReport, OriginReport, Report } from './report.js'
import { TOOL_VERSION } from '../version.js'
import type { RunOptions } from './api.js'
import { createLimiter, mapLimited, type Away, type Limiter } from './limit.js'
import { observeOrigin } from './observe.js'
import { emptyObservations } from '../probes/observations.js'
import { fileReports, staticFindingsOf } from './static-findings.js'
import { ProbeCache } from './probe-cache.js'
import { checksFor, needsOf, runChecks } from './run-checks.js'
import { familiesFor } from './plan.js'
import { selectShard } from './shard.js'
import { tlsSummary } from './tls-summary.js'
import { fails } from '../findings/gate.js'
import { repositoryRoot } from '../config/edge-function-config.js'
import { checkFunctions, type FunctionAcceptance } from './run-functions.js'
import type { EdgeCheckOptions } from '../edge-functions/check.js'
import { defaultRunDeadlineMs, startDeadline, uncheckedOrigin } from './deadline.js'
import { DEFAULT_DNS_TIMEOUT_MS } from '../probes/dns/client.js'
import { acceptanceFindings, applyAcceptances, matchesOriginPattern } from '../findings/acceptance.js'
import type { Finding } from '../findings/finding.js'

/**
 * Sockets in flight at once across the whole run (connects, hellos, exchanges until their response; idle
 * watches hold none). Enough for a thousand origins to overlap, so that no origin waits on another's
 * timeout; each probe's deadline starts when its socket does, so time spent waiting here never counts.
 */
const SOCKET_BUDGET = 512
/**
 * Of those, the most that work off the critical path (the suite enumeration's hellos) may hold: enough
 * to finish a thousand origins' enumerations within the keep-alive watches that run meanwhile.
 */
const OFF_PATH_SOCKETS = 384
/** DNS queries in flight at once across the whole run. */
const DNS_CONCURRENCY = 512

export interface EngineOptions extends RunOptions {
  resolver?: AddressResolver
  /** Edge-function budgets (tests on a loaded machine scale Lambda@Edge's time limits). */
  edgeFunctions?: EdgeCheckOptions
}

/** The engine: config in, report out. Knows nothing of GitHub or terminals. */
export async function runPreflight(config: Config, options: EngineOptions = {}): Promise<Report> {
  const started = performance.now()
  const startedAt = new Date()
  const now = options.now ?? startedAt
  const origins = selectOrigins(config.origins, options)
  const trust = loadTrustStore(config.overrides.trustRoots)
  // DNS questions waiting for a place start origins' critical paths: enumeration hellos wait until none do.
  const sockets: Limiter = createLimiter(SOCKET_BUDGET, { othersMax: OFF_PATH_SOCKETS, holdOthers: () => dnsLimit.queued() > 0 })
  const dnsLimit: Limiter = createLimiter(DNS_CONCURRENCY, { onRelease: () => dnsLimit.queued() === 0 && sockets.wake() })
  const cache = new ProbeCache(sockets)
  const { dnsRoots, dnsPort, dnsTimeoutMs } = config.overrides
  const resolver =
    options.resolver ?? new DnsWalker({ roots: dnsRoots, port: dnsPort, timeoutMs: dnsTimeoutMs, limit: dnsLimit, origins: origins.length })
  const accept = config.accept ?? []
  const used = new Set<Acceptance>()
  const staticFindings = config.staticFindings ?? []
  let done = 0
  // The default deadline reckons in batches of 8 origins, however many run at once: a generous bound.
  const derived = (): number => defaultRunDeadlineMs(origins, 8, dnsTimeoutMs ?? DEFAULT_DNS_TIMEOUT_MS)
  const deadline = startDeadline(options.deadlineMs ?? config.runDeadlineMs ?? derived())

  // Beside the origin probes, not after them: a function's run is bounded by its own budget.
  const functionRun = functionsToRun(config, options)
    ? runFunctions(config, options, { entries: accept, now, used })
    : Promise.resolve(undefined)
  // Every origin starts at once: the socket budget, the per-address limit and the DNS budget pace them.
  const originRun = mapLimited(origins, options.concurrency ?? Math.max(1, origins.length), async (origin, _index, away) => {
    const context = { trust, cache, resolver, now, only: options.only, failOn: options.failOn, accept, used, away, staticFindings }
    // What the deadline cut short is unchecked, never passed; probes still in flight end on their own timeouts.
    const report = deadline.passed()
      ? uncheckedOrigin(origin, deadline.ms, options.failOn)
      : await Promise.race([
          checkOrigin(origin, context),
          deadline.reached.then(() => uncheckedOrigin(origin, deadline.ms, options.failOn)),
        ])
    options.onProgress?.({ done: ++done, total: origins.length, origin: origin.name })
    return report
  })
  // Connections the bare connects left open and nobody claimed (or that a probe the deadline cut short
  // leaves later) must not outlive the run: the CLI would linger until they time out.
  const [reports, functions] = await Promise.all([originRun, functionRun]).finally(() => {
    deadline.clear()
    cache.spares.clear()
  })
  // Findings about a source file as a whole belong to no origin: the first shard (or an unselective run) reports them.
  if (!options.origins?.length && (options.shard?.index ?? 1) === 1) reports.push(...fileReports(staticFindings, options.failOn ?? 'error'))

  // Whether an entry matched nothing is only known in a run of every origin and every check, unselected;
  // a shard that ran all of its slice says what it left unused, and the merge decides.
  const wholeSlice = !options.origins?.some(Boolean) && options.only === undefined
  const complete = wholeSlice && options.shard === undefined
  const configFindings = acceptanceFindings(accept, used, { now, complete })
  const unusedAccept = acceptanceFindings(accept, used, { now, complete: true }).filter((f) => f.code === 'ACCEPTANCE_UNUSED')
  const configFails = configFindings.some((finding) => fails([finding], options.failOn ?? strictestFailOn(finding, config.origins)))
  const judged = [...reports, ...(functions ?? [])]
  const counted = [...judged.flatMap((r) => r.findings), ...configFindings].filter((f) => f.accepted === undefined)
  return {
    version: 1,
    tool: { name: 'origin-preflight', version: TOOL_VERSION },
    startedAt: startedAt.toISOString(),
    durationMs: Math.round(performance.now() - started),
    passed: judged.every((r) => r.passed) && !configFails,
    ...(options.failOn ? { failOn: options.failOn } : {}),
    config: displayPath(config.file),
    configDigest: config.digest,
    ...(options.shard ? { shard: { ...options.shard, ...(wholeSlice ? { unusedAccept } : {}) } } : {}),
    overrides: describeOverrides(config),
    summary: {
      origins: reports.length,
      ...(functions ? { functions: functions.length } : {}),
      failed: judged.filter((r) => !r.passed).length,
      errors: counted.filter((f) => f.severity === 'error').length,
      warnings: counted.filter((f) => f.severity === 'warning').length,
      notices: counted.filter((f) => f.severity === 'notice').length,
      accepted: judged.reduce((sum, r) => sum + r.findings.filter((f) => f.accepted !== undefined).length, 0),
    },
    origins: reports,
    configFindings,
    ...(functions ? { functions } : {}),
  }
}

/** A finding about a config entry is judged at the strictest `fail-on` of the origins its pattern names (any origin when it names none). */
function strictestFailOn(finding: Finding, origins: readonly OriginConfig[]): FailOn {
  const named = origins.filter((origin) => matchesOriginPattern(finding.origin, origin.name))
  const levels = (named.length > 0 ? named : origins).map((origin) => origin.failOn)
  return (['warning', 'error', 'never'] as const).find((level) => levels.includes(level)) ?? 'error'
}

/**
 * Edge functions run with the whole config: not when `--origin` or `--only` narrow the run to some
 * origins or families (they ask about those), and in shard 1 only, so a merged report has each once.
 */
function functionsToRun(config: Config, options: RunOptions): boolean {
  if (!config.edgeFunctions?.length) return false
  if (options.origins?.some(Boolean) || options.only) return false
  return !options.shard || options.shard.index === 1
}

async function runFunctions(config: Config, options: EngineOptions, acceptance: FunctionAcceptance): Promise<FunctionReport[]> {
  const root = repositoryRoot(config.file)
  const reports = await checkFunctions(config.edgeFunctions ?? [], options.failOn ?? 'error', options.edgeFunctions, acceptance)
  // Findings about the declaration point at the config: named from the repository root, like the code's file.
  const configFile = relative(root, config.file).split(sep).join('/')
  for (const report of reports) {
    for (const finding of report.findings)
      if (finding.file !== undefined && finding.file !== report.file && resolve(finding.file) === config.file) finding.file = configFile
  }
  return reports
}

interface OriginRunContext {
  trust: TrustStore
  cache: ProbeCache
  resolver: AddressResolver
  now: Date
  only: CheckFamily[] | undefined
  failOn: RunOptions['failOn']
  accept: readonly Acceptance[]
  /** The entries that covered a finding, filled as origins finish. */
  used: Set<Acceptance>
  away?: Away
  /** What reading the sources found, for every origin. */
  staticFindings: NonNullable<Config['staticFindings']>
}

async function checkOrigin(origin: OriginConfig, run: OriginRunContext): Promise<OriginReport> {
  const started = performance.now()
  const edge = edgeProfile(origin.edge)
  const families = familiesFor(origin, run.only)
  const checks = checksFor(families)
  // Nothing to judge (every family skipped, or left unknown by the source): nothing to probe either.
  const observations =
    families.size === 0
      ? emptyObservations()
      : await observeOrigin(origin, edge, needsOf(checks, families), {
          resolver: run.resolver,
          cache: run.cache,
          ...(run.away ? { away: run.away } : {}),
        })
  const context: CheckContext = { origin, edge, trust: run.trust, now: run.now }
  const judged = [...staticFindingsOf(origin, run.staticFindings), ...runChecks(checks, observations, context)]
  const findings = applyAcceptances(judged, run.accept, run.now, run.used)
  findings.sort(bySeverity)

  const certificate = families.has('certificate')
    ? certificateSummary({ tls: [...observations.tls, ...observations.tlsDiagnostic] }, run.now)
    : undefined
  const report: OriginReport = {
    name: origin.name,
    domain: origin.domain,
    ...(origin.hostHeaders.length ? { hostHeader: origin.hostHeaders.join(', '), hostHeaders: [...origin.hostHeaders] } : {}),
    edge: origin.edge,
    passed: !fails(findings, run.failOn ?? origin.failOn),
    configLine: origin.line,
    ...(origin.declaredIn ? { declaredIn: { ...origin.declaredIn } } : {}),
    durationMs: Math.round(performance.now() - started),
    addresses: [...observations.addresses, ...observations.unavailable].map((a) => a.address),
    checks: checksRun(families, origin, observations.dns !== undefined),
    findings,
  }
  // The limits it was judged against travel with it: the expiry calendar draws them.
  if (certificate) report.certificate = { ...certificate, warnDays: origin.certificate.warnDays, failDays: origin.certificate.failDays }
  if (families.has('tls') && observations.tlsScans.length) report.tls = tlsSummary(observations, edge)
  if (observations.dns) report.dns = observations.dns
  return report
}

/** The families that judged something: those with a check, less DNS where nothing walked and the config pins the addresses. */
function checksRun(families: Set<CheckFamily>, origin: OriginConfig, walked: boolean): CheckFamily[] {
  return [...families].filter((f) => checksFor(new Set([f])).some((c) => c.family === f) && !(f === 'dns' && origin.addresses && !walked))
}

function selectOrigins(origins: OriginConfig[], options: RunOptions): OriginConfig[] {
  const wanted = options.origins?.filter(Boolean) ?? []
  const unknown = wanted.filter((name) => !origins.some((o) => o.name === name))
  if (unknown.length > 0)
    throw new UsageError(`no origin named ${unknown.join(', ')} in the config (known: ${origins.map((o) => o.name).join(', ')})`)
  const selected = wanted.length > 0 ? origins.filter((o) => wanted.includes(o.name)) : origins
  return options.shard ? selectShard(selected, options.shard) : selected
}

function describeOverrides(config: Config): string[] {
  const { trustRoots, dnsRoots, dnsPort } = config.overrides
  const lines = trustRoots.map((file) => `trust-roots: ${displayPath(file)}`)
  if (dnsRoots?.length) lines.push(`dns-roots: ${dnsRoots.join(', ')}`)
  if (dnsPort !== undefined) lines.push(`dns-port: ${dnsPort}`)
  if (config.overrides.dnsTimeoutMs !== undefined) lines.push(`dns-timeout-ms: ${config.overrides.dnsTimeoutMs}`)
  return lines
}

/** Relative to the working directory when below it (as users typed it), absolute otherwise. */
function displayPath(file: string): string {
  const rel = relative(process.cwd(), file)
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file
}

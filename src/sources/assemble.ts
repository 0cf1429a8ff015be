/**
 * From what a source says to the origins the edge really contacts: names, CloudFront's defaults for
 * omitted settings, the Host and SNI names the behaviours make it send, and the static findings
 * (unresolved values, skipped origins, settings CloudFront refuses).
 */

import { CHECK_FAMILIES, type CheckFamily } from '../vocabulary.js'
import type { JsonValue } from '../json.js'
import { enumProblem, integerOf, numberProblem, settingName, type SettingKey } from './edge-settings.js'
import type { RawBehaviour, RawDistribution, RawOrigin, RawValue } from './raw.js'
import type { DiscoveredOrigin, SourceResult, SourceValue, StaticFinding, UnresolvedReason } from './types.js'

/** CloudFront's values for omitted settings (CloudFormation resource schema, CloudFront API reference). */
const CLOUDFRONT_DEFAULTS = {
  httpPort: 80,
  httpsPort: 443,
  /** CloudFormation's and CloudFront's default when OriginSSLProtocols is omitted. */
  sslProtocols: ['TLSv1', 'SSLv3'],
  readTimeout: 30,
  keepAliveTimeout: 5,
  connectionAttempts: 3,
  connectionTimeout: 10,
  ipAddressType: 'ipv4',
} as const

const NETWORK: readonly CheckFamily[] = CHECK_FAMILIES

export function assemble(distributions: readonly RawDistribution[]): SourceResult {
  const result: SourceResult = { origins: [], findings: [] }
  const taken = new Set<string>()
  for (const distribution of distributions) new DistributionAssembly(distribution, taken, result).run()
  return result
}

/** `name`, or `name#2`, `name#3` ... where it is taken. */
export function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name
  for (let n = 2; taken.has(candidate); n++) candidate = `${name}#${n}`
  taken.add(candidate)
  return candidate
}

class DistributionAssembly {
  private readonly file: string
  constructor(
    private readonly d: RawDistribution,
    private readonly taken: Set<string>,
    private readonly result: SourceResult,
  ) {
    this.file = d.file
  }

  run(): void {
    const names = this.d.origins.map((origin) => uniqueName(`${this.d.container}/${idText(origin.id)}`, this.taken))
    this.checkTargets()
    this.checkGroups()
    this.d.origins.forEach((origin, index) => this.result.origins.push(this.origin(origin, names[index]!)))
  }

  private finding(
    code: StaticFinding['code'],
    line: number,
    details: Record<string, JsonValue>,
    origin?: string,
    severity?: StaticFinding['severity'],
  ): void {
    this.result.findings.push({ code, ...(severity ? { severity } : {}), ...(origin ? { origin } : {}), file: this.file, line, details })
  }

  private setting(key: SettingKey): string {
    return settingName(this.d.format, key)
  }

  /** A behaviour that targets neither an origin nor a group: CloudFront refuses the distribution. */
  private checkTargets(): void {
    if (this.d.origins.some((o) => o.id.unresolved)) return
    const known = new Set([...this.d.origins.map((o) => o.id.value), ...this.d.groups.map((g) => g.id.value)])
    for (const behaviour of this.d.behaviours) {
      const target = behaviour.target.value
      if (behaviour.target.unresolved || known.has(target)) continue
      this.finding(
        'EDGE_SETTING_INVALID',
        behaviour.target.line,
        {
          setting: this.setting('targetOriginId'),
          container: this.d.container,
          value: target ?? null,
          allowed: [...known].filter((k): k is string => k !== undefined),
          pathPattern: behaviour.pathPattern,
        },
        undefined,
        'error',
      )
    }
  }

  private checkGroups(): void {
    for (const group of this.d.groups) {
      if (group.members.length === 2) continue
      this.finding(
        'EDGE_SETTING_INVALID',
        group.line,
        {
          setting: this.setting('members'),
          container: this.d.container,
          group: idText(group.id),
          value: group.members.length,
          allowed: '2',
        },
        undefined,
        'error',
      )
    }
  }

  /** The behaviours that send requests to this origin, directly or through an origin group. */
  private reaching(origin: RawOrigin): { behaviours: RawBehaviour[]; groups: string[] } {
    const groups = this.d.groups.filter((g) => g.members.some((m) => sameId(m, origin.id))).map((g) => idText(g.id))
    const behaviours = this.d.behaviours.filter((b) => {
      if (sameId(b.target, origin.id)) return true
      if (b.target.value !== undefined && groups.includes(b.target.value)) return true
      // A target known only after deploy may be this origin: never call it unused.
      return (
        b.target.unresolved !== undefined &&
        !this.d.origins.some((o) => sameId(b.target, o.id)) &&
        !this.d.groups.some((g) => sameId(b.target, g.id))
      )
    })
    return { behaviours, groups }
  }

  private origin(raw: RawOrigin, name: string): DiscoveredOrigin {
    const { behaviours, groups } = this.reaching(raw)
    const unchecked = new Set<CheckFamily>()
    const value = <T>(rawValue: RawValue<T> | undefined, fallback: T | undefined): SourceValue<T> =>
      sourceValue(rawValue, fallback, this.file, raw.line)
    const custom = raw.kind === 'custom'
    const origin: DiscoveredOrigin = {
      name,
      container: this.d.container,
      id: value(raw.id, undefined),
      kind: raw.kind,
      file: this.file,
      line: raw.line,
      domain: value(raw.domain, undefined),
      originPath: value(raw.originPath, ''),
      httpPort: numeric(value(raw.httpPort, custom ? CLOUDFRONT_DEFAULTS.httpPort : undefined)),
      httpsPort: numeric(value(raw.httpsPort, custom ? CLOUDFRONT_DEFAULTS.httpsPort : undefined)),
      protocolPolicy: value(raw.protocolPolicy, undefined),
      sslProtocols: value(raw.sslProtocols, custom ? [...CLOUDFRONT_DEFAULTS.sslProtocols] : undefined),
      ipAddressType: value(raw.ipAddressType, CLOUDFRONT_DEFAULTS.ipAddressType),
      connectionAttempts: numeric(value(raw.connectionAttempts, CLOUDFRONT_DEFAULTS.connectionAttempts)),
      connectionTimeout: numeric(value(raw.connectionTimeout, CLOUDFRONT_DEFAULTS.connectionTimeout)),
      readTimeout: numeric(value(raw.readTimeout, custom ? CLOUDFRONT_DEFAULTS.readTimeout : undefined)),
      keepAliveTimeout: numeric(value(raw.keepAliveTimeout, custom ? CLOUDFRONT_DEFAULTS.keepAliveTimeout : undefined)),
      customHeaders: raw.headers.map((h) => ({ name: idText(h.name), value: value(h.value, undefined) })),
      hosts: [],
      hostForwarded: false,
      signed: raw.signed,
      groups,
      behaviours: behaviours.map((b) => b.pathPattern),
      unchecked: [],
    }
    if (raw.id.unresolved) this.unresolved(name, 'id', raw.id.line, raw.id.unresolved, [])
    for (const condition of raw.conditions.concat(this.d.conditions)) {
      this.unresolved(name, 'condition', raw.line, { expression: condition, reason: 'condition' }, [])
    }

    const skipped = raw.kind === 's3' ? 's3' : raw.kind === 'vpc' ? 'vpc' : behaviours.length === 0 ? 'not-used' : undefined
    if (skipped) {
      origin.skipped = skipped
      origin.unchecked = [...NETWORK]
      this.finding('SOURCE_SKIPPED', raw.line, { because: skipped, originId: idText(raw.id), ...(groups.length ? { groups } : {}) }, name)
      return origin
    }

    this.judgeSettings(origin, raw, unchecked)
    this.resolveHosts(origin, behaviours)
    origin.unchecked = NETWORK.filter((f) => unchecked.has(f))
    return origin
  }

  /** Unresolved values skip the checks that need them; settings CloudFront refuses skip every probe. */
  private judgeSettings(origin: DiscoveredOrigin, raw: RawOrigin, unchecked: Set<CheckFamily>): void {
    const skipAll = () => NETWORK.forEach((f) => unchecked.add(f))
    const domain = origin.domain
    if (domain.unresolved) {
      this.unresolved(origin.name, 'domain', domain.line, domain.unresolved, NETWORK)
      skipAll()
    } else if (!domain.value) {
      domain.unresolved = { expression: '""', reason: 'empty' }
      delete domain.value
      this.unresolved(origin.name, 'domain', domain.line, domain.unresolved, NETWORK)
      skipAll()
    }
    const numbers: [SettingKey, SourceValue<number>][] = [
      ['httpPort', origin.httpPort],
      ['httpsPort', origin.httpsPort],
      ['connectionAttempts', origin.connectionAttempts],
      ['connectionTimeout', origin.connectionTimeout],
      ['readTimeout', origin.readTimeout],
      ['keepAliveTimeout', origin.keepAliveTimeout],
    ]
    const probeSettings = new Set<SettingKey>(['httpPort', 'httpsPort', 'protocolPolicy', 'sslProtocols'])
    for (const [key, setting] of numbers) {
      if (setting.unresolved) {
        const needed = probeSettings.has(key)
        this.unresolved(origin.name, key, setting.line, setting.unresolved, needed ? NETWORK : [])
        if (needed) skipAll()
        continue
      }
      const problem = setting.value === undefined ? undefined : numberProblem(key, setting.value)
      if (!problem) continue
      this.finding(
        'EDGE_SETTING_INVALID',
        setting.line,
        { setting: this.setting(key), value: rawNumber(raw, key) ?? setting.value ?? null, allowed: problem.allowed },
        origin.name,
        problem.severity,
      )
      if (problem.severity === 'error') skipAll()
    }
    this.judgeEnum(origin, 'protocolPolicy', origin.protocolPolicy, skipAll, true)
    this.judgeEnum(origin, 'ipAddressType', origin.ipAddressType, skipAll, false)
    const protocols = origin.sslProtocols
    if (protocols.unresolved) {
      this.unresolved(origin.name, 'sslProtocols', protocols.line, protocols.unresolved, NETWORK)
      skipAll()
    } else {
      const refused = (protocols.value ?? []).filter((p) => enumProblem('sslProtocols', p))
      if (refused.length > 0 || protocols.value?.length === 0) {
        this.finding(
          'EDGE_SETTING_INVALID',
          protocols.line,
          { setting: this.setting('sslProtocols'), value: protocols.value ?? [], allowed: 'SSLv3, TLSv1, TLSv1.1, TLSv1.2' },
          origin.name,
          'error',
        )
        skipAll()
      }
    }
    for (const header of origin.customHeaders) {
      if (!header.value.unresolved) continue
      this.unresolved(origin.name, 'headerValue', header.value.line, header.value.unresolved, ['http'], { header: header.name })
      unchecked.add('http')
    }
    if (origin.signed) unchecked.add('http')
  }

  private judgeEnum(
    origin: DiscoveredOrigin,
    key: 'protocolPolicy' | 'ipAddressType',
    setting: SourceValue<string>,
    skipAll: () => void,
    required: boolean,
  ): void {
    if (setting.unresolved) {
      this.unresolved(origin.name, key, setting.line, setting.unresolved, NETWORK)
      skipAll()
      return
    }
    if (setting.value === undefined && !required) return
    const problem =
      setting.value === undefined
        ? { severity: 'error' as const, allowed: 'http-only, https-only, match-viewer' }
        : enumProblem(key, setting.value)
    if (!problem) return
    this.finding(
      'EDGE_SETTING_INVALID',
      setting.line,
      { setting: this.setting(key), value: setting.value ?? null, allowed: problem.allowed },
      origin.name,
      problem.severity,
    )
    skipAll()
  }

  /** Host and SNI: the origin domain where a behaviour keeps it, every alias where one forwards the viewer's Host. */
  private resolveHosts(origin: DiscoveredOrigin, behaviours: RawBehaviour[]): void {
    const hosts: SourceValue<string>[] = []
    const keepsDomain = behaviours.some((b) => !('forwarded' in b.host) || !b.host.forwarded)
    const forwards = behaviours.some((b) => 'forwarded' in b.host && b.host.forwarded)
    for (const b of behaviours) {
      if ('unresolved' in b.host) {
        this.unresolved(origin.name, 'originRequestPolicy', b.host.line, { expression: b.host.unresolved, reason: 'policy' }, [], {
          pathPattern: b.pathPattern,
        })
      }
    }
    if (keepsDomain && origin.domain.value) hosts.push(origin.domain)
    origin.hostForwarded = forwards
    if (forwards) hosts.push(...this.aliasHosts(origin))
    const seen = new Set<string>()
    origin.hosts = hosts.filter((h) => (h.value === undefined ? true : !seen.has(h.value) && (seen.add(h.value), true)))
  }

  private aliasHosts(origin: DiscoveredOrigin): SourceValue<string>[] {
    const aliasesLine = this.d.aliasesLine ?? this.d.line
    if (this.d.aliasesUnresolved?.unresolved) {
      this.unresolved(origin.name, 'aliases', aliasesLine, this.d.aliasesUnresolved.unresolved, [])
      return [sourceValue(this.d.aliasesUnresolved, undefined, this.file, aliasesLine)]
    }
    const aliases = this.d.aliases.map((a) => sourceValue(a, undefined, this.file, aliasesLine))
    for (const alias of aliases) if (alias.unresolved) this.unresolved(origin.name, 'aliases', alias.line, alias.unresolved, [])
    if (aliases.length > 0) return aliases
    if (this.d.ownDomain) return [{ value: this.d.ownDomain, file: this.file, line: this.d.line, declared: true }]
    const noAlias = { expression: '*.cloudfront.net', reason: 'no-alias' as const }
    this.unresolved(origin.name, 'aliases', aliasesLine, noAlias, [])
    return [{ unresolved: noAlias, file: this.file, line: aliasesLine, declared: false }]
  }

  private unresolved(
    origin: string,
    key: SettingKey,
    line: number,
    what: { expression: string; reason: UnresolvedReason },
    unchecked: readonly CheckFamily[],
    extra: Record<string, JsonValue> = {},
  ): void {
    this.finding(
      'SOURCE_UNRESOLVED',
      line,
      { setting: this.setting(key), expression: what.expression, because: what.reason, unchecked: [...unchecked], ...extra },
      origin,
    )
  }
}

function idText(id: RawValue<string>): string {
  return id.value ?? id.unresolved?.partial ?? id.unresolved?.expression ?? '(unknown)'
}

function sameId(a: RawValue<string>, b: RawValue<string>): boolean {
  if (a.value !== undefined || b.value !== undefined) return a.value === b.value
  return a.unresolved !== undefined && b.unresolved !== undefined && idText(a) === idText(b)
}

function sourceValue<T>(raw: RawValue<T> | undefined, fallback: T | undefined, file: string, originLine: number): SourceValue<T> {
  if (raw && (raw.value !== undefined || raw.unresolved)) {
    const value: SourceValue<T> = { file, line: raw.line, declared: true }
    if (raw.value !== undefined) value.value = raw.value
    if (raw.unresolved) value.unresolved = { expression: raw.unresolved.expression, reason: raw.unresolved.reason }
    return value
  }
  return fallback === undefined ? { file, line: originLine, declared: false } : { value: fallback, file, line: originLine, declared: false }
}

/** Numbers written as strings ("8443") read as numbers; what is not an integer stays for the setting check. */
function numeric(value: SourceValue<number | string>): SourceValue<number> {
  if (value.value === undefined) return value as SourceValue<number>
  const n = integerOf(value.value)
  return n === undefined ? (value as SourceValue<number>) : { ...value, value: n }
}

function rawNumber(raw: RawOrigin, key: SettingKey): number | string | undefined {
  const field = (raw as unknown as Record<string, RawValue<number | string> | undefined>)[key]
  return field?.value
}

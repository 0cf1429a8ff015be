/**
 * Terraform plans as `terraform show -json PLANFILE` prints them: every aws_cloudfront_distribution,
 * named by its address. A value unknown until apply is absent from `after` and `true` at the same
 * place in `after_unknown`. Plan JSON has no lines: they come from the `.tf` files, found through the
 * plan's module calls (terraform-lines.ts).
 */

import { isAbsolute, join } from 'node:path'
import { assemble } from './assemble.js'
import {
  cacheHeadersForwardHost,
  decideHost,
  legacyHeadersView,
  managedPolicy,
  originRequestHeadersForwardHost,
  type PolicyView,
} from './host-forwarding.js'
import type { RawBehaviour, RawDistribution, RawGroup, RawOrigin, RawValue } from './raw.js'
import { invalidSource } from './source-invalid.js'
import { blocksOf, TerraformFolders, type HclBlock } from './terraform-lines.js'
import { readPlanFunctions } from './terraform-functions.js'
import { first, isMap, list, UNKNOWN, type Change, type Json, type JsonMap, type PlanView } from './plan-json.js'
import type { SourceResult } from './types.js'
import { asText } from './as-text.js'
import { RepositoryFiles } from './repository-files.js'

export interface TerraformPlanOptions {
  /** The plan's root module folder (default: the plan file's folder). */
  terraformDir?: string
  /** Where to point when no `.tf` line can be found (the config's `sources:` item). */
  fallback?: { file: string; line: number }
  /** Parsed `.tf` folders, shared between plans of one run. */
  folders?: TerraformFolders
  /** Where code the plan names may be read; by default the root module's folder. */
  repository?: RepositoryFiles
}

const DISTRIBUTION = 'aws_cloudfront_distribution'

export function readTerraformPlan(text: string, file: string, options: TerraformPlanOptions = {}): SourceResult {
  let plan: Json
  try {
    plan = JSON.parse(text) as Json
  } catch (error) {
    return { origins: [], findings: [invalidSource(file, jsonErrorLine(text, error), 'terraform-plan', 'parse', { parserCode: 'JSON' })] }
  }
  if (!isMap(plan) || (!Array.isArray(plan.resource_changes) && !isMap(plan.planned_values))) {
    return { origins: [], findings: [invalidSource(file, 1, 'terraform-plan', 'not-a-plan')] }
  }
  const rootDir = options.terraformDir ?? join(file, '..')
  const reader = new PlanReader(plan, rootDir, options.fallback ?? { file, line: 1 }, options.folders ?? new TerraformFolders())
  const distributions = reader.distributions()
  const result: SourceResult = assemble(distributions)
  const functions = readPlanFunctions(reader, options.repository ?? new RepositoryFiles(rootDir))
  result.functions = functions.functions
  result.files = functions.files
  result.findings.push(...functions.findings)
  for (const d of distributions) {
    if (!reader.unreadable(d.container)) continue
    result.findings.push({
      code: 'SOURCE_UNRESOLVED',
      file: d.file,
      line: d.line,
      details: { setting: 'origin', expression: UNKNOWN.expression, because: UNKNOWN.reason, container: d.container },
    })
  }
  return result
}

/** `Unexpected token } in JSON at position 123` → the line of that position. */
function jsonErrorLine(text: string, error: unknown): number {
  const position = /position (\d+)/.exec(String((error as Error)?.message))?.[1]
  if (position === undefined) return 1
  return text.slice(0, Number(position)).split('\n').length
}

class PlanReader implements PlanView {
  readonly changes = new Map<string, Change>()

  constructor(
    readonly plan: JsonMap,
    readonly rootDir: string,
    readonly fallback: { file: string; line: number },
    readonly folders: TerraformFolders,
  ) {
    for (const change of list(plan.resource_changes)) {
      if (!isMap(change) || change.mode !== 'managed' || typeof change.address !== 'string' || !isMap(change.change)) continue
      const actions = list(change.change.actions)
      if (actions.length === 1 && actions[0] === 'delete') continue
      this.changes.set(change.address, {
        after: isMap(change.change.after) ? change.change.after : {},
        ...(change.change.after === null ? { unreadable: true } : {}),
        unknown: isMap(change.change.after_unknown) ? change.change.after_unknown : {},
        ...(typeof change.module_address === 'string' ? { moduleAddress: change.module_address } : {}),
        type: asText(change.type),
        name: asText(change.name),
      })
    }
    // A plan printed without resource_changes (or state output) still has planned values.
    for (const resource of plannedResources(plan)) {
      if (typeof resource.address !== 'string' || this.changes.has(resource.address)) continue
      const moduleAddress = resource.address.startsWith('module.') ? moduleOf(resource.address) : undefined
      this.changes.set(resource.address, {
        after: isMap(resource.values) ? resource.values : {},
        unknown: {},
        ...(moduleAddress ? { moduleAddress } : {}),
        type: asText(resource.type),
        name: asText(resource.name),
      })
    }
  }

  unreadable(address: string): boolean {
    return this.changes.get(address)?.unreadable === true
  }

  distributions(): RawDistribution[] {
    return [...this.changes.entries()]
      .filter(([, c]) => c.type === DISTRIBUTION)
      .map(([address, change]) => this.distribution(address, change))
  }

  private distribution(address: string, change: Change): RawDistribution {
    const config = this.configuration(change)
    const located = config.dir ? this.folders.resource(config.dir, DISTRIBUTION, change.name) : undefined
    const file = located?.file ?? this.fallback.file
    const block = located?.block
    const line = block?.line ?? this.fallback.line
    const { after, unknown } = change
    const expressions = isMap(config.resource?.expressions) ? config.resource.expressions : {}
    const originBlocks = blocksOf(block, 'origin')
    const configOrigins = list(expressions.origin)
    const distribution: RawDistribution = {
      format: 'terraform-plan',
      container: address,
      file,
      line,
      conditions: [],
      aliases: [],
      origins: list(after.origin).map((origin, i) =>
        this.origin(origin, list(unknown.origin)[i], matchBlock(origin, configOrigins, originBlocks), line),
      ),
      groups: list(after.origin_group).map((group, i) => this.group(group, list(unknown.origin_group)[i], line)),
      behaviours: [],
    }
    const aliasesLine = block?.attributes.get('aliases')
    if (aliasesLine !== undefined) distribution.aliasesLine = aliasesLine
    if (unknown.aliases === true) distribution.aliasesUnresolved = { unresolved: UNKNOWN, line: aliasesLine ?? line }
    else
      distribution.aliases = list(after.aliases).map((alias, i) =>
        list(unknown.aliases)[i] === true
          ? { unresolved: UNKNOWN, line: aliasesLine ?? line }
          : { value: asText(alias), line: aliasesLine ?? line },
      )
    const behaviourBlocks = [...blocksOf(block, 'default_cache_behavior'), ...blocksOf(block, 'ordered_cache_behavior')]
    const behaviourValues = [...list(after.default_cache_behavior), ...list(after.ordered_cache_behavior)]
    const behaviourUnknowns = [...list(unknown.default_cache_behavior), ...list(unknown.ordered_cache_behavior)]
    const behaviourExpressions = [...list(expressions.default_cache_behavior), ...list(expressions.ordered_cache_behavior)]
    distribution.behaviours = behaviourValues.map((b, i) =>
      this.behaviour(
        b,
        behaviourUnknowns[i],
        behaviourExpressions[i],
        behaviourBlocks[i],
        i === 0 && list(after.default_cache_behavior).length > 0,
        change,
        line,
      ),
    )
    return distribution
  }

  /** The resource's configuration, and the folder of its module where that is a local path. */
  configuration(change: Change): { resource?: JsonMap; dir?: string; module?: JsonMap } {
    let module =
      isMap(this.plan.configuration) && isMap(this.plan.configuration.root_module) ? this.plan.configuration.root_module : undefined
    let dir: string | undefined = this.rootDir
    for (const call of moduleCalls(change.moduleAddress)) {
      const calls = isMap(module?.module_calls) ? module.module_calls : {}
      const called = calls[call]
      if (!isMap(called)) return {}
      const source = typeof called.source === 'string' ? called.source : ''
      dir =
        dir !== undefined && (source.startsWith('./') || source.startsWith('../'))
          ? join(dir, source)
          : isAbsolute(source)
            ? source
            : undefined
      module = isMap(called.module) ? called.module : undefined
    }
    const resource = list(module?.resources).find((r): r is JsonMap => isMap(r) && r.address === `${change.type}.${change.name}`)
    return { ...(resource ? { resource } : {}), ...(dir !== undefined ? { dir } : {}), ...(module ? { module } : {}) }
  }

  private origin(value: Json, unknownValue: Json | undefined, block: HclBlock | undefined, distributionLine: number): RawOrigin {
    const origin = isMap(value) ? value : {}
    const unknown = isMap(unknownValue) ? unknownValue : {}
    const line = block?.line ?? distributionLine
    const at = (key: string, inner?: HclBlock) => inner?.attributes.get(key) ?? block?.attributes.get(key) ?? line
    const customBlock = blocksOf(block, 'custom_origin_config')[0]
    const custom = first(origin.custom_origin_config)
    const customUnknown = first(unknown.custom_origin_config) ?? {}
    const kind = list(origin.vpc_origin_config).length > 0 ? 'vpc' : custom ? 'custom' : 's3'
    const read = <T>(source: JsonMap, unknowns: JsonMap, key: string, lineOf: number, convert: (v: Json) => T): RawValue<T> | undefined => {
      if (unknowns[key] === true) return { unresolved: UNKNOWN, line: lineOf }
      const v = source[key]
      return v === null || v === undefined ? undefined : { value: convert(v), line: lineOf }
    }
    const text = (v: Json) => asText(v)
    const number = (v: Json) => (typeof v === 'number' ? v : asText(v))
    const raw: RawOrigin = {
      line,
      id: read(origin, unknown, 'origin_id', at('origin_id'), text) ?? { line },
      domain: read(origin, unknown, 'domain_name', at('domain_name'), text) ?? { line },
      kind,
      signed:
        kind === 'custom' &&
        (unknown.origin_access_control_id === true ||
          (typeof origin.origin_access_control_id === 'string' && origin.origin_access_control_id !== '')),
      headers: list(origin.custom_header).map((header, i) => {
        const h = isMap(header) ? header : {}
        const headerUnknown = list(unknown.custom_header)[i]
        const hu = isMap(headerUnknown) ? headerUnknown : {}
        const headerLine = blocksOf(block, 'custom_header')[i]?.line ?? line
        return {
          name: { value: asText(h.name ?? ''), line: headerLine },
          value: read(h, hu, 'value', headerLine, text) ?? { value: '', line: headerLine },
        }
      }),
      conditions: [],
    }
    const optional: [keyof RawOrigin, RawValue<unknown> | undefined][] = [
      ['originPath', read(origin, unknown, 'origin_path', at('origin_path'), text)],
      ['connectionAttempts', read(origin, unknown, 'connection_attempts', at('connection_attempts'), number)],
      ['connectionTimeout', read(origin, unknown, 'connection_timeout', at('connection_timeout'), number)],
    ]
    if (custom) {
      optional.push(
        ['httpPort', read(custom, customUnknown, 'http_port', at('http_port', customBlock), number)],
        ['httpsPort', read(custom, customUnknown, 'https_port', at('https_port', customBlock), number)],
        ['protocolPolicy', read(custom, customUnknown, 'origin_protocol_policy', at('origin_protocol_policy', customBlock), text)],
        [
          'sslProtocols',
          read(custom, customUnknown, 'origin_ssl_protocols', at('origin_ssl_protocols', customBlock), (v) => list(v).map(String)),
        ],
        ['readTimeout', read(custom, customUnknown, 'origin_read_timeout', at('origin_read_timeout', customBlock), number)],
        ['keepAliveTimeout', read(custom, customUnknown, 'origin_keepalive_timeout', at('origin_keepalive_timeout', customBlock), number)],
        ['ipAddressType', read(custom, customUnknown, 'ip_address_type', at('ip_address_type', customBlock), text)],
      )
    }
    for (const [key, setting] of optional) if (setting) (raw as unknown as Record<string, unknown>)[key] = setting
    return raw
  }

  private group(value: Json, unknownValue: Json | undefined, line: number): RawGroup {
    const group = isMap(value) ? value : {}
    const unknown = isMap(unknownValue) ? unknownValue : {}
    const id: RawValue<string> = unknown.origin_id === true ? { unresolved: UNKNOWN, line } : { value: asText(group.origin_id ?? ''), line }
    const members = list(group.member).map((m, i) => {
      const mu = list(unknown.member)[i]
      if (isMap(mu) && mu.origin_id === true) return { unresolved: UNKNOWN, line }
      return { value: asText(isMap(m) ? m.origin_id : ''), line }
    })
    return { line, id, members }
  }

  private behaviour(
    value: Json,
    unknownValue: Json | undefined,
    expressionValue: Json | undefined,
    block: HclBlock | undefined,
    isDefault: boolean,
    change: Change,
    distributionLine: number,
  ): RawBehaviour {
    const b = isMap(value) ? value : {}
    const unknown = isMap(unknownValue) ? unknownValue : {}
    const expressions = isMap(expressionValue) ? expressionValue : {}
    const line = block?.line ?? distributionLine
    const at = (key: string) => block?.attributes.get(key) ?? line
    const target: RawValue<string> =
      unknown.target_origin_id === true
        ? { unresolved: UNKNOWN, line: at('target_origin_id') }
        : { value: asText(b.target_origin_id ?? ''), line: at('target_origin_id') }
    const policy = (kind: 'origin-request' | 'cache', key: string): PolicyView => {
      if (unknown[key] === true) return this.policyResource(kind, expressions[key], change)
      const id = b[key]
      return typeof id === 'string' && id !== '' ? this.knownPolicy(kind, id) : { kind: 'none' }
    }
    const forwarded = first(b.forwarded_values)
    const legacy = forwarded ? list(forwarded.headers).map(String) : undefined
    const policyLine =
      block?.attributes.get('origin_request_policy_id') ??
      block?.attributes.get('cache_policy_id') ??
      blocksOf(block, 'forwarded_values')[0]?.line ??
      line
    return {
      pathPattern: isDefault ? '*' : asText(b.path_pattern ?? '?'),
      line,
      target,
      host: decideHost({
        originRequest: policy('origin-request', 'origin_request_policy_id'),
        cache: policy('cache', 'cache_policy_id'),
        legacyHeaders: legacyHeadersView(legacy),
        line: policyLine,
      }),
    }
  }

  /** A known id: a managed policy, or one this plan manages with that id. */
  private knownPolicy(kind: 'origin-request' | 'cache', id: string): PolicyView {
    const type = kind === 'origin-request' ? 'aws_cloudfront_origin_request_policy' : 'aws_cloudfront_cache_policy'
    for (const change of this.changes.values()) {
      if (change.type === type && change.after.id === id) return policyHeaders(kind, change.after)
    }
    return managedPolicy(kind, id)
  }

  /** An id known after apply: the policy resource the configuration references, read from the plan. */
  private policyResource(kind: 'origin-request' | 'cache', expression: Json | undefined, change: Change): PolicyView {
    const type = kind === 'origin-request' ? 'aws_cloudfront_origin_request_policy' : 'aws_cloudfront_cache_policy'
    const references = isMap(expression) ? list(expression.references).map(String) : []
    const reference = references.find((r) => r.startsWith(`${type}.`))
    if (reference) {
      const [, name] = reference.split('.')
      const address = `${change.moduleAddress ? `${change.moduleAddress}.` : ''}${type}.${name}`
      const policy = this.changes.get(address)
      if (policy) return policyHeaders(kind, policy.after)
    }
    return { kind: 'unresolved', expression: references[0] ?? UNKNOWN.expression }
  }
}

function policyHeaders(kind: 'origin-request' | 'cache', values: JsonMap): PolicyView {
  const config =
    kind === 'origin-request'
      ? first(values.headers_config)
      : first(first(values.parameters_in_cache_key_and_forwarded_to_origin)?.headers_config)
  if (!config) return { kind: 'known', forwardsHost: false }
  const headers = list(first(config.headers)?.items).map(String)
  const behavior = asText(config.header_behavior ?? 'none')
  return {
    kind: 'known',
    forwardsHost:
      kind === 'origin-request' ? originRequestHeadersForwardHost(behavior, headers) : cacheHeadersForwardHost(behavior, headers),
  }
}

/** The origin block declaring this origin: origins are a set, matched by a constant origin_id. */
function matchBlock(origin: Json, configOrigins: Json[], blocks: HclBlock[]): HclBlock | undefined {
  if (!isMap(origin) || blocks.length !== configOrigins.length) return undefined
  const index = configOrigins.findIndex((c) => isMap(c) && isMap(c.origin_id) && c.origin_id.constant_value === origin.origin_id)
  if (index >= 0) return blocks[index]
  // One origin block, one origin: the same whatever its id says.
  return blocks.length === 1 ? blocks[0] : undefined
}

/** `module.a["x"].module.b` → [a, b]. */
function moduleCalls(moduleAddress: string | undefined): string[] {
  if (!moduleAddress) return []
  return [...moduleAddress.matchAll(/module\.([A-Za-z0-9_-]+)/g)].map((m) => m[1]!)
}

/** `module.a["x"].aws_thing.name` → `module.a["x"]`. */
function moduleOf(address: string): string {
  return /^((?:module\.[A-Za-z0-9_-]+(?:\[[^\]]*\])?\.?)*)/.exec(address)?.[1]?.replace(/\.$/, '') ?? ''
}

function plannedResources(plan: JsonMap): JsonMap[] {
  const planned = isMap(plan.planned_values) ? plan.planned_values : isMap(plan.values) ? plan.values : undefined
  const walk = (module: Json | undefined): JsonMap[] => {
    if (!isMap(module)) return []
    const own = list(module.resources)
      .filter(isMap)
      .filter((r) => r.mode === 'managed')
    return [...own, ...list(module.child_modules).flatMap(walk)]
  }
  return walk(planned?.root_module)
}

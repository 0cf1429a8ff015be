/**
 * Reads a CloudFront DistributionConfig in the shape CloudFormation and CloudFront's own JSON share:
 * lists written plainly or wrapped in `{Quantity, Items}`, `OriginSSLProtocols` or `OriginSslProtocols`.
 * What an expression means is left to a Resolver: CloudFormation's intrinsics, or the literal JSON.
 */

import { NO_VALUE, type Evaluated, type Value } from './cloudformation-intrinsics.js'
import { decideHost, legacyHeadersView, type PolicyView } from './host-forwarding.js'
import type { RawBehaviour, RawDistribution, RawGroup, RawOrigin, RawValue } from './raw.js'
import { child, entry, keyLine, type TreeNode } from './tree.js'
import { asText } from './as-text.js'

export interface Positioned {
  node: TreeNode
  /** Conditions that could not be decided on the way here. */
  conditions: string[]
}

export interface Resolver {
  value(node: TreeNode): Evaluated | typeof NO_VALUE
  /** A mapping position, through Fn::If; undefined when left out. */
  map(node: TreeNode | undefined): Positioned | undefined
  /** The items of a list position, through Fn::If, without left-out items. */
  items(node: TreeNode | undefined): Positioned[]
  /** What the policy a behaviour names says about Host. */
  policy(kind: 'origin-request' | 'cache', node: TreeNode): PolicyView
}

export type DistributionMeta = Pick<RawDistribution, 'format' | 'container' | 'file' | 'line' | 'conditions' | 'ownDomain'>

export function readDistributionConfig(config: TreeNode, resolver: Resolver, meta: DistributionMeta): RawDistribution {
  const read = new ConfigReader(resolver)
  const distribution: RawDistribution = {
    ...meta,
    aliases: [],
    origins: read.list(child(config, 'Origins')).map((origin) => read.origin(origin)),
    groups: read.list(child(config, 'OriginGroups')).map(({ node }) => read.group(node)),
    behaviours: read.behaviours(config),
  }
  const aliases = entry(config, 'Aliases')
  if (aliases) {
    distribution.aliasesLine = aliases.line
    const whole = aliases.value.kind === 'function' ? resolver.value(aliases.value) : undefined
    if (whole && whole !== NO_VALUE && !whole.ok) {
      distribution.aliasesUnresolved = { unresolved: { expression: whole.expression, reason: whole.reason }, line: aliases.line }
    } else if (whole && whole !== NO_VALUE && Array.isArray(whole.value)) {
      distribution.aliases = whole.value.map((value) => ({ value: asText(value), line: aliases.line }))
    } else {
      distribution.aliases = read.list(aliases.value).flatMap(({ node }) => {
        const value = read.text(node, node.line)
        return value ? [value] : []
      })
    }
  }
  return distribution
}

class ConfigReader {
  constructor(private readonly resolver: Resolver) {}

  /** `[..]` or `{Quantity, Items: [..]}` (no Items when Quantity is 0). */
  list(node: TreeNode | undefined): Positioned[] {
    const position = this.resolver.map(node)
    if (!position) return []
    const { node: resolved, conditions } = position
    const inner = resolved.kind === 'map' ? child(resolved, 'Items') : resolved
    return this.resolver.items(inner).map((item) => ({ node: item.node, conditions: [...conditions, ...item.conditions] }))
  }

  /** A leaf value with its line; undefined when absent or `AWS::NoValue`. */
  raw(node: TreeNode | undefined, line: number): RawValue<Value> | undefined {
    if (!node) return undefined
    const result = this.resolver.value(node)
    if (result === NO_VALUE) return undefined
    if (!result.ok) return { unresolved: { expression: result.expression, reason: result.reason, partial: result.partial }, line }
    if (result.value === null) return undefined
    return { value: result.value, line }
  }

  text(node: TreeNode | undefined, line: number): RawValue<string> | undefined {
    const raw = this.raw(node, line)
    if (!raw || raw.value === undefined) return raw as RawValue<string> | undefined
    return { ...raw, value: Array.isArray(raw.value) ? raw.value.map(asText).join(',') : asText(raw.value) }
  }

  setting(map: TreeNode | undefined, ...keys: string[]): RawValue<Value> | undefined {
    for (const key of keys) {
      const found = entry(map, key)
      if (found) return this.raw(found.value, found.line)
    }
    return undefined
  }

  textSetting(map: TreeNode | undefined, ...keys: string[]): RawValue<string> | undefined {
    for (const key of keys) {
      const found = entry(map, key)
      if (found) return this.text(found.value, found.line)
    }
    return undefined
  }

  origin({ node: listed, conditions }: Positioned): RawOrigin {
    const position = this.resolver.map(listed)
    const node = position?.node ?? listed
    const line = listed.line
    const custom = this.resolver.map(child(node, 'CustomOriginConfig'))?.node
    const kind = entry(node, 'VpcOriginConfig') ? 'vpc' : custom ? 'custom' : 's3'
    const oac = this.setting(node, 'OriginAccessControlId')
    const origin: RawOrigin = {
      line,
      id: this.textSetting(node, 'Id') ?? { line },
      domain: this.textSetting(node, 'DomainName') ?? { line },
      kind,
      signed: kind === 'custom' && oac !== undefined && oac.value !== '',
      headers: this.headers(node),
      conditions: [...conditions, ...(position?.conditions ?? [])],
    }
    const originPath = this.textSetting(node, 'OriginPath')
    if (originPath) origin.originPath = originPath
    const numbers = {
      httpPort: this.setting(custom, 'HTTPPort'),
      httpsPort: this.setting(custom, 'HTTPSPort'),
      readTimeout: this.setting(custom, 'OriginReadTimeout'),
      keepAliveTimeout: this.setting(custom, 'OriginKeepaliveTimeout'),
      connectionAttempts: this.setting(node, 'ConnectionAttempts'),
      connectionTimeout: this.setting(node, 'ConnectionTimeout'),
    }
    for (const [key, value] of Object.entries(numbers)) {
      if (value) (origin as unknown as Record<string, unknown>)[key] = scalarValue(value)
    }
    const policy = this.textSetting(custom, 'OriginProtocolPolicy')
    if (policy) origin.protocolPolicy = policy
    const ipAddressType = this.textSetting(custom, 'IpAddressType')
    if (ipAddressType) origin.ipAddressType = ipAddressType
    const protocols = entry(custom, 'OriginSSLProtocols') ?? entry(custom, 'OriginSslProtocols')
    if (protocols) origin.sslProtocols = this.stringList(protocols.value, protocols.line)
    return origin
  }

  private stringList(node: TreeNode, line: number): RawValue<string[]> {
    if (node.kind === 'function') {
      const whole = this.raw(node, line)
      if (!whole || whole.value === undefined) return (whole as RawValue<string[]>) ?? { value: [], line }
      return { value: (Array.isArray(whole.value) ? whole.value : [whole.value]).map(String), line }
    }
    const values: string[] = []
    for (const { node: item } of this.list(node)) {
      const value = this.text(item, item.line)
      if (value?.unresolved) return { unresolved: value.unresolved, line: item.line }
      if (value?.value !== undefined) values.push(value.value)
    }
    return { value: values, line }
  }

  private headers(node: TreeNode): RawOrigin['headers'] {
    const list = child(node, 'OriginCustomHeaders', 'CustomHeaders')
    return this.list(list).flatMap(({ node: header }) => {
      const name = this.textSetting(header, 'HeaderName')
      if (!name) return []
      return [{ name, value: this.textSetting(header, 'HeaderValue') ?? { value: '', line: name.line } }]
    })
  }

  group(node: TreeNode): RawGroup {
    const resolved = this.resolver.map(node)?.node ?? node
    const members = this.list(child(resolved, 'Members')).flatMap(({ node: member }) => {
      const id = this.textSetting(member, 'OriginId')
      return id ? [id] : []
    })
    return { line: node.line, id: this.textSetting(resolved, 'Id') ?? { line: node.line }, members }
  }

  behaviours(config: TreeNode): RawBehaviour[] {
    const behaviours: RawBehaviour[] = []
    const fallback = this.resolver.map(child(config, 'DefaultCacheBehavior'))
    if (fallback) behaviours.push(this.behaviour(fallback.node, '*'))
    for (const { node } of this.list(child(config, 'CacheBehaviors'))) {
      const resolved = this.resolver.map(node)?.node ?? node
      const pattern = this.textSetting(resolved, 'PathPattern')?.value ?? '?'
      behaviours.push({ ...this.behaviour(resolved, pattern), line: node.line })
    }
    return behaviours
  }

  private behaviour(node: TreeNode, pathPattern: string): RawBehaviour {
    const line = node.line
    const policyOf = (kind: 'origin-request' | 'cache', key: string): PolicyView => {
      const found = child(node, key)
      if (!found) return { kind: 'none' }
      const value = this.resolver.value(found)
      if (value !== NO_VALUE && value.ok && (value.value === '' || value.value === null)) return { kind: 'none' }
      return value === NO_VALUE ? { kind: 'none' } : this.resolver.policy(kind, found)
    }
    const forwarded = this.resolver.map(child(node, 'ForwardedValues'))?.node
    const headersNode = forwarded ? child(forwarded, 'Headers') : undefined
    const legacy = headersNode ? this.list(headersNode).map(({ node: h }) => this.text(h, h.line)?.value ?? '') : forwarded ? [] : undefined
    const policyLine = keyLine(node, line, 'OriginRequestPolicyId', 'CachePolicyId', 'ForwardedValues')
    return {
      pathPattern,
      line,
      target: this.textSetting(node, 'TargetOriginId') ?? { line },
      host: decideHost({
        originRequest: policyOf('origin-request', 'OriginRequestPolicyId'),
        cache: policyOf('cache', 'CachePolicyId'),
        legacyHeaders: legacyHeadersView(legacy),
        line: policyLine,
      }),
    }
  }
}

/** Settings read as numbers or strings ("8443" from a Number parameter). */
function scalarValue(raw: RawValue<Value>): RawValue<number | string> {
  if (raw.value === undefined) return raw as RawValue<number | string>
  const value = raw.value
  return { ...raw, value: typeof value === 'number' || typeof value === 'string' ? value : JSON.stringify(value) }
}

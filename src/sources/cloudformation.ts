/**
 * CloudFormation templates (YAML with short-form tags, or JSON; CDK's synthesized templates alike):
 * every AWS::CloudFront::Distribution, its origins named `<logical id>/<origin id>`.
 */

import { dirname } from 'node:path'
import { assemble } from './assemble.js'
import { readTemplateFunctions } from './cloudformation-functions.js'
import { NO_VALUE, decideCondition, evaluate, type ParameterValue, type TemplateContext } from './cloudformation-intrinsics.js'
import { readDistributionConfig, type Positioned, type Resolver } from './distribution-config.js'
import { cacheHeadersForwardHost, managedPolicy, originRequestHeadersForwardHost, type PolicyView } from './host-forwarding.js'
import type { RawDistribution } from './raw.js'
import { invalidSource, parsedOrInvalid } from './source-invalid.js'
import { child, entry, type TreeNode } from './tree.js'
import type { SourceResult } from './types.js'
import { asText } from './as-text.js'
import { RepositoryFiles } from './repository-files.js'

/** Values for template Parameters (and pseudo-parameters such as `AWS::Region`), as the config gives them. */
export type TemplateParameters = Readonly<Record<string, string | number | boolean | readonly (string | number)[]>>

export interface CloudFormationOptions {
  parameters?: TemplateParameters
  /** Where code the template names may be read; by default the template's own folder. */
  repository?: RepositoryFiles
}

const DISTRIBUTION = 'AWS::CloudFront::Distribution'
const ORIGIN_REQUEST_POLICY = 'AWS::CloudFront::OriginRequestPolicy'
const CACHE_POLICY = 'AWS::CloudFront::CachePolicy'

export function readCloudFormation(text: string, file: string, options: CloudFormationOptions = {}): SourceResult {
  const parsed = parsedOrInvalid(text, file, 'cloudformation')
  if ('result' in parsed) return parsed.result
  const { root, findings } = parsed
  const resources = child(root, 'Resources')
  if (root.kind !== 'map' || resources?.kind !== 'map') {
    return { origins: [], findings: [...findings, invalidSource(file, root.line, 'cloudformation', 'no-resources')] }
  }
  const ctx = templateContext(root, resources, options.parameters ?? {})
  const resolver = templateResolver(ctx, resources)
  const distributions: RawDistribution[] = []
  const configs: { logicalId: string; config: TreeNode }[] = []
  for (const [logicalId, { value: resource }] of resources.entries) {
    if (textOf(child(resource, 'Type')) !== DISTRIBUTION) continue
    const condition = textOf(child(resource, 'Condition'))
    const decided = condition === undefined ? true : decideCondition(condition, ctx)
    if (decided === false) continue
    const config = child(child(resource, 'Properties'), 'DistributionConfig')
    const placed = config ? resolver.map(config) : undefined
    if (!placed) continue
    configs.push({ logicalId, config: placed.node })
    const conditions = [...(decided === 'unknown' && condition ? [condition] : []), ...placed.conditions]
    distributions.push(
      readDistributionConfig(placed.node, resolver, {
        format: 'cloudformation',
        container: logicalId,
        file,
        line: resource.line,
        conditions,
      }),
    )
  }
  const result = assemble(distributions)
  const repository = options.repository ?? new RepositoryFiles(dirname(file))
  const lines = text.split('\n')
  const functions = readTemplateFunctions({ lines, file, repository, resources, ctx, resolver, distributions: configs })
  return {
    origins: result.origins,
    findings: [...findings, ...result.findings, ...functions.findings],
    functions: functions.functions,
    files: functions.files,
  }
}

function textOf(node: TreeNode | undefined): string | undefined {
  return node?.kind === 'scalar' && node.value !== null ? String(node.value) : undefined
}

function templateContext(root: TreeNode, resources: TreeNode & { kind: 'map' }, given: TemplateParameters): TemplateContext {
  const parameters = new Map<string, ParameterValue>()
  const declared = child(root, 'Parameters')
  if (declared?.kind === 'map') {
    for (const [name, { value: definition }] of declared.entries) {
      parameters.set(name, parameterValue(definition, given[name]))
    }
  }
  const pseudo = new Map(
    Object.entries(given)
      .filter(([name]) => name.startsWith('AWS::'))
      .map(([name, value]) => [name, String(value)]),
  )
  const conditions = new Map<string, TreeNode>()
  const declaredConditions = child(root, 'Conditions')
  if (declaredConditions?.kind === 'map') for (const [name, { value }] of declaredConditions.entries) conditions.set(name, value)
  const types = new Map<string, string>()
  for (const [id, { value }] of resources.entries) types.set(id, textOf(child(value, 'Type')) ?? '')
  const mappings = child(root, 'Mappings')
  return { parameters, pseudo, conditions, resources: types, decided: new Map(), ...(mappings ? { mappings } : {}) }
}

/** A given value, else the Default; SSM parameters hold a parameter name, not the value, so only a given value counts. */
function parameterValue(definition: TreeNode, given: TemplateParameters[string] | undefined): ParameterValue {
  const type = textOf(child(definition, 'Type')) ?? 'String'
  const isList = type.startsWith('List<') || type === 'CommaDelimitedList' || type.includes('::List<')
  const asValue = (value: string | readonly (string | number)[]): ParameterValue => {
    if (Array.isArray(value)) return { value: value.map(String) }
    return { value: isList ? String(value).split(',') : String(value) }
  }
  if (given !== undefined) return asValue(typeof given === 'object' ? given : String(given))
  if (type.startsWith('AWS::SSM::Parameter::Value')) return { missing: 'parameter' }
  const fallback = child(definition, 'Default')
  if (fallback?.kind === 'scalar' && fallback.value !== null) return asValue(String(fallback.value))
  if (fallback?.kind === 'list') return { value: fallback.items.map((item) => textOf(item) ?? '') }
  return { missing: 'parameter' }
}

function templateResolver(ctx: TemplateContext, resources: TreeNode & { kind: 'map' }): Resolver {
  const map = (node: TreeNode | undefined): Positioned | undefined => {
    if (!node) return undefined
    if (node.kind === 'function' && node.name === 'Ref' && textOf(node.argument) === 'AWS::NoValue') return undefined
    if (node.kind !== 'function' || node.name !== 'Fn::If' || node.argument.kind !== 'list') return { node, conditions: [] }
    const [condition, whenTrue, whenFalse] = node.argument.items
    const name = textOf(condition) ?? ''
    const decided = decideCondition(name, ctx)
    if (decided !== 'unknown') return map(decided ? whenTrue : whenFalse)
    // Undecidable: read what is there, and say which condition it hangs on.
    const chosen = map(whenTrue) ?? map(whenFalse)
    return chosen ? { node: chosen.node, conditions: [name, ...chosen.conditions] } : undefined
  }
  const items = (node: TreeNode | undefined): Positioned[] => {
    const whole = map(node)
    if (!whole) return []
    if (whole.node.kind === 'list') {
      return whole.node.items.flatMap((item) => {
        const placed = map(item)
        return placed ? [{ node: placed.node, conditions: [...whole.conditions, ...placed.conditions] }] : []
      })
    }
    const evaluated = evaluate(whole.node, ctx)
    if (evaluated === NO_VALUE || !evaluated.ok || !Array.isArray(evaluated.value)) return []
    return evaluated.value.map((value) => ({
      node: { kind: 'scalar', line: whole.node.line, value: typeof value === 'object' ? JSON.stringify(value) : value },
      conditions: whole.conditions,
    }))
  }
  return {
    value: (node) => evaluate(node, ctx),
    map,
    items,
    policy: (kind, node) => templatePolicy(kind, node, ctx, resources),
  }
}

/** A policy of this template read from its own resource; a literal id through the managed table. */
function templatePolicy(
  kind: 'origin-request' | 'cache',
  node: TreeNode,
  ctx: TemplateContext,
  resources: TreeNode & { kind: 'map' },
): PolicyView {
  const logicalId = referencedResource(node)
  const resource = logicalId ? entry(resources, logicalId)?.value : undefined
  const type = textOf(child(resource, 'Type'))
  if (resource && type === (kind === 'origin-request' ? ORIGIN_REQUEST_POLICY : CACHE_POLICY)) {
    const properties = child(resource, 'Properties')
    const headersConfig =
      kind === 'origin-request'
        ? child(child(properties, 'OriginRequestPolicyConfig'), 'HeadersConfig')
        : child(child(child(properties, 'CachePolicyConfig'), 'ParametersInCacheKeyAndForwardedToOrigin'), 'HeadersConfig')
    const behavior = headersConfig
      ? evaluate(child(headersConfig, 'HeaderBehavior') ?? { kind: 'scalar', line: 0, value: 'none' }, ctx)
      : undefined
    const headers = child(headersConfig, 'Headers')
    const headerValues = headers ? evaluate(headers, ctx) : { ok: true as const, value: [] }
    if (!behavior || behavior === NO_VALUE || !behavior.ok || headerValues === NO_VALUE || !headerValues.ok) {
      return { kind: 'unresolved', expression: `${logicalId} HeadersConfig` }
    }
    const list = (Array.isArray(headerValues.value) ? headerValues.value : []).map(String)
    const forwardsHost =
      kind === 'origin-request'
        ? originRequestHeadersForwardHost(asText(behavior.value), list)
        : cacheHeadersForwardHost(asText(behavior.value), list)
    return { kind: 'known', forwardsHost }
  }
  const value = evaluate(node, ctx)
  if (value === NO_VALUE) return { kind: 'none' }
  if (!value.ok) return { kind: 'unresolved', expression: value.expression }
  return managedPolicy(kind, asText(value.value))
}

/** `!Ref Policy` or `!GetAtt Policy.Id`: the logical id named. */
function referencedResource(node: TreeNode): string | undefined {
  if (node.kind !== 'function') return undefined
  if (node.name === 'Ref') return textOf(node.argument)
  if (node.name === 'Fn::GetAtt') {
    const arg = node.argument
    if (arg.kind === 'scalar') return String(arg.value).split('.')[0]
    if (arg.kind === 'list') return textOf(arg.items[0])
  }
  return undefined
}

/**
 * Edge functions a CloudFormation template declares: every AWS::CloudFront::Function, and each Lambda
 * function a distribution's behaviours associate (`LambdaFunctionAssociations`), through the version,
 * alias or function the ARN names. The events are those of every behaviour that associates the function.
 * Lambda functions no behaviour associates are ordinary Lambdas, not edge functions: never read.
 */

import { NO_VALUE, decideCondition, render, type TemplateContext } from './cloudformation-intrinsics.js'
import { readLambdaFunction, type LambdaTarget } from './cloudformation-lambda.js'
import { resolvedText, type TemplateFunctionInput } from './template-functions.js'
import { eventsOf } from './function-declaration.js'
import type { Resolver } from './distribution-config.js'
import { child, entry, type TreeNode } from './tree.js'
import type { StaticFinding } from './types.js'
import { asText } from './as-text.js'
import { EDGE_EVENTS, type EdgeAssociation, type EdgeEvent, type EdgeFunctionDeclaration } from '../edge-functions/types.js'
import { inlineCode, textValue } from './inline-code.js'

export interface FunctionsRead {
  functions: EdgeFunctionDeclaration[]
  findings: StaticFinding[]
  /** Code files read inside the repository (CDK assets, SAM folders), absolute. */
  files: string[]
}

const CLOUDFRONT_FUNCTION = 'AWS::CloudFront::Function'
const LAMBDA_TYPES = new Set(['AWS::Lambda::Function', 'AWS::Lambda::Version', 'AWS::Lambda::Alias', 'AWS::Serverless::Function'])

/** What an association's ARN names: a resource of the template (with what follows its ARN), a literal ARN, or nothing knowable. */
type ArnTarget =
  | { kind: 'resource'; logicalId: string; attribute?: string; suffix?: string }
  | { kind: 'literal'; arn: string }
  | { kind: 'unresolved'; expression: string; reason: string }

interface Association extends EdgeAssociation {
  includeBody: boolean
  /** Line of the ARN setting. */
  arnLine: number
  target: ArnTarget
}

export function readTemplateFunctions(input: TemplateFunctionInput): FunctionsRead {
  const out: FunctionsRead = { functions: [], findings: [], files: [] }
  const cloudFront = new Map<string, Association[]>()
  const lambda = new Map<string, Association[]>()
  const add = (map: Map<string, Association[]>, key: string, association: Association) => {
    const known = map.get(key)
    if (known) known.push(association)
    else map.set(key, [association])
  }

  for (const { config } of input.distributions) {
    for (const behaviour of behaviours(config, input.resolver)) {
      for (const [list, arnKey, into] of [
        ['FunctionAssociations', 'FunctionARN', cloudFront],
        ['LambdaFunctionAssociations', 'LambdaFunctionARN', lambda],
      ] as const) {
        for (const { node } of input.resolver.items(child(behaviour, list))) {
          const association = readAssociation(node, arnKey, input)
          if (!association) continue
          const { target } = association
          if (target.kind === 'unresolved') {
            out.findings.push(unresolvedArn(input.file, association.arnLine, arnKey, target))
            continue
          }
          add(into, target.kind === 'literal' ? target.arn : target.logicalId, association)
        }
      }
    }
  }

  // Every CloudFront Function is checked: its code must compile to publish, associated here or not.
  for (const [logicalId, { value: resource, line }] of input.resources.entries) {
    if (textValue(child(resource, 'Type')) !== CLOUDFRONT_FUNCTION || !present(resource, input.ctx)) continue
    out.functions.push(cloudFrontFunction(logicalId, resource, line, cloudFront.get(logicalId) ?? [], input))
    cloudFront.delete(logicalId)
  }
  for (const [key, associations] of cloudFront) {
    const first = associations[0]!
    if (first.target.kind === 'literal') out.functions.push(elsewhere('cloudfront-function', key, associations, input.file))
    else out.findings.push(unresolvedArn(input.file, first.arnLine, 'FunctionARN', notAFunction(key, input)))
  }
  for (const [key, associations] of lambda) {
    const first = associations[0]!
    if (first.target.kind === 'literal') {
      out.functions.push(elsewhere('lambda-edge', key, associations, input.file))
      continue
    }
    const targets = associations.map((a) => lambdaTarget(a, input))
    const found = targets.find((t) => t !== undefined)
    if (!found) {
      out.findings.push(unresolvedArn(input.file, first.arnLine, 'LambdaFunctionARN', notAFunction(key, input)))
      continue
    }
    const read = readLambdaFunction(found, targets, associations, input)
    out.functions.push(read.declaration)
    out.findings.push(...read.findings)
  }
  out.files.push(...input.repository.read)
  return out
}

/** The default behaviour and every cache behaviour, through Fn::If. */
function behaviours(config: TreeNode, resolver: Resolver): TreeNode[] {
  const found: TreeNode[] = []
  const fallback = resolver.map(child(config, 'DefaultCacheBehavior'))
  if (fallback) found.push(fallback.node)
  for (const { node } of resolver.items(child(config, 'CacheBehaviors'))) found.push(resolver.map(node)?.node ?? node)
  return found
}

function readAssociation(node: TreeNode, arnKey: string, input: TemplateFunctionInput): Association | undefined {
  const item = input.resolver.map(node)?.node ?? node
  const eventEntry = entry(item, 'EventType')
  const arnEntry = entry(item, arnKey)
  if (!eventEntry || !arnEntry) return undefined
  const event = input.resolver.value(eventEntry.value)
  if (event === NO_VALUE || !event.ok || !(EDGE_EVENTS as readonly string[]).includes(asText(event.value))) return undefined
  const includeBody = input.resolver.value(child(item, 'IncludeBody') ?? { kind: 'scalar', line: 0, value: false })
  return {
    event: asText(event.value) as EdgeEvent,
    file: input.file,
    line: eventEntry.line,
    includeBody: includeBody !== NO_VALUE && includeBody.ok && (includeBody.value === true || includeBody.value === 'true'),
    arnLine: arnEntry.line,
    target: arnTarget(arnEntry.value, input),
  }
}

const SUB_REFERENCE = /^\$\{([A-Za-z0-9]+)(?:\.([A-Za-z0-9]+))?\}(?::(.*))?$/

function arnTarget(node: TreeNode, input: TemplateFunctionInput): ArnTarget {
  const isResource = (id: string) => input.ctx.resources.has(id)
  if (node.kind === 'function') {
    const arg = node.argument
    if (node.name === 'Ref' && arg.kind === 'scalar') {
      const [id, attribute] = String(arg.value).split('.')
      // SAM: `!Ref Fn.Version` and `!Ref Fn.Alias` name the function's published version and alias.
      if (id && isResource(id)) return { kind: 'resource', logicalId: id, ...(attribute ? { attribute: `Ref.${attribute}` } : {}) }
    }
    if (node.name === 'Fn::GetAtt') {
      const [id, attribute] = arg.kind === 'list' ? arg.items.map((i) => textValue(i) ?? '') : String(textValue(arg) ?? '').split('.')
      if (id && isResource(id)) return { kind: 'resource', logicalId: id, ...(attribute ? { attribute } : {}) }
    }
    if (node.name === 'Fn::Sub' && (arg.kind === 'scalar' || arg.kind === 'list')) {
      const template = textValue(arg.kind === 'list' ? arg.items[0] : arg) ?? ''
      const match = SUB_REFERENCE.exec(template)
      if (match && isResource(match[1]!))
        return {
          kind: 'resource',
          logicalId: match[1]!,
          ...(match[2] ? { attribute: match[2] } : {}),
          ...(match[3] ? { suffix: match[3] } : {}),
        }
    }
    if (node.name === 'Fn::Join' && arg.kind === 'list') {
      const joined = joinedReference(arg.items, input)
      if (joined) return joined
    }
  }
  const value = input.resolver.value(node)
  if (value === NO_VALUE) return { kind: 'unresolved', expression: render(node), reason: 'empty' }
  if (!value.ok) return { kind: 'unresolved', expression: value.expression, reason: value.reason }
  const text = asText(value.value)
  return text.startsWith('arn:') ? { kind: 'literal', arn: text } : { kind: 'unresolved', expression: render(node), reason: 'function' }
}

/** `!Join [':', [!GetAtt Fn.Arn, '3']]` (or `''` and `':3'`): the function and its qualifier. */
function joinedReference(items: TreeNode[], input: TemplateFunctionInput): ArnTarget | undefined {
  const [delimiter, list] = items
  const d = textValue(delimiter)
  if (d === undefined || list?.kind !== 'list' || list.items.length < 2) return undefined
  const head = arnTarget(list.items[0]!, input)
  if (head.kind !== 'resource' || head.suffix !== undefined) return undefined
  const rest: string[] = []
  for (const item of list.items.slice(1)) {
    const value = input.resolver.value(item)
    if (value === NO_VALUE || !value.ok) return undefined
    rest.push(asText(value.value))
  }
  const tail = rest.join(d)
  const suffix = d === ':' ? tail : tail.startsWith(':') ? tail.slice(1) : undefined
  return suffix === undefined ? undefined : { ...head, suffix }
}

function present(resource: TreeNode, ctx: TemplateContext): boolean {
  const condition = textValue(child(resource, 'Condition'))
  if (condition === undefined) return true
  return decideCondition(condition, ctx) !== false
}

function cloudFrontFunction(
  logicalId: string,
  resource: TreeNode,
  line: number,
  associations: Association[],
  input: TemplateFunctionInput,
): EdgeFunctionDeclaration {
  const properties = child(resource, 'Properties')
  const name = resolvedText(child(properties, 'Name'), input) ?? logicalId
  const runtime = resolvedText(child(child(properties, 'FunctionConfig'), 'Runtime'), input)
  const declaration: EdgeFunctionDeclaration = {
    name,
    kind: 'cloudfront-function',
    runtime: runtime === 'cloudfront-js-1.0' ? 'cloudfront-js-1.0' : 'cloudfront-js-2.0',
    file: input.file,
    declaredAt: { file: input.file, line },
    handler: 'handler',
    events: eventsOf(associations),
    associations: associations.map(({ event, file, line: at }) => ({ event, file, line: at })),
  }
  const code = entry(properties, 'FunctionCode')
  const inline = code ? inlineCode(code, input.lines, input.resolver) : undefined
  if (inline?.code !== undefined) Object.assign(declaration, inline.placement, { code: inline.code })
  else declaration.codeElsewhere = inline?.expression ?? 'FunctionCode (none)'
  return declaration
}

/** A function of another stack or account, named by its ARN: only what the ARN and the associations say is checked. */
function elsewhere(kind: EdgeFunctionDeclaration['kind'], arn: string, associations: Association[], file: string): EdgeFunctionDeclaration {
  const first = associations[0]!
  const parts = arn.split(/[:/]/)
  const declaration: EdgeFunctionDeclaration = {
    name: (kind === 'lambda-edge' ? parts[6] : parts.at(-1)) || arn,
    kind,
    file,
    declaredAt: { file, line: first.arnLine },
    events: eventsOf(associations),
    associations: associations.map(({ event, file: f, line }) => ({ event, file: f, line })),
    codeElsewhere: arn,
  }
  if (kind === 'cloudfront-function') declaration.runtime = 'cloudfront-js-2.0'
  else {
    declaration.includeBody = associations.some((a) => a.includeBody)
    declaration.lambda = { arn, lines: { arn: first.arnLine } }
  }
  return declaration
}

/** The Lambda function an association reaches, with the qualifier and provisioned concurrency on the way. */
function lambdaTarget(association: Association, input: TemplateFunctionInput): LambdaTarget | undefined {
  const target = association.target
  if (target.kind !== 'resource') return undefined
  const seen = new Set<string>()
  let logicalId = target.logicalId
  let qualifier: string | undefined = target.suffix ?? ''
  let provisioned: { value: number; line: number } | undefined
  for (;;) {
    if (seen.has(logicalId)) return undefined
    seen.add(logicalId)
    const resource = entry(input.resources, logicalId)?.value
    const type = textValue(child(resource, 'Type')) ?? ''
    if (!LAMBDA_TYPES.has(type)) return undefined
    const properties = child(resource, 'Properties')
    provisioned ??= provisionedOf(properties, input)
    if (type === 'AWS::Lambda::Function' || type === 'AWS::Serverless::Function') {
      if (type === 'AWS::Serverless::Function' && target.attribute === 'Ref.Version' && logicalId === target.logicalId)
        qualifier = undefined
      if (type === 'AWS::Serverless::Function' && target.attribute === 'Ref.Alias' && logicalId === target.logicalId)
        qualifier = resolvedText(child(properties, 'AutoPublishAlias'), input) ?? 'alias'
      return { logicalId, resource: resource!, qualifier, ...(provisioned ? { provisioned } : {}), arnLine: association.arnLine }
    }
    // A version is a number by construction; an alias is named.
    if (logicalId === target.logicalId && target.suffix === undefined)
      qualifier = type === 'AWS::Lambda::Version' ? undefined : (resolvedText(child(properties, 'Name'), input) ?? 'alias')
    const next = arnTarget(child(properties, 'FunctionName') ?? { kind: 'scalar', line: 0, value: null }, input)
    if (next.kind !== 'resource') return undefined
    logicalId = next.logicalId
  }
}

function provisionedOf(properties: TreeNode | undefined, input: TemplateFunctionInput): { value: number; line: number } | undefined {
  const config = entry(properties, 'ProvisionedConcurrencyConfig')
  const count = config ? entry(input.resolver.map(config.value)?.node, 'ProvisionedConcurrentExecutions') : undefined
  if (!count) return undefined
  const value = input.resolver.value(count.value)
  if (value === NO_VALUE || !value.ok) return undefined
  const n = Number(value.value)
  return Number.isFinite(n) && n > 0 ? { value: n, line: count.line } : undefined
}

function notAFunction(logicalId: string, input: TemplateFunctionInput): { expression: string; reason: string } {
  const type = input.ctx.resources.get(logicalId) ?? ''
  return { expression: `${logicalId} (${type || 'unknown type'})`, reason: 'attribute' }
}

function unresolvedArn(file: string, line: number, setting: string, target: { expression: string; reason: string }): StaticFinding {
  return {
    code: 'SOURCE_UNRESOLVED',
    file,
    line,
    details: { setting, expression: target.expression, because: target.reason, unchecked: ['edge-function'] },
  }
}

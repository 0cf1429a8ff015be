/**
 * A Lambda function a behaviour associates, read from its template resource (AWS::Lambda::Function, or
 * SAM's AWS::Serverless::Function): the deployment settings CloudFront's association rules judge, each
 * with its line, and the code: inline (`ZipFile`, `InlineCode`), a CDK asset folder beside the template
 * (`Metadata."aws:asset:path"`), or a SAM `CodeUri` folder. Code elsewhere (S3, an image) is named, not read.
 */

import { dirname, join } from 'node:path'
import { NO_VALUE } from './cloudformation-intrinsics.js'
import { resolvedText, type TemplateFunctionInput } from './template-functions.js'
import { lambdaEdgeDeclaration, type LambdaCodePlace } from './function-declaration.js'
import { invalidSource } from './source-invalid.js'
import type { StaticFinding } from './types.js'
import { inlineCode } from './inline-code.js'
import { child, entry, type TreeNode } from './tree.js'
import { asText } from './as-text.js'
import type { EdgeAssociation, EdgeFunctionDeclaration, LambdaDeploySettings } from '../edge-functions/types.js'

export interface LambdaTarget {
  logicalId: string
  resource: TreeNode
  /** Digits or undefined for a published version, '' for the function itself, `$LATEST`, or an alias name. */
  qualifier: string | undefined
  provisioned?: { value: number; line: number }
  arnLine: number
}

type Lines = NonNullable<LambdaDeploySettings['lines']>

export function readLambdaFunction(
  found: LambdaTarget,
  targets: readonly (LambdaTarget | undefined)[],
  associations: readonly (EdgeAssociation & { includeBody: boolean })[],
  input: TemplateFunctionInput,
): { declaration: EdgeFunctionDeclaration; findings: StaticFinding[] } {
  const { resource } = found
  const properties = input.resolver.map(child(resource, 'Properties'))?.node
  const sam = resolvedText(child(resource, 'Type'), input) === 'AWS::Serverless::Function'
  const declaredLine = entry(input.resources, found.logicalId)?.line ?? resource.line
  const settings: LambdaDeploySettings = {}
  const lines: Lines = {}
  const setting = (key: string) => {
    const found = entry(properties, key)
    if (!found) return undefined
    const value = input.resolver.value(found.value)
    return value === NO_VALUE || !value.ok || value.value === null ? undefined : { value: value.value, line: found.line }
  }
  const text = (key: keyof Lines, source: string) => {
    const read = setting(source)
    if (read === undefined || typeof read.value === 'object') return undefined
    lines[key] = read.line
    return asText(read.value)
  }
  const number = (key: keyof Lines, source: string) => {
    const read = setting(source)
    const n = read === undefined ? NaN : Number(read.value)
    if (!Number.isFinite(n)) return undefined
    lines[key] = read!.line
    return n
  }

  // The worst qualifier any association names: one refused association fails the deployment.
  const refused = targets.find((t) => t !== undefined && t.qualifier !== undefined)
  if (refused) {
    settings.qualifier = refused.qualifier!
    lines.qualifier = { file: input.file, line: refused.arnLine }
  }
  const region = input.ctx.pseudo.get('AWS::Region')
  if (region !== undefined) settings.region = region
  const runtime = text('runtime', 'Runtime')
  if (runtime !== undefined) settings.runtime = runtime
  const timeout = number('timeoutSeconds', 'Timeout')
  if (timeout !== undefined) settings.timeoutSeconds = timeout
  const memory = number('memoryMb', 'MemorySize')
  if (memory !== undefined) settings.memoryMb = memory
  const environment = entry(properties, 'Environment')
  const variables = environment ? entry(input.resolver.map(environment.value)?.node, 'Variables') : undefined
  const variableMap = variables ? input.resolver.map(variables.value)?.node : undefined
  if (environment && variableMap?.kind === 'map' && variableMap.entries.size > 0) {
    settings.environment = [...variableMap.entries.keys()]
    lines.environment = environment.line
  }
  const vpc = entry(properties, 'VpcConfig')
  const subnets = vpc ? child(input.resolver.map(vpc.value)?.node, 'SubnetIds') : undefined
  if (vpc && subnets && hasItems(subnets, input)) {
    settings.vpc = true
    lines.vpc = vpc.line
  }
  const layers = entry(properties, 'Layers')
  if (layers && input.resolver.items(layers.value).length > 0) {
    settings.layers = input.resolver.items(layers.value).map(({ node }) => resolvedText(node, input) ?? '(known at deploy)')
    lines.layers = layers.line
  }
  const architectures = setting('Architectures')
  if (architectures && Array.isArray(architectures.value)) {
    settings.architectures = architectures.value.map(asText)
    lines.architectures = architectures.line
  }
  const packageType = text('packageType', 'PackageType')
  if (packageType !== undefined) settings.packageType = packageType
  const tracingConfig = entry(properties, 'TracingConfig')
  const tracing = sam
    ? text('tracing', 'Tracing')
    : tracingConfig
      ? resolvedText(child(input.resolver.map(tracingConfig.value)?.node, 'Mode'), input)
      : undefined
  if (tracing !== undefined) {
    settings.tracing = tracing
    if (tracingConfig) lines.tracing = tracingConfig.line
  }
  const reserved = number('reservedConcurrency', 'ReservedConcurrentExecutions')
  if (reserved !== undefined) settings.reservedConcurrency = reserved
  const provisioned = targets.find((t) => t?.provisioned)?.provisioned
  if (provisioned) {
    settings.provisionedConcurrency = provisioned.value
    lines.provisionedConcurrency = provisioned.line
  }

  const handler = resolvedText(child(properties, 'Handler'), input)
  const findings: StaticFinding[] = []
  const code = readCode(resource, properties, sam, handler, runtime, input)
  if (code.outside) findings.push(code.outside)
  if (code.bytes !== undefined) {
    settings.packageBytes = code.bytes.value
    lines.packageBytes = code.bytes.line
  }
  settings.lines = lines
  const name = resolvedText(child(properties, 'FunctionName'), input) ?? found.logicalId
  const declaration = lambdaEdgeDeclaration({ name, file: input.file, line: declaredLine, handler }, associations, code, settings)
  return { declaration, findings }
}

interface CodeRead extends LambdaCodePlace {
  bytes?: { value: number; line: number }
  /** The path named leads outside the repository: not read, and said so. */
  outside?: StaticFinding
}

function readCode(
  resource: TreeNode,
  properties: TreeNode | undefined,
  sam: boolean,
  handler: string | undefined,
  runtime: string | undefined,
  input: TemplateFunctionInput,
): CodeRead {
  const codeEntry = entry(properties, sam ? 'CodeUri' : 'Code')
  const codeLine = codeEntry?.line ?? resource.line
  // The checks run JavaScript: another runtime's code is named, never parsed as JavaScript.
  if (runtime !== undefined && !runtime.startsWith('nodejs')) return { elsewhere: `${runtime} code` }
  const inlineEntry = sam ? entry(properties, 'InlineCode') : entry(input.resolver.map(codeEntry?.value)?.node, 'ZipFile')
  if (inlineEntry) {
    const inline = inlineCode(inlineEntry, input.lines, input.resolver)
    if (inline.code === undefined) return { elsewhere: inline.expression ?? 'inline code' }
    return {
      inline: { code: inline.code, ...inline.placement },
      elsewhere: '',
      bytes: { value: Buffer.byteLength(inline.code), line: inlineEntry.line },
    }
  }
  const assetPath = resolvedText(child(child(resource, 'Metadata'), 'aws:asset:path'), input)
  const local = assetPath ?? (sam ? resolvedText(codeEntry?.value, input) : undefined)
  if (local !== undefined && !/^[a-z0-9]+:\/\//i.test(local)) {
    const place = input.repository.place(join(dirname(input.file), local))
    if (place.kind === 'outside') {
      const setting = assetPath !== undefined ? 'aws:asset:path' : 'CodeUri'
      const line = assetPath !== undefined ? (entry(child(resource, 'Metadata'), 'aws:asset:path')?.line ?? codeLine) : codeLine
      const outside = invalidSource(input.file, line, 'cloudformation', 'outside-repository', { setting })
      return { elsewhere: `${local} (outside the repository)`, outside }
    }
    if (place.kind === 'missing' || place.kind === 'other') return { elsewhere: `${local} (not found beside the template)` }
    const pack = input.repository.codePackage(place)
    const bytes = pack.bytes !== undefined ? { bytes: { value: pack.bytes, line: codeLine } } : {}
    if (place.kind === 'folder') {
      const file = handler ? input.repository.handlerFile(place.path, handler) : undefined
      if (file) return { path: file, elsewhere: '', ...bytes }
      return { elsewhere: `${local} (no file for the handler ${handler ?? '(none)'})`, ...bytes }
    }
    return { elsewhere: local, ...bytes }
  }
  const code = input.resolver.map(codeEntry?.value)?.node
  const image = resolvedText(child(code, 'ImageUri'), input) ?? resolvedText(child(properties, 'ImageUri'), input)
  if (image) return { elsewhere: image }
  const bucket = resolvedText(child(code, 'S3Bucket', 'Bucket'), input)
  const key = resolvedText(child(code, 'S3Key', 'Key'), input)
  if (bucket || key) return { elsewhere: `s3://${bucket ?? '(bucket)'}/${key ?? '(key)'}` }
  return { elsewhere: local ?? 'Code (not readable before deploy)' }
}

function hasItems(node: TreeNode, input: TemplateFunctionInput): boolean {
  const value = input.resolver.value(node)
  if (value !== NO_VALUE && value.ok)
    return Array.isArray(value.value) ? value.value.length > 0 : value.value !== null && value.value !== ''
  // Subnets known only at deploy are still subnets: a VPC.
  return value !== NO_VALUE
}

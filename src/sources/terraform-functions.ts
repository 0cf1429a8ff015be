/**
 * Edge functions in a Terraform plan: every aws_cloudfront_function (the plan carries its code as text),
 * and each aws_lambda_function a distribution's `lambda_function_association` names. ARNs are unknown
 * until apply, so associations are matched to functions through the configuration's references
 * (`aws_cloudfront_function.x.arn`, `aws_lambda_function.y.qualified_arn`); a literal ARN stands for a
 * function managed elsewhere. A Lambda's code is read where the plan shows it on disk (the source of a
 * `data.archive_file`); a zip, S3 or an image is named, not read.
 */

import { basename, dirname, isAbsolute, join, resolve } from 'node:path'
import {
  EDGE_EVENTS,
  type EdgeAssociation,
  type EdgeEvent,
  type EdgeFunctionDeclaration,
  type LambdaDeploySettings,
} from '../edge-functions/types.js'
import { eventsOf, lambdaEdgeDeclaration } from './function-declaration.js'
import type { RepositoryFiles } from './repository-files.js'
import { invalidSource } from './source-invalid.js'
import { blocksOf, type HclBlock, type TerraformFolders } from './terraform-lines.js'
import { first, isMap, list, UNKNOWN, type Change, type Json, type JsonMap, type PlanView } from './plan-json.js'
import type { StaticFinding } from './types.js'
import { asText } from './as-text.js'

const CLOUDFRONT_FUNCTION = 'aws_cloudfront_function'
const LAMBDA = 'aws_lambda_function'
const ALIAS = 'aws_lambda_alias'
const PROVISIONED = 'aws_lambda_provisioned_concurrency_config'

interface Association extends EdgeAssociation {
  includeBody: boolean
  /** Where the ARN is written. */
  arnAt: { file: string; line: number }
  /** The function resource's address, or the literal ARN. */
  target: { address: string; attribute: string } | { arn: string }
}

interface Located {
  file: string
  block?: HclBlock
  line: number
}

export function readPlanFunctions(
  reader: PlanView,
  repository: RepositoryFiles,
): {
  functions: EdgeFunctionDeclaration[]
  findings: StaticFinding[]
  files: string[]
} {
  const functions: EdgeFunctionDeclaration[] = []
  const findings: StaticFinding[] = []
  const files: string[] = []
  const byTarget = new Map<string, Association[]>()
  for (const [address, change] of reader.changes) {
    if (change.type !== 'aws_cloudfront_distribution') continue
    for (const association of distributionAssociations(reader, address, change, findings)) {
      const key = 'arn' in association.target ? association.target.arn : association.target.address
      const known = byTarget.get(key)
      if (known) known.push(association)
      else byTarget.set(key, [association])
    }
  }
  for (const [address, change] of reader.changes) {
    if (change.type !== CLOUDFRONT_FUNCTION) continue
    functions.push(cloudFrontFunction(reader, repository, address, change, byTarget.get(address) ?? [], findings))
    byTarget.delete(address)
  }
  for (const [key, associations] of byTarget) {
    const target = associations[0]!.target
    const lambda = 'address' in target ? reader.changes.get(key) : undefined
    if ('arn' in target) functions.push(elsewhere(target.arn, associations))
    else if (lambda?.type === LAMBDA) {
      const read = lambdaFunction(reader, repository, key, lambda, associations)
      functions.push(read.declaration)
      findings.push(...read.findings)
    } else {
      const at = associations[0]!.arnAt
      findings.push(unresolved(at, 'lambda_arn', key, 'resource'))
    }
  }
  files.push(...repository.read)
  return { functions, findings, files }
}

function distributionAssociations(reader: PlanView, address: string, change: Change, findings: StaticFinding[]): Association[] {
  const config = reader.configuration(change)
  const located = locate(reader, change, config.dir, 'aws_cloudfront_distribution')
  const expressions = isMap(config.resource?.expressions) ? config.resource.expressions : {}
  const values = [...list(change.after.default_cache_behavior), ...list(change.after.ordered_cache_behavior)]
  const unknowns = [...list(change.unknown.default_cache_behavior), ...list(change.unknown.ordered_cache_behavior)]
  const configured = [...list(expressions.default_cache_behavior), ...list(expressions.ordered_cache_behavior)]
  const blocks = [...blocksOf(located.block, 'default_cache_behavior'), ...blocksOf(located.block, 'ordered_cache_behavior')]
  const found: Association[] = []
  values.forEach((value, i) => {
    const behaviour = isMap(value) ? value : {}
    const unknown = isMap(unknowns[i]) ? unknowns[i] : {}
    const expression = isMap(configured[i]) ? configured[i] : {}
    for (const [key, arnKey] of [
      ['function_association', 'function_arn'],
      ['lambda_function_association', 'lambda_arn'],
    ] as const) {
      const expressionList = list(expression[key])
      const blockList = blocksOf(blocks[i], key)
      list(behaviour[key]).forEach((item, j) => {
        if (!isMap(item)) return
        const event = asText(item.event_type)
        if (!(EDGE_EVENTS as readonly string[]).includes(event)) return
        // Associations are a set: the configuration's block of the same event type says what it references.
        const index = expressionList.findIndex((e) => isMap(e) && isMap(e.event_type) && e.event_type.constant_value === event)
        const k = index >= 0 ? index : j
        const block = blockList[k]
        const line = block?.line ?? blocks[i]?.line ?? located.line
        const arnAt = { file: located.file, line: block?.attributes.get(arnKey) ?? line }
        const arnUnknown = isMap(list(unknown[key])[j]) && (list(unknown[key])[j] as JsonMap)[arnKey] === true
        const target = arnTarget(expressionList[k], item[arnKey], arnUnknown, change.moduleAddress, reader)
        if (!target) {
          const expression = referencesOf(expressionList[k], arnKey)[0] ?? UNKNOWN.expression
          findings.push(unresolved(arnAt, arnKey, expression, 'unknown-after-apply', address))
          return
        }
        found.push({
          event: event as EdgeEvent,
          file: located.file,
          line,
          includeBody: item.include_body === true,
          arnAt,
          target,
        })
      })
    }
  })
  return found
}

function referencesOf(expression: Json | undefined, key: string): string[] {
  const value = isMap(expression) ? expression[key] : undefined
  return isMap(value) ? list(value.references).map(String) : []
}

/** The function resource a reference names (in the distribution's module), else a literal ARN the plan knows. */
function arnTarget(
  expression: Json | undefined,
  value: Json | undefined,
  unknown: boolean,
  moduleAddress: string | undefined,
  reader: PlanView,
): Association['target'] | undefined {
  const arnKey = isMap(expression) && isMap(expression.function_arn) ? 'function_arn' : 'lambda_arn'
  for (const reference of referencesOf(expression, arnKey)) {
    const match = /^(aws_cloudfront_function|aws_lambda_function|aws_lambda_alias)\.([A-Za-z0-9_-]+)(?:\[[^\]]*\])?(?:\.([a-z_]+))?$/.exec(
      reference,
    )
    if (!match) continue
    const local = `${match[1]}.${match[2]}`
    const address = resourceAddress(reader, moduleAddress ? `${moduleAddress}.${local}` : local)
    if (address) return { address, attribute: match[3] ?? 'arn' }
  }
  if (!unknown && typeof value === 'string' && value.startsWith('arn:')) return { arn: value }
  return undefined
}

/** The address itself, or its first instance (`count` and `for_each`). */
function resourceAddress(reader: PlanView, address: string): string | undefined {
  if (reader.changes.has(address)) return address
  return [...reader.changes.keys()].find((a) => a.startsWith(`${address}[`))
}

function locate(reader: PlanView, change: Change, dir: string | undefined, type: string): Located {
  const found = dir ? reader.folders.resource(dir, type, change.name) : undefined
  return found ? { file: found.file, block: found.block, line: found.block.line } : { ...reader.fallback }
}

function cloudFrontFunction(
  reader: PlanView,
  repository: RepositoryFiles,
  address: string,
  change: Change,
  associations: Association[],
  findings: StaticFinding[],
): EdgeFunctionDeclaration {
  const config = reader.configuration(change)
  const located = locate(reader, change, config.dir, CLOUDFRONT_FUNCTION)
  const values = change.after
  const declaration: EdgeFunctionDeclaration = {
    name: typeof values.name === 'string' && values.name !== '' ? values.name : address,
    kind: 'cloudfront-function',
    runtime: values.runtime === 'cloudfront-js-1.0' ? 'cloudfront-js-1.0' : 'cloudfront-js-2.0',
    file: located.file,
    declaredAt: { file: located.file, line: located.line },
    handler: 'handler',
    events: eventsOf(associations),
    associations: associations.map(({ event, file, line }) => ({ event, file, line })),
  }
  if (typeof values.code !== 'string') {
    declaration.codeElsewhere = change.unknown.code === true ? 'code (known after apply)' : 'code (none)'
    return declaration
  }
  Object.assign(declaration, codePlacement(values.code, located, config.dir, { folders: reader.folders, repository, findings }))
  return declaration
}

/**
 * Where the plan's code text is written: the file `file(...)` reads (when its text is the plan's), the lines
 * after a heredoc's marker, else the `code` line itself for every line of the code.
 */
function codePlacement(
  code: string,
  located: Located,
  dir: string | undefined,
  { folders, repository, findings }: { folders: TerraformFolders; repository: RepositoryFiles; findings: StaticFinding[] },
): Partial<EdgeFunctionDeclaration> {
  const codeLine = located.block?.attributes.get('code')
  if (codeLine === undefined || located.block === undefined) return { code, codeLine: located.line, codeOnOneLine: true }
  const text = folders.line(located.file, codeLine)
  const read = /\bfile\(\s*"(?:\$\{path\.(?:module|root)\}\/)?([^"$]+)"\s*\)/.exec(text)
  if (read && dir !== undefined) {
    const path = isAbsolute(read[1]!) ? read[1]! : join(dirname(located.file), read[1]!)
    const place = repository.place(path)
    if (place.kind === 'outside')
      findings.push(invalidSource(located.file, codeLine, 'terraform-plan', 'outside-repository', { setting: 'code' }))
    // Not on disk as written, or not the plan's text: the plan's text is what gets checked.
    else if (place.kind === 'file' && repository.text(place.path) === code) return { file: place.path, path: place.path }
  }
  if (/<<-?[A-Za-z_][A-Za-z0-9_]*\s*$/.test(text.trimEnd())) return { code, codeLine: codeLine + 1 }
  return { code, codeLine, codeOnOneLine: true }
}

function elsewhere(arn: string, associations: Association[]): EdgeFunctionDeclaration {
  const first = associations[0]!
  const lambda = arn.startsWith('arn:aws:lambda:') || /^arn:[^:]+:lambda:/.test(arn)
  const parts = arn.split(/[:/]/)
  const declaration: EdgeFunctionDeclaration = {
    name: (lambda ? parts[6] : parts.at(-1)) || arn,
    kind: lambda ? 'lambda-edge' : 'cloudfront-function',
    file: first.arnAt.file,
    declaredAt: { ...first.arnAt },
    events: eventsOf(associations),
    associations: associations.map(({ event, file, line }) => ({ event, file, line })),
    codeElsewhere: arn,
  }
  if (lambda) {
    declaration.includeBody = associations.some((a) => a.includeBody)
    declaration.lambda = { arn, lines: { arn: { ...first.arnAt } } }
  } else declaration.runtime = 'cloudfront-js-2.0'
  return declaration
}

type Lines = NonNullable<LambdaDeploySettings['lines']>

function lambdaFunction(
  reader: PlanView,
  repository: RepositoryFiles,
  address: string,
  change: Change,
  associations: Association[],
): { declaration: EdgeFunctionDeclaration; findings: StaticFinding[] } {
  const config = reader.configuration(change)
  const located = locate(reader, change, config.dir, LAMBDA)
  const v = change.after
  const lines: Lines = {}
  const settings: LambdaDeploySettings = {}
  const at = (key: string) => located.block?.attributes.get(key) ?? blocksOf(located.block, key)[0]?.line ?? located.line
  const put = <K extends keyof LambdaDeploySettings>(key: K, value: LambdaDeploySettings[K] | undefined, source: string) => {
    if (value === undefined) return
    settings[key] = value
    lines[key as keyof Lines] = at(source)
  }

  // The worst qualifier any association names: one refused association fails the apply.
  for (const association of associations) {
    if (!('address' in association.target)) continue
    const qualifier = qualifierOf(association.target, v, reader)
    if (qualifier === undefined) continue
    settings.qualifier = qualifier
    lines.qualifier = { ...association.arnAt }
    break
  }
  const region = providerRegion(reader, config.resource)
  if (region !== undefined) settings.region = region
  const text = (value: Json | undefined) => (typeof value === 'string' && value !== '' ? value : undefined)
  const number = (value: Json | undefined) => (typeof value === 'number' ? value : undefined)
  const runtime = text(v.runtime)
  put('runtime', runtime, 'runtime')
  put('timeoutSeconds', number(v.timeout), 'timeout')
  put('memoryMb', number(v.memory_size), 'memory_size')
  const variables = first(v.environment)?.variables
  if (isMap(variables) && Object.keys(variables).length > 0) put('environment', Object.keys(variables), 'environment')
  const subnets = list(first(v.vpc_config)?.subnet_ids)
  if (subnets.length > 0 || first(change.unknown.vpc_config)?.subnet_ids === true) put('vpc', true, 'vpc_config')
  const layers = list(v.layers).map(asText)
  if (layers.length > 0 || change.unknown.layers === true) put('layers', layers.length > 0 ? layers : ['(known after apply)'], 'layers')
  if (list(v.architectures).length > 0) put('architectures', list(v.architectures).map(asText), 'architectures')
  put('packageType', text(v.package_type), 'package_type')
  put('tracing', text(first(v.tracing_config)?.mode), 'tracing_config')
  const reserved = number(v.reserved_concurrent_executions)
  // -1 is the provider's "no reservation".
  if (reserved !== undefined && reserved >= 0) put('reservedConcurrency', reserved, 'reserved_concurrent_executions')
  const provisioned = provisionedFor(reader, address, change)
  if (provisioned) {
    settings.provisionedConcurrency = provisioned.value
    lines.provisionedConcurrency = provisioned.at
  }

  const handler = text(v.handler)
  const findings: StaticFinding[] = []
  const code = lambdaCode(reader, repository, change, config.module, handler, runtime)
  if (code.outside)
    findings.push(invalidSource(located.file, at(code.setting), 'terraform-plan', 'outside-repository', { setting: code.setting }))
  if (code.bytes !== undefined) {
    settings.packageBytes = code.bytes
    lines.packageBytes = at(code.setting)
  }
  settings.lines = lines
  const name = text(v.function_name) ?? address
  const declaration = lambdaEdgeDeclaration({ name, file: located.file, line: located.line, handler }, associations, code, settings)
  return { declaration, findings }
}

/** `qualified_arn` names a version only when `publish` is set (else `$LATEST`); `arn` the function; an alias its name. */
function qualifierOf(target: { address: string; attribute: string }, lambda: JsonMap, reader: PlanView): string | undefined {
  const change = reader.changes.get(target.address)
  if (change?.type === ALIAS) return asText(change.after.name ?? 'alias')
  if (target.attribute === 'qualified_arn' || target.attribute === 'qualified_invoke_arn')
    return lambda.publish === true ? undefined : '$LATEST'
  if (target.attribute === 'version') return undefined
  return ''
}

function providerRegion(reader: PlanView, resource: JsonMap | undefined): string | undefined {
  const key = typeof resource?.provider_config_key === 'string' ? resource.provider_config_key : undefined
  const configuration = isMap(reader.plan.configuration) ? reader.plan.configuration : {}
  const providers = isMap(configuration.provider_config) ? configuration.provider_config : {}
  const provider = key ? (providers[key] ?? providers[key.slice(key.lastIndexOf(':') + 1)]) : providers.aws
  const region = isMap(provider) && isMap(provider.expressions) ? provider.expressions.region : undefined
  return isMap(region) && typeof region.constant_value === 'string' ? region.constant_value : undefined
}

/** An aws_lambda_provisioned_concurrency_config whose configuration references the function. */
function provisionedFor(
  reader: PlanView,
  address: string,
  lambda: Change,
): { value: number; at: { file: string; line: number } } | undefined {
  for (const change of reader.changes.values()) {
    if (change.type !== PROVISIONED || change.moduleAddress !== lambda.moduleAddress) continue
    const config = reader.configuration(change)
    const expressions = isMap(config.resource?.expressions) ? config.resource.expressions : {}
    const references = referencesOf(expressions, 'function_name')
    const named = change.after.function_name === lambda.after.function_name && typeof lambda.after.function_name === 'string'
    if (!named && !references.some((r) => r === `${LAMBDA}.${lambda.name}` || r.startsWith(`${LAMBDA}.${lambda.name}.`))) continue
    const value = change.after.provisioned_concurrent_executions
    if (typeof value !== 'number' || value <= 0) continue
    const located = locate(reader, change, config.dir, PROVISIONED)
    return { value, at: { file: located.file, line: located.block?.attributes.get('provisioned_concurrent_executions') ?? located.line } }
  }
  void address
  return undefined
}

interface LambdaCode {
  path?: string
  elsewhere: string
  bytes?: number
  /** The setting that names the code (its line is where a finding points). */
  setting: string
  /** The path named leads outside the repository: not read. */
  outside?: boolean
}

/** The code on disk where the plan shows it: the source of the archive `filename` is built from. */
function lambdaCode(
  reader: PlanView,
  repository: RepositoryFiles,
  change: Change,
  module: JsonMap | undefined,
  handler: string | undefined,
  runtime: string | undefined,
): LambdaCode {
  const v = change.after
  // The checks run JavaScript: another runtime's code is named, never parsed as JavaScript.
  if (runtime !== undefined && !runtime.startsWith('nodejs')) return { elsewhere: `${runtime} code`, setting: 'runtime' }
  if (typeof v.image_uri === 'string' && v.image_uri !== '') return { elsewhere: v.image_uri, setting: 'image_uri' }
  if (typeof v.s3_bucket === 'string' && v.s3_bucket !== '')
    return { elsewhere: `s3://${v.s3_bucket}/${asText(v.s3_key ?? '(key)')}`, setting: 's3_bucket' }
  const filename = typeof v.filename === 'string' ? v.filename : undefined
  const outside = (named: string): LambdaCode => ({ elsewhere: `${named} (outside the repository)`, setting: 'filename', outside: true })
  const source = archiveSource(reader, change, module)
  if (source) {
    const place = repository.place(resolve(reader.rootDir, source.path))
    if (place.kind === 'outside') return outside(source.path)
    if (source.kind === 'file' && place.kind === 'file') {
      const bytes = repository.codePackage(place).bytes
      return { path: place.path, elsewhere: '', ...(bytes !== undefined ? { bytes } : {}), setting: 'filename' }
    }
    if (source.kind === 'dir' && place.kind === 'folder') {
      const file = handler ? repository.handlerFile(place.path, handler) : undefined
      const bytes = repository.codePackage(place).bytes
      const weighed = bytes !== undefined ? { bytes } : {}
      if (file) return { path: file, elsewhere: '', ...weighed, setting: 'filename' }
      return { elsewhere: `${source.path} (no file for the handler ${handler ?? '(none)'})`, ...weighed, setting: 'filename' }
    }
  }
  if (filename !== undefined) {
    const place = repository.place(resolve(reader.rootDir, filename))
    if (place.kind === 'outside') return outside(filename)
    if (place.kind !== 'file') return { elsewhere: `${filename} (not found beside the plan)`, setting: 'filename' }
    const bytes = repository.codePackage(place).bytes
    const weighed = bytes !== undefined ? { bytes } : {}
    if (/\.(?:js|mjs|cjs)$/.test(place.path)) return { path: place.path, elsewhere: '', ...weighed, setting: 'filename' }
    return { elsewhere: basename(filename), ...weighed, setting: 'filename' }
  }
  return { elsewhere: change.unknown.filename === true ? 'filename (known after apply)' : 'code (not in the plan)', setting: 'filename' }
}

/** `filename = data.archive_file.x.output_path`: the archive's `source_file` or `source_dir`, from the plan's state or configuration. */
function archiveSource(reader: PlanView, change: Change, module: JsonMap | undefined): { kind: 'file' | 'dir'; path: string } | undefined {
  const resource = list(module?.resources).find((r): r is JsonMap => isMap(r) && r.address === `${change.type}.${change.name}`)
  const expressions = isMap(resource?.expressions) ? resource.expressions : {}
  const reference = referencesOf(expressions, 'filename').find((r) => r.startsWith('data.archive_file.'))
  if (!reference) return undefined
  const local = reference.split('.').slice(0, 3).join('.')
  const address = change.moduleAddress ? `${change.moduleAddress}.${local}` : local
  const state = dataValues(reader.plan, address)
  for (const [key, kind] of [
    ['source_file', 'file'],
    ['source_dir', 'dir'],
  ] as const) {
    const known = state?.[key]
    if (typeof known === 'string' && known !== '') return { kind, path: known }
    const data = list(module?.resources).find((r): r is JsonMap => isMap(r) && r.address === local)
    const expression = isMap(data?.expressions) ? data.expressions[key] : undefined
    if (isMap(expression) && typeof expression.constant_value === 'string') return { kind, path: expression.constant_value }
  }
  return undefined
}

/** A data source's values as the plan read them (`prior_state`, else `planned_values`). */
function dataValues(plan: JsonMap, address: string): JsonMap | undefined {
  // Modules walked with a queue, not recursion: a plan nested thousands of modules deep is still read.
  const find = (root: Json | undefined): JsonMap | undefined => {
    const queue: Json[] = [root ?? null]
    for (let i = 0; i < queue.length; i++) {
      const module = queue[i]
      if (!isMap(module)) continue
      for (const r of list(module.resources)) if (isMap(r) && r.address === address && isMap(r.values)) return r.values
      for (const child of list(module.child_modules)) queue.push(child)
    }
    return undefined
  }
  for (const key of ['prior_state', 'planned_values'] as const) {
    const top = plan[key]
    const values = isMap(top) && isMap(top.values) ? top.values.root_module : isMap(top) ? top.root_module : undefined
    const found = find(values)
    if (found) return found
  }
  return undefined
}

function unresolved(
  at: { file: string; line: number },
  setting: string,
  expression: string,
  because: string,
  container?: string,
): StaticFinding {
  return {
    code: 'SOURCE_UNRESOLVED',
    file: at.file,
    line: at.line,
    details: {
      setting,
      expression,
      because,
      unchecked: ['edge-function'],
      ...(container ? { container } : {}),
    },
  }
}

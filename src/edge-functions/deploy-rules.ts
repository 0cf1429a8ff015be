/**
 * Rules CloudFront checks when a function is associated with a cache behaviour (EDGE_FUNCTION_DEPLOY_RULE):
 * the deployment fails, so none of these reach a viewer, but they fail the pull request's apply.
 * Lambda@Edge: us-east-1 only; a numbered version, never $LATEST or an alias; no environment variables,
 * VPC, layers, container image, arm64, X-Ray, reserved or provisioned concurrency; viewer events at most
 * 5 s and 128 MB; origin events at most 30 s; the package at most 1 MB (viewer) or 50 MB (origin).
 * CloudFront Functions: viewer events only.
 */
import type { JsonObject } from '../json.js'
import {
  EVENTS_OF_KIND,
  type EdgeFunctionDeclaration,
  type EdgeFunctionFindingDraft,
  type LambdaDeploySettings,
  type SettingPlace,
} from './types.js'

const VIEWER_TIMEOUT_S = 5
const ORIGIN_TIMEOUT_S = 30
const VIEWER_MEMORY_MB = 128
const VIEWER_PACKAGE_BYTES = 1024 * 1024
const ORIGIN_PACKAGE_BYTES = 50 * 1024 * 1024

type SettingKey = keyof NonNullable<LambdaDeploySettings['lines']>

export function checkDeployRules(declaration: EdgeFunctionDeclaration): EdgeFunctionFindingDraft[] {
  const findings: EdgeFunctionFindingDraft[] = []
  const file = declaration.declaredAt?.file ?? declaration.file
  const fallbackLine = declaration.declaredAt?.line ?? 1
  const settings = declaration.lambda ?? {}
  const report = (setting: SettingKey | SettingPlace | undefined, details: JsonObject) => {
    const written = typeof setting === 'string' ? settings.lines?.[setting] : setting
    const place = typeof written === 'number' ? { file, line: written } : (written ?? { file, line: fallbackLine })
    findings.push({
      code: 'EDGE_FUNCTION_DEPLOY_RULE',
      function: declaration.name,
      file: place.file,
      line: place.line,
      details: { ...details, setting: settingOf(details) },
    })
  }

  const allowed = EVENTS_OF_KIND[declaration.kind]
  for (const event of declaration.events) {
    if (allowed.includes(event)) continue
    report(
      declaration.associations?.find((a) => a.event === event),
      { rule: 'event', kind: declaration.kind, event },
    )
  }
  if (declaration.kind !== 'lambda-edge') return findings

  const arn = settings.arn?.startsWith('arn:') ? settings.arn : undefined
  const qualifier = settings.qualifier ?? (arn === undefined ? undefined : arnQualifier(arn))
  if (qualifier !== undefined && !/^\d+$/.test(qualifier)) {
    report(settings.lines?.qualifier !== undefined ? 'qualifier' : 'arn', {
      rule: 'version',
      qualifier: qualifier === '' ? '(none)' : qualifier,
      kind: qualifier === '$LATEST' ? 'latest' : qualifier === '' ? 'unqualified' : 'alias',
    })
  }
  const region = settings.region ?? (arn === undefined ? undefined : arnRegion(arn))
  if (region !== undefined && region !== 'us-east-1')
    report(settings.region === undefined ? 'arn' : 'region', { rule: 'region', region, required: 'us-east-1' })
  if (settings.runtime !== undefined && !/^(nodejs|python)/.test(settings.runtime))
    report('runtime', { rule: 'runtime', runtime: settings.runtime })
  if (settings.environment !== undefined && settings.environment.length > 0)
    report('environment', { rule: 'environment', variables: [...settings.environment] })
  if (settings.vpc === true) report('vpc', { rule: 'vpc' })
  if (settings.layers !== undefined && settings.layers.length > 0) report('layers', { rule: 'layers', layers: settings.layers.length })
  if (settings.packageType !== undefined && settings.packageType.toLowerCase() === 'image')
    report('packageType', { rule: 'container-image' })
  if (settings.architectures?.some((a) => a.toLowerCase() === 'arm64'))
    report('architectures', { rule: 'architecture', architecture: 'arm64', required: 'x86_64' })
  if (settings.tracing !== undefined && settings.tracing.toLowerCase() === 'active') report('tracing', { rule: 'x-ray' })
  if (settings.reservedConcurrency !== undefined)
    report('reservedConcurrency', { rule: 'reserved-concurrency', value: settings.reservedConcurrency })
  if (settings.provisionedConcurrency !== undefined)
    report('provisionedConcurrency', { rule: 'provisioned-concurrency', value: settings.provisionedConcurrency })

  const viewer = declaration.events.some((e) => e.startsWith('viewer-'))
  const timeoutLimit = viewer ? VIEWER_TIMEOUT_S : ORIGIN_TIMEOUT_S
  if (settings.timeoutSeconds !== undefined && settings.timeoutSeconds > timeoutLimit) {
    report('timeoutSeconds', {
      rule: 'timeout',
      seconds: settings.timeoutSeconds,
      limit: timeoutLimit,
      event: viewer ? 'viewer' : 'origin',
    })
  }
  if (viewer && settings.memoryMb !== undefined && settings.memoryMb !== VIEWER_MEMORY_MB) {
    report('memoryMb', { rule: 'memory', mb: settings.memoryMb, required: VIEWER_MEMORY_MB, event: 'viewer' })
  }
  const packageLimit = viewer ? VIEWER_PACKAGE_BYTES : ORIGIN_PACKAGE_BYTES
  if (settings.packageBytes !== undefined && settings.packageBytes > packageLimit) {
    report('packageBytes', { rule: 'package-size', bytes: settings.packageBytes, limit: packageLimit, event: viewer ? 'viewer' : 'origin' })
  }
  return findings
}

/** `arn:aws:lambda:us-east-1:123456789012:function:name:7` → `7`; no qualifier → ''. */
function arnQualifier(arn: string): string {
  const parts = arn.split(':')
  return parts.length >= 8 ? parts.slice(7).join(':') : ''
}

function arnRegion(arn: string): string | undefined {
  const parts = arn.split(':')
  return parts.length >= 4 && parts[3] !== '' ? parts[3] : undefined
}

/** The offending value of a rule, as one fact every message can name. */
function settingOf(details: JsonObject): JsonObject[string] {
  // `event` last: beside a limit it names whose limit (viewer or origin), not the offending value.
  for (const key of ['qualifier', 'region', 'runtime', 'variables', 'layers', 'architecture', 'value', 'seconds', 'mb', 'bytes', 'event']) {
    if (details[key] !== undefined) return details[key]!
  }
  return details['rule'] ?? null
}

/**
 * The lab declared the way teams declare origins: one model of distributions (from the running lab
 * origins, plus a few planted static cases), written as a CloudFormation YAML template, a CDK-style JSON
 * template, a Terraform plan (JSON) with its .tf files, and CloudFront's get-distribution-config JSON.
 */

import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { FindingCode, Severity } from '../findings/finding.js'
import { LAB_ZONE } from './scenarios.js'
import {
  cdkAssociations,
  cdkFunctionResources,
  cloudFormationAssociations,
  cloudFormationFunctionResources,
  terraformAssociationBlocks,
  terraformFunctionBlocks,
  terraformPlanParts,
} from './source-functions.js'
import type { RunningOrigin } from './servers.js'

export const SOURCE_LAB_KINDS = ['cloudformation', 'cdk', 'terraform', 'cloudfront'] as const
export type SourceLabKind = (typeof SOURCE_LAB_KINDS)[number]

/** CloudFront's managed policies: CachingDisabled keeps the origin's Host; AllViewer forwards the viewer's. */
const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad'
const ALL_VIEWER = '216adef6-5c7f-47e4-b989-5492eafa07d3'

export interface LabSourceOrigin {
  id: string
  /** Absent: known only after deploy (an attribute of another resource). */
  domain?: string
  s3?: boolean
  policy?: 'http-only' | 'https-only'
  httpPort?: number
  httpsPort?: number
  sslProtocols?: string[]
  connectionAttempts?: number
  /** What reading alone must say of a planted static case (a lab origin's verdicts are its scenario's). */
  expect?: { code: FindingCode; severity: Severity }
}

export interface LabDistributionModel {
  /** Logical id (CloudFormation), resource name (Terraform), distribution id (CloudFront JSON). */
  names: Record<SourceLabKind, string>
  /** Where set, every behaviour forwards the viewer's Host, and these are the names it may carry. */
  aliases: string[]
  origins: LabSourceOrigin[]
}

/** Origins the gate must judge without a probe: an S3 origin, a domain known after deploy, a setting CloudFront refuses. */
export const PLANTED_STATIC: readonly LabSourceOrigin[] = [
  { id: 'static-assets', domain: 'lab-assets.s3.amazonaws.com', s3: true, expect: { code: 'SOURCE_SKIPPED', severity: 'notice' } },
  { id: 'pending-alb', policy: 'https-only', expect: { code: 'SOURCE_UNRESOLVED', severity: 'notice' } },
  {
    id: 'bad-attempts',
    domain: `bad-attempts.${LAB_ZONE}`,
    policy: 'https-only',
    httpsPort: 443,
    sslProtocols: ['TLSv1.2'],
    connectionAttempts: 5,
    expect: { code: 'EDGE_SETTING_INVALID', severity: 'error' },
  },
]

/** The lab origins grouped by the Host names their behaviours forward, the planted static cases beside the first. */
export function labDistributions(origins: readonly RunningOrigin[]): LabDistributionModel[] {
  const groups = new Map<string, RunningOrigin[]>()
  for (const origin of origins)
    groups.set(origin.scenario.hostHeader ?? '', [...(groups.get(origin.scenario.hostHeader ?? '') ?? []), origin])
  if (!groups.has('')) groups.set('', [])
  return [...groups].map(([alias, members], index) => {
    const suffix = alias === '' ? '' : String(index)
    const model: LabDistributionModel = {
      names: {
        cloudformation: `LabDistribution${suffix}`,
        cdk: `LabDistribution${suffix}`,
        terraform: `lab${suffix ? `_${suffix}` : ''}`,
        cloudfront: `E1LAB${suffix}`,
      },
      aliases: alias === '' ? [] : [alias],
      origins: members.map(({ scenario, port }) => {
        const httpOnly = scenario.tls.kind === 'http-only'
        return {
          id: scenario.name,
          domain: scenario.domain,
          policy: httpOnly ? 'http-only' : 'https-only',
          ...(httpOnly ? { httpPort: port } : { httpsPort: port }),
          // Written out: an omitted list is CloudFront's TLSv1 and SSLv3, not the config's TLSv1.2.
          sslProtocols: scenario.sslProtocols ?? ['TLSv1.2'],
        }
      }),
    }
    if (alias === '') model.origins.push(...PLANTED_STATIC)
    return model
  })
}

/** The origin name the gate gives each origin of a model, for one kind of source. */
export function discoveredName(kind: SourceLabKind, model: LabDistributionModel, id: string): string {
  const container = kind === 'terraform' ? `aws_cloudfront_distribution.${model.names.terraform}` : model.names[kind]
  return `${container}/${id}`
}

/** Writes the files of one kind below `dir`; returns the `sources:` items that read them. */
export function writeSourceFiles(kind: SourceLabKind, models: readonly LabDistributionModel[], dir: string): string[] {
  switch (kind) {
    case 'cloudformation':
      writeFileSync(join(dir, 'lab-cdn.yaml'), cloudFormationYaml(models))
      return ['  - cloudformation: lab-cdn.yaml']
    case 'cdk':
      mkdirSync(join(dir, 'cdk.out'), { recursive: true })
      writeFileSync(
        join(dir, 'cdk.out', 'LabStack.template.json'),
        `${JSON.stringify(cdkTemplate(models, join(dir, 'cdk.out')), null, 1)}\n`,
      )
      return ['  - cloudformation: cdk.out/*.template.json']
    case 'terraform':
      mkdirSync(join(dir, 'infra'), { recursive: true })
      writeFileSync(join(dir, 'infra', 'main.tf'), terraformFiles(models, join(dir, 'infra')))
      writeFileSync(join(dir, 'plan.json'), `${JSON.stringify(terraformPlan(models))}\n`)
      return ['  - terraform-plan: plan.json', '    terraform-dir: infra']
    case 'cloudfront':
      mkdirSync(join(dir, 'cloudfront'), { recursive: true })
      for (const model of models) {
        const config = { ETag: 'ELABETAG', DistributionConfig: cloudFrontConfig(model) }
        writeFileSync(join(dir, 'cloudfront', `${model.names.cloudfront}.json`), `${JSON.stringify(config, null, 4)}\n`)
      }
      return ['  - cloudfront-config: cloudfront/*.json']
  }
}

/** The origins a kind of source can declare: CloudFront's own JSON only holds known values. */
export function declaredOrigins(kind: SourceLabKind, model: LabDistributionModel): LabSourceOrigin[] {
  return kind === 'cloudfront' ? model.origins.filter((o) => o.domain !== undefined) : model.origins
}

function behaviourPaths(model: LabDistributionModel, kind: SourceLabKind): { id: string; path: string }[] {
  return declaredOrigins(kind, model).map((o, i) => ({ id: o.id, path: i === 0 ? '*' : `/${o.id}/*` }))
}

function cloudFormationYaml(models: readonly LabDistributionModel[]): string {
  const lines = [
    'AWSTemplateFormatVersion: "2010-09-09"',
    'Description: The planted lab origins, declared as CloudFormation.',
    'Resources:',
  ]
  for (const model of models) {
    lines.push(
      `  ${model.names.cloudformation}:`,
      '    Type: AWS::CloudFront::Distribution',
      '    Properties:',
      '      DistributionConfig:',
      '        Enabled: true',
    )
    if (model.aliases.length) lines.push('        Aliases:', ...model.aliases.map((a) => `          - ${a}`))
    lines.push('        Origins:')
    for (const o of model.origins) {
      lines.push(`          - Id: ${o.id}`, `            DomainName: ${o.domain ?? '!GetAtt LabLoadBalancer.DNSName'}`)
      if (o.connectionAttempts !== undefined) lines.push(`            ConnectionAttempts: ${o.connectionAttempts}`)
      if (o.s3) {
        lines.push('            S3OriginConfig: {}')
        continue
      }
      lines.push('            CustomOriginConfig:', `              OriginProtocolPolicy: ${o.policy}`)
      if (o.httpPort !== undefined) lines.push(`              HTTPPort: ${o.httpPort}`)
      if (o.httpsPort !== undefined) lines.push(`              HTTPSPort: ${o.httpsPort}`)
      if (o.sslProtocols) lines.push(`              OriginSSLProtocols: [${o.sslProtocols.join(', ')}]`)
    }
    const policies = (indent: string) => [
      `${indent}CachePolicyId: ${CACHING_DISABLED}`,
      ...(model.aliases.length ? [`${indent}OriginRequestPolicyId: ${ALL_VIEWER}`] : []),
    ]
    const [first, ...rest] = behaviourPaths(model, 'cloudformation')
    if (first)
      lines.push(
        '        DefaultCacheBehavior:',
        `          TargetOriginId: ${first.id}`,
        '          ViewerProtocolPolicy: redirect-to-https',
        ...policies('          '),
        ...(carriesFunctions(model) ? cloudFormationAssociations('          ') : []),
      )
    if (rest.length) lines.push('        CacheBehaviors:')
    for (const b of rest)
      lines.push(
        `          - PathPattern: ${b.path}`,
        `            TargetOriginId: ${b.id}`,
        '            ViewerProtocolPolicy: redirect-to-https',
        ...policies('            '),
      )
  }
  lines.push(...cloudFormationFunctionResources())
  return `${lines.join('\n')}\n`
}

/** The planted static cases' distribution also carries the source-declared functions, on its default behaviour. */
function carriesFunctions(model: LabDistributionModel): boolean {
  return model.aliases.length === 0
}

/** CloudFormation's shape with CDK's habits: JSON, long-form functions, generated logical ids. */
function cdkTemplate(models: readonly LabDistributionModel[], cdkOut: string) {
  const resources: Record<string, unknown> = cdkFunctionResources(cdkOut)
  for (const model of models) {
    const behaviour = (id: string) => ({
      TargetOriginId: id,
      ViewerProtocolPolicy: 'redirect-to-https',
      CachePolicyId: CACHING_DISABLED,
      ...(model.aliases.length ? { OriginRequestPolicyId: ALL_VIEWER } : {}),
    })
    const [first, ...rest] = behaviourPaths(model, 'cdk')
    resources[model.names.cdk] = {
      Type: 'AWS::CloudFront::Distribution',
      Properties: {
        DistributionConfig: {
          Enabled: true,
          ...(model.aliases.length ? { Aliases: model.aliases } : {}),
          Origins: model.origins.map((o) => ({
            Id: o.id,
            DomainName: o.domain ?? { 'Fn::GetAtt': ['LabLoadBalancer', 'DNSName'] },
            ...(o.connectionAttempts !== undefined ? { ConnectionAttempts: o.connectionAttempts } : {}),
            ...(o.s3 ? { S3OriginConfig: {} } : { CustomOriginConfig: customConfig(o) }),
          })),
          ...(first ? { DefaultCacheBehavior: { ...behaviour(first.id), ...(carriesFunctions(model) ? cdkAssociations() : {}) } } : {}),
          ...(rest.length ? { CacheBehaviors: rest.map((b) => ({ PathPattern: b.path, ...behaviour(b.id) })) } : {}),
        },
      },
      Metadata: { 'aws:cdk:path': `LabStack/${model.names.cdk}/Resource` },
    }
  }
  return { Resources: resources }
}

function customConfig(o: LabSourceOrigin): Record<string, unknown> {
  return {
    OriginProtocolPolicy: o.policy,
    ...(o.httpPort !== undefined ? { HTTPPort: o.httpPort } : {}),
    ...(o.httpsPort !== undefined ? { HTTPSPort: o.httpsPort } : {}),
    ...(o.sslProtocols ? { OriginSSLProtocols: o.sslProtocols } : {}),
  }
}

function terraformFiles(models: readonly LabDistributionModel[], infra: string): string {
  const lines: string[] = ['# The planted lab origins, declared as Terraform.', ...terraformFunctionBlocks(infra)]
  for (const model of models) {
    lines.push(`resource "aws_cloudfront_distribution" "${model.names.terraform}" {`, '  enabled = true')
    if (model.aliases.length) lines.push(`  aliases = [${model.aliases.map((a) => `"${a}"`).join(', ')}]`)
    for (const o of model.origins) {
      lines.push('', '  origin {', `    origin_id   = "${o.id}"`, `    domain_name = ${o.domain ? `"${o.domain}"` : 'aws_lb.lab.dns_name'}`)
      if (o.connectionAttempts !== undefined) lines.push(`    connection_attempts = ${o.connectionAttempts}`)
      if (!o.s3) {
        lines.push('    custom_origin_config {', `      origin_protocol_policy = "${o.policy}"`)
        lines.push(`      http_port              = ${o.httpPort ?? 80}`, `      https_port             = ${o.httpsPort ?? 443}`)
        lines.push(`      origin_ssl_protocols   = [${(o.sslProtocols ?? ['TLSv1.2']).map((p) => `"${p}"`).join(', ')}]`, '    }')
      }
      lines.push('  }')
    }
    const [first, ...rest] = behaviourPaths(model, 'terraform')
    const policies = [
      `    cache_policy_id = "${CACHING_DISABLED}"`,
      ...(model.aliases.length ? [`    origin_request_policy_id = "${ALL_VIEWER}"`] : []),
    ]
    if (first)
      lines.push(
        '',
        '  default_cache_behavior {',
        `    target_origin_id = "${first.id}"`,
        ...policies,
        ...(carriesFunctions(model) ? terraformAssociationBlocks() : []),
        '  }',
      )
    for (const b of rest)
      lines.push(
        '',
        '  ordered_cache_behavior {',
        `    path_pattern     = "${b.path}"`,
        `    target_origin_id = "${b.id}"`,
        ...policies,
        '  }',
      )
    lines.push('}', '')
  }
  return `${lines.join('\n')}\n`
}

/** `terraform show -json` of a plan that creates the distributions: unknown values in `after_unknown`. */
function terraformPlan(models: readonly LabDistributionModel[]) {
  const functions = terraformPlanParts()
  const changes = models.map((model) => {
    const [first, ...rest] = behaviourPaths(model, 'terraform')
    const behaviour = (id: string, path?: string) => ({
      ...(path ? { path_pattern: path } : {}),
      target_origin_id: id,
      cache_policy_id: CACHING_DISABLED,
      origin_request_policy_id: model.aliases.length ? ALL_VIEWER : '',
    })
    const after = {
      enabled: true,
      aliases: model.aliases,
      origin: model.origins.map((o) => ({
        origin_id: o.id,
        ...(o.domain ? { domain_name: o.domain } : {}),
        connection_attempts: o.connectionAttempts ?? 3,
        connection_timeout: 10,
        origin_path: '',
        custom_header: [],
        custom_origin_config: o.s3
          ? []
          : [
              {
                origin_protocol_policy: o.policy,
                http_port: o.httpPort ?? 80,
                https_port: o.httpsPort ?? 443,
                origin_ssl_protocols: o.sslProtocols ?? ['TLSv1.2'],
                origin_read_timeout: 30,
                origin_keepalive_timeout: 5,
              },
            ],
        s3_origin_config: [],
      })),
      default_cache_behavior: first ? [{ ...behaviour(first.id), ...(carriesFunctions(model) ? functions.behaviour : {}) }] : [],
      ordered_cache_behavior: rest.map((b) => behaviour(b.id, b.path)),
    }
    const afterUnknown = {
      origin: model.origins.map((o) => (o.domain ? {} : { domain_name: true })),
      id: true,
      domain_name: true,
      ...(carriesFunctions(model) && first ? { default_cache_behavior: [functions.unknown] } : {}),
    }
    return {
      address: `aws_cloudfront_distribution.${model.names.terraform}`,
      mode: 'managed',
      type: 'aws_cloudfront_distribution',
      name: model.names.terraform,
      change: { actions: ['create'], before: null, after, after_unknown: afterUnknown },
    }
  })
  const resources = models.map((model) => ({
    address: `aws_cloudfront_distribution.${model.names.terraform}`,
    mode: 'managed',
    type: 'aws_cloudfront_distribution',
    name: model.names.terraform,
    expressions: {
      origin: model.origins.map((o) => ({ origin_id: { constant_value: o.id } })),
      ...(carriesFunctions(model) ? { default_cache_behavior: [functions.expressions] } : {}),
    },
  }))
  return {
    format_version: '1.2',
    terraform_version: '1.11.0',
    resource_changes: [...functions.changes, ...changes],
    prior_state: { values: { root_module: { resources: functions.archives } } },
    configuration: { root_module: { resources: [...functions.resources, ...resources] } },
  }
}

/** `aws cloudfront get-distribution-config`: lists as `{Quantity, Items}`, `OriginSslProtocols` with a lower-case "sl". */
function cloudFrontConfig(model: LabDistributionModel) {
  const items = <T>(list: T[]) => (list.length ? { Quantity: list.length, Items: list } : { Quantity: 0 })
  const behaviour = (id: string) => ({
    TargetOriginId: id,
    ViewerProtocolPolicy: 'redirect-to-https',
    CachePolicyId: CACHING_DISABLED,
    ...(model.aliases.length ? { OriginRequestPolicyId: ALL_VIEWER } : {}),
  })
  const [first, ...rest] = behaviourPaths(model, 'cloudfront')
  return {
    CallerReference: `lab-${model.names.cloudfront}`,
    Aliases: items(model.aliases),
    Origins: items(
      declaredOrigins('cloudfront', model).map((o) => ({
        Id: o.id,
        DomainName: o.domain,
        OriginPath: '',
        CustomHeaders: { Quantity: 0 },
        ConnectionAttempts: o.connectionAttempts ?? 3,
        ConnectionTimeout: 10,
        ...(o.s3
          ? { S3OriginConfig: { OriginAccessIdentity: '' } }
          : {
              CustomOriginConfig: {
                HTTPPort: o.httpPort ?? 80,
                HTTPSPort: o.httpsPort ?? 443,
                OriginProtocolPolicy: o.policy,
                OriginSslProtocols: items(o.sslProtocols ?? ['TLSv1.2']),
                OriginReadTimeout: 30,
                OriginKeepaliveTimeout: 5,
              },
            }),
      })),
    ),
    DefaultCacheBehavior: first ? behaviour(first.id) : undefined,
    CacheBehaviors: items(rest.map((b) => ({ PathPattern: b.path, ...behaviour(b.id) }))),
    Comment: 'The planted lab origins, as CloudFront returns them.',
    Enabled: true,
  }
}

import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readCloudFormation } from '../../../src/sources/cloudformation.js'
import { readTerraformPlan } from '../../../src/sources/terraform-plan.js'
import type { EdgeFunctionDeclaration } from '../../../src/edge-functions/types.js'
import type { SourceResult } from '../../../src/sources/types.js'

const DIR = fileURLToPath(new URL('../../fixtures/edge-sources/', import.meta.url))

function read(name: string): { file: string; text: string } {
  const file = `${DIR}${name}`
  return { file, text: readFileSync(file, 'utf8') }
}

/** The 1-based line of the first line of `text` containing `needle` (after the `after`-th match of `after`). */
function lineOf(text: string, needle: string, after?: string): number {
  const lines = text.split('\n')
  const start = after === undefined ? 0 : lines.findIndex((l) => l.includes(after))
  const index = lines.findIndex((l, i) => i >= start && l.includes(needle))
  if (index < 0) throw new Error(`no line with ${needle}`)
  return index + 1
}

function fn(result: SourceResult, name: string): EdgeFunctionDeclaration {
  const found = result.functions?.find((f) => f.name === name)
  if (!found) throw new Error(`no function ${name}; have ${result.functions?.map((f) => f.name).join(', ')}`)
  return found
}

describe('edge functions in a CloudFormation YAML template (short forms)', () => {
  const { file, text } = read('edge-cdn.yaml')
  const result = readCloudFormation(text, file)

  it('finds the CloudFront Function and the two Lambda@Edge functions a behaviour associates, and no other Lambda', () => {
    expect(result.functions?.map((f) => `${f.name} ${f.kind} ${f.events.join(',')}`)).toEqual([
      'spa-rewrite cloudfront-function viewer-request',
      'edge-auth lambda-edge origin-request',
      'HeadersFunction lambda-edge viewer-response',
    ])
    expect(result.findings).toEqual([])
  })

  it('reads a CloudFront Function’s inline code from the line after its `|`', () => {
    const rewrite = fn(result, 'spa-rewrite')
    expect(rewrite).toMatchObject({ runtime: 'cloudfront-js-2.0', file, handler: 'handler', codeLine: lineOf(text, 'FunctionCode: |') + 1 })
    expect(rewrite.codeOnOneLine).toBeUndefined()
    expect(rewrite.code).toContain("request.uri = '/index.html';")
    expect(rewrite.declaredAt).toEqual({ file, line: lineOf(text, 'RewriteFunction:') })
    expect(rewrite.associations).toEqual([{ event: 'viewer-request', file, line: lineOf(text, '- EventType: viewer-request') }])
  })

  it('follows a version to its function: ZipFile code, settings with their lines, IncludeBody', () => {
    const auth = fn(result, 'edge-auth')
    expect(auth).toMatchObject({ includeBody: true, handler: 'handler', codeLine: lineOf(text, 'ZipFile: |') + 1 })
    expect(auth.code).toMatch(/^'use strict';\nexports.handler/)
    expect(auth.lambda).toMatchObject({
      runtime: 'nodejs20.x',
      timeoutSeconds: 5,
      memoryMb: 128,
      lines: { runtime: lineOf(text, 'Runtime: nodejs20.x'), timeoutSeconds: lineOf(text, 'Timeout: 5') },
    })
    // A version is numbered: no qualifier to judge.
    expect(auth.lambda?.qualifier).toBeUndefined()
  })

  it('names a function by its FunctionName, else its logical id; an unqualified ARN is kept as such', () => {
    const headers = fn(result, 'HeadersFunction')
    expect(headers.lambda).toMatchObject({
      qualifier: '',
      environment: ['STAGE'],
      timeoutSeconds: 10,
      lines: { qualifier: { file, line: lineOf(text, 'LambdaFunctionARN: !GetAtt HeadersFunction.Arn') } },
    })
    // A one-line quoted scalar: every line of the code is the value's line.
    expect(headers).toMatchObject({ codeLine: lineOf(text, 'ZipFile: "exports.handler'), codeOnOneLine: true })
  })
})

describe('edge functions in a CloudFormation JSON template (long forms)', () => {
  const template = {
    Parameters: { EdgeArn: { Type: 'String', Default: 'arn:aws:lambda:eu-west-1:123456789012:function:shared-auth:$LATEST' } },
    Resources: {
      Pinned: {
        Type: 'AWS::Lambda::Function',
        Properties: {
          Runtime: 'nodejs20.x',
          Handler: 'index.handler',
          Code: { ZipFile: 'exports.handler = async (e) => e.Records[0].cf.request;' },
        },
      },
      Live: {
        Type: 'AWS::Lambda::Alias',
        Properties: {
          FunctionName: { Ref: 'Aliased' },
          FunctionVersion: '3',
          Name: 'live',
          ProvisionedConcurrencyConfig: { ProvisionedConcurrentExecutions: 2 },
        },
      },
      Aliased: {
        Type: 'AWS::Lambda::Function',
        Properties: { Runtime: 'python3.12', Handler: 'app.handler', Code: { S3Bucket: 'b', S3Key: 'k.zip' } },
      },
      Cdn: {
        Type: 'AWS::CloudFront::Distribution',
        Properties: {
          DistributionConfig: {
            Origins: [
              {
                Id: 'web',
                DomainName: 'web.example.com',
                CustomOriginConfig: { OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'] },
              },
            ],
            DefaultCacheBehavior: {
              TargetOriginId: 'web',
              LambdaFunctionAssociations: [
                { EventType: 'viewer-request', LambdaFunctionARN: { 'Fn::Join': [':', [{ 'Fn::GetAtt': ['Pinned', 'Arn'] }, '4']] } },
                { EventType: 'origin-request', LambdaFunctionARN: { Ref: 'Live' } },
                { EventType: 'origin-response', LambdaFunctionARN: { Ref: 'EdgeArn' } },
                { EventType: 'viewer-response', LambdaFunctionARN: { 'Fn::ImportValue': 'edge-stack-HeadersArn' } },
              ],
            },
          },
        },
      },
    },
  }
  const text = JSON.stringify(template, null, 2)
  const file = '/repo/infra/cdn.json'
  const result = readCloudFormation(text, file)

  it('a Join of the function’s ARN and a number is a version', () => {
    const pinned = fn(result, 'Pinned')
    expect(pinned.lambda?.qualifier).toBe('4')
    expect(pinned).toMatchObject({ events: ['viewer-request'], codeOnOneLine: true, codeLine: lineOf(text, '"ZipFile"') })
  })

  it('an alias: its name as the qualifier, its provisioned concurrency; a python runtime’s code is not read as JavaScript', () => {
    const aliased = fn(result, 'Aliased')
    expect(aliased.lambda).toMatchObject({ qualifier: 'live', provisionedConcurrency: 2, runtime: 'python3.12' })
    expect(aliased.code).toBeUndefined()
    expect(aliased.codeElsewhere).toBe('python3.12 code')
  })

  it('a literal ARN (a Parameter default) stands for a function of another stack: the ARN is judged, the code is elsewhere', () => {
    const shared = fn(result, 'shared-auth')
    expect(shared).toMatchObject({ kind: 'lambda-edge', events: ['origin-response'], codeElsewhere: template.Parameters.EdgeArn.Default })
    expect(shared.lambda?.arn).toBe(template.Parameters.EdgeArn.Default)
  })

  it('an imported ARN is known only after deploy: a notice at its line, no function guessed', () => {
    expect(result.functions).toHaveLength(3)
    expect(result.findings).toEqual([
      expect.objectContaining({
        code: 'SOURCE_UNRESOLVED',
        line: lineOf(text, '"Fn::ImportValue"') - 1,
        details: expect.objectContaining({ setting: 'LambdaFunctionARN', because: 'import' }),
      }),
    ])
  })
})

describe('edge functions in a CDK synthesized template', () => {
  const { file, text } = read('cdk.out/EdgeStack.template.json')
  const result = readCloudFormation(text, file)

  it('reads the handler’s file from the asset folder beside the template, and the package it zips to', () => {
    const redirect = fn(result, 'RedirectFn0C1D2E3F')
    expect(redirect).toMatchObject({
      kind: 'lambda-edge',
      events: ['origin-request'],
      handler: 'handler',
      path: `${DIR}cdk.out/asset.5e1f0c2a/index.mjs`,
      file: `${DIR}cdk.out/asset.5e1f0c2a/index.mjs`,
    })
    expect(redirect.lambda).toMatchObject({ architectures: ['arm64'], lines: { architectures: lineOf(text, '"Architectures"') } })
    expect(redirect.lambda?.packageBytes).toBeGreaterThan(200)
    expect(redirect.lambda?.packageBytes).toBeLessThan(2000)
    expect(result.files?.map((f) => f.slice(DIR.length)).sort()).toEqual([
      'cdk.out/asset.5e1f0c2a/index.mjs',
      'cdk.out/asset.5e1f0c2a/redirects.mjs',
    ])
  })

  it('a CloudFront Function whose generated name does not resolve is named by its logical id; JSON code sits on one line', () => {
    expect(fn(result, 'SiteRewriteFn6F2C1B8A')).toMatchObject({
      runtime: 'cloudfront-js-1.0',
      events: ['viewer-request'],
      codeLine: lineOf(text, '"FunctionCode"'),
      codeOnOneLine: true,
    })
  })
})

describe('edge functions in a Terraform plan', () => {
  const { file, text } = read('terraform/plan.json')
  const tf = readFileSync(`${DIR}terraform/main.tf`, 'utf8')
  const main = `${DIR}terraform/main.tf`
  const result = readTerraformPlan(text, file)

  it('matches associations to functions through the configuration’s references', () => {
    expect(result.functions?.map((f) => `${f.name} ${f.kind} ${f.events.join(',')}`)).toEqual([
      'security-headers cloudfront-function viewer-response',
      'spa-rewrite cloudfront-function viewer-request',
      'edge-auth lambda-edge origin-request',
      'og-images lambda-edge origin-response',
    ])
    expect(result.findings).toEqual([])
  })

  it('code read by file() points at that file; heredoc code at the line after its marker', () => {
    expect(fn(result, 'spa-rewrite')).toMatchObject({ file: `${DIR}terraform/edge/rewrite.js`, path: `${DIR}terraform/edge/rewrite.js` })
    const headers = fn(result, 'security-headers')
    expect(headers).toMatchObject({ file: main, runtime: 'cloudfront-js-1.0', codeLine: lineOf(tf, 'code    = <<-EOT') + 1 })
    expect(headers.codeOnOneLine).toBeUndefined()
    expect(headers.associations).toEqual([
      { event: 'viewer-response', file: main, line: lineOf(tf, 'function_association {', 'event_type   = "viewer-request"') },
    ])
  })

  it('a Lambda’s code from the folder its archive is built from; the provider’s region; a published version', () => {
    const auth = fn(result, 'edge-auth')
    expect(auth).toMatchObject({ path: `${DIR}terraform/lambda/auth/index.js`, includeBody: true, handler: 'handler' })
    expect(auth.lambda).toMatchObject({ region: 'us-east-1', runtime: 'nodejs20.x', timeoutSeconds: 5, memoryMb: 128 })
    expect(auth.lambda?.qualifier).toBeUndefined()
    expect(auth.lambda?.lines?.timeoutSeconds).toBe(lineOf(tf, 'timeout          = 5'))
  })

  it('qualified_arn of an unpublished function is $LATEST; S3 code is named, not read', () => {
    const images = fn(result, 'og-images')
    expect(images.lambda).toMatchObject({
      qualifier: '$LATEST',
      environment: ['BUCKET'],
      lines: {
        qualifier: { file: main, line: lineOf(tf, 'lambda_arn = aws_lambda_function.images.qualified_arn') },
        environment: lineOf(tf, 'environment {'),
      },
    })
    expect(images.codeElsewhere).toBe('s3://artifacts-bucket/og-images.zip')
  })

  it('an ARN unknown until apply that references nothing the plan holds: a notice, no guess', () => {
    const plan = JSON.parse(text) as {
      configuration: { root_module: { resources: { address: string; expressions: Record<string, unknown> }[] } }
    }
    const site = plan.configuration.root_module.resources.find((r) => r.address === 'aws_cloudfront_distribution.site')!
    const behaviour = (site.expressions['ordered_cache_behavior'] as { lambda_function_association: { lambda_arn: unknown }[] }[])[0]!
    behaviour.lambda_function_association[0]!.lambda_arn = { references: ['module.edge.lambda_arn', 'module.edge'] }
    const changed = readTerraformPlan(JSON.stringify(plan), file)
    expect(changed.functions?.map((f) => f.name)).not.toContain('og-images')
    expect(changed.findings).toEqual([
      expect.objectContaining({
        code: 'SOURCE_UNRESOLVED',
        file: main,
        line: lineOf(tf, 'lambda_arn = aws_lambda_function.images.qualified_arn'),
        details: expect.objectContaining({ setting: 'lambda_arn', expression: 'module.edge.lambda_arn' }),
      }),
    ])
  })
})

/**
 * The lab's source-declared edge functions, written into each kind of source beside the distributions:
 * resources (CloudFormation, CDK with an asset folder per Lambda, Terraform with its archive's source
 * folder and the plan's references) and the default behaviour's associations. CloudFront's own JSON
 * names functions by ARN only, so it declares none.
 */

import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { SOURCE_FUNCTION_SCENARIOS, type SourceFunctionScenario } from './function-scenarios.js'

const ROLE = 'arn:aws:iam::123456789012:role/lab-edge'

/** `src-fn-env-vars` → `SrcFnEnvVars` (a logical id), `src_fn_env_vars` (a Terraform name). */
function logicalId(scenario: SourceFunctionScenario): string {
  return scenario.name.replace(/(^|-)([a-z])/g, (_, _dash: string, c: string) => c.toUpperCase())
}

function tfName(scenario: SourceFunctionScenario): string {
  return scenario.name.replaceAll('-', '_')
}

const indent = (text: string, spaces: number) =>
  text
    .trimEnd()
    .split('\n')
    .map((line) => (line === '' ? '' : `${' '.repeat(spaces)}${line}`))

const cloudFront = () => SOURCE_FUNCTION_SCENARIOS.filter((s) => s.kind === 'cloudfront-function')
const lambdas = () => SOURCE_FUNCTION_SCENARIOS.filter((s) => s.kind === 'lambda-edge')

/** Resources of a YAML template (indented as entries of `Resources:`), code inline in `|` blocks. */
export function cloudFormationFunctionResources(): string[] {
  const lines: string[] = []
  for (const s of cloudFront()) {
    lines.push(
      `  ${logicalId(s)}:`,
      '    Type: AWS::CloudFront::Function',
      '    Properties:',
      `      Name: ${s.name}`,
      '      AutoPublish: true',
      '      FunctionConfig:',
      `        Comment: ${s.name}`,
      `        Runtime: ${s.runtime ?? 'cloudfront-js-2.0'}`,
      '      FunctionCode: |',
      ...indent(s.source, 8),
    )
  }
  for (const s of lambdas()) {
    lines.push(
      `  ${logicalId(s)}:`,
      '    Type: AWS::Lambda::Function',
      '    Properties:',
      `      FunctionName: ${s.name}`,
      '      Runtime: nodejs20.x',
      '      Handler: index.handler',
      `      Role: ${ROLE}`,
      ...(s.environment
        ? ['      Environment:', '        Variables:', ...Object.entries(s.environment).map(([k, v]) => `          ${k}: ${v}`)]
        : []),
      '      Code:',
      '        ZipFile: |',
      ...indent(s.source, 10),
      `  ${logicalId(s)}Version:`,
      '    Type: AWS::Lambda::Version',
      '    Properties:',
      `      FunctionName: !Ref ${logicalId(s)}`,
    )
  }
  return lines
}

/** The default behaviour's association lists, at the behaviour's keys' indentation. */
export function cloudFormationAssociations(pad: string): string[] {
  return [
    `${pad}FunctionAssociations:`,
    ...cloudFront().flatMap((s) => [`${pad}  - EventType: ${s.event}`, `${pad}    FunctionARN: !GetAtt ${logicalId(s)}.FunctionARN`]),
    `${pad}LambdaFunctionAssociations:`,
    ...lambdas().flatMap((s) => [`${pad}  - EventType: ${s.event}`, `${pad}    LambdaFunctionARN: !Ref ${logicalId(s)}Version`]),
  ]
}

/** CDK's shape: CloudFront Functions inline, each Lambda's code an asset folder beside the template (written into `cdkOut`). */
export function cdkFunctionResources(cdkOut: string): Record<string, unknown> {
  const resources: Record<string, unknown> = {}
  for (const s of cloudFront()) {
    resources[logicalId(s)] = {
      Type: 'AWS::CloudFront::Function',
      Properties: {
        Name: s.name,
        AutoPublish: true,
        FunctionCode: s.source,
        FunctionConfig: { Comment: s.name, Runtime: s.runtime ?? 'cloudfront-js-2.0' },
      },
      Metadata: { 'aws:cdk:path': `LabStack/${logicalId(s)}/Resource` },
    }
  }
  for (const s of lambdas()) {
    const asset = `asset.${s.name}`
    mkdirSync(join(cdkOut, asset), { recursive: true })
    writeFileSync(join(cdkOut, asset, 'index.js'), s.source)
    resources[logicalId(s)] = {
      Type: 'AWS::Lambda::Function',
      Properties: {
        FunctionName: s.name,
        Code: { S3Bucket: { 'Fn::Sub': 'cdk-hnb659fds-assets-${AWS::AccountId}-us-east-1' }, S3Key: `${s.name}.zip` },
        Role: ROLE,
        Handler: 'index.handler',
        Runtime: 'nodejs20.x',
        ...(s.environment ? { Environment: { Variables: s.environment } } : {}),
      },
      Metadata: { 'aws:cdk:path': `LabStack/${logicalId(s)}/Resource`, 'aws:asset:path': asset, 'aws:asset:property': 'Code' },
    }
    resources[`${logicalId(s)}Version`] = { Type: 'AWS::Lambda::Version', Properties: { FunctionName: { Ref: logicalId(s) } } }
  }
  return resources
}

export function cdkAssociations(): Record<string, unknown> {
  return {
    FunctionAssociations: cloudFront().map((s) => ({ EventType: s.event, FunctionARN: { 'Fn::GetAtt': [logicalId(s), 'FunctionARN'] } })),
    LambdaFunctionAssociations: lambdas().map((s) => ({ EventType: s.event, LambdaFunctionARN: { Ref: `${logicalId(s)}Version` } })),
  }
}

/** `.tf` resources: CloudFront Functions read by file(), Lambdas zipped from a folder by archive_file; their code written below `infra`. */
export function terraformFunctionBlocks(infra: string): string[] {
  const lines: string[] = []
  for (const s of cloudFront()) {
    mkdirSync(join(infra, 'edge'), { recursive: true })
    writeFileSync(join(infra, 'edge', `${s.name}.js`), s.source)
    lines.push(
      `resource "aws_cloudfront_function" "${tfName(s)}" {`,
      `  name    = "${s.name}"`,
      `  runtime = "${s.runtime ?? 'cloudfront-js-2.0'}"`,
      '  publish = true',
      `  code    = file("\${path.module}/edge/${s.name}.js")`,
      '}',
      '',
    )
  }
  for (const s of lambdas()) {
    mkdirSync(join(infra, 'lambda', s.name), { recursive: true })
    writeFileSync(join(infra, 'lambda', s.name, 'index.js'), s.source)
    lines.push(
      `data "archive_file" "${tfName(s)}" {`,
      '  type        = "zip"',
      `  source_dir  = "\${path.module}/lambda/${s.name}"`,
      `  output_path = "\${path.module}/build/${s.name}.zip"`,
      '}',
      '',
      `resource "aws_lambda_function" "${tfName(s)}" {`,
      `  function_name = "${s.name}"`,
      `  role          = "${ROLE}"`,
      '  runtime       = "nodejs20.x"',
      '  handler       = "index.handler"',
      `  filename      = data.archive_file.${tfName(s)}.output_path`,
      '  publish       = true',
      ...(s.environment
        ? [
            '',
            '  environment {',
            '    variables = {',
            ...Object.entries(s.environment).map(([k, v]) => `      ${k} = "${v}"`),
            '    }',
            '  }',
          ]
        : []),
      '}',
      '',
    )
  }
  return lines
}

/** The association blocks inside `default_cache_behavior {`. */
export function terraformAssociationBlocks(): string[] {
  return [
    ...cloudFront().flatMap((s) => [
      '',
      '    function_association {',
      `      event_type   = "${s.event}"`,
      `      function_arn = aws_cloudfront_function.${tfName(s)}.arn`,
      '    }',
    ]),
    ...lambdas().flatMap((s) => [
      '',
      '    lambda_function_association {',
      `      event_type = "${s.event}"`,
      `      lambda_arn = aws_lambda_function.${tfName(s)}.qualified_arn`,
      '    }',
    ]),
  ]
}

/** What `terraform show -json` says of them: changes, the behaviour's values and unknowns, configuration, the archives read. */
export function terraformPlanParts() {
  const changes = [
    ...cloudFront().map((s) => ({
      address: `aws_cloudfront_function.${tfName(s)}`,
      mode: 'managed',
      type: 'aws_cloudfront_function',
      name: tfName(s),
      change: {
        actions: ['create'],
        before: null,
        after: { name: s.name, runtime: s.runtime ?? 'cloudfront-js-2.0', code: s.source, publish: true, comment: null },
        after_unknown: { arn: true, etag: true, id: true, live_stage_etag: true, status: true },
      },
    })),
    ...lambdas().map((s) => ({
      address: `aws_lambda_function.${tfName(s)}`,
      mode: 'managed',
      type: 'aws_lambda_function',
      name: tfName(s),
      change: {
        actions: ['create'],
        before: null,
        after: {
          function_name: s.name,
          role: ROLE,
          runtime: 'nodejs20.x',
          handler: 'index.handler',
          filename: `./build/${s.name}.zip`,
          publish: true,
          timeout: 3,
          memory_size: 128,
          reserved_concurrent_executions: -1,
          architectures: ['x86_64'],
          package_type: 'Zip',
          layers: null,
          vpc_config: [],
          tracing_config: [],
          environment: s.environment ? [{ variables: s.environment }] : [],
        },
        after_unknown: { arn: true, id: true, qualified_arn: true, version: true, source_code_hash: true },
      },
    })),
  ]
  const behaviour = {
    function_association: cloudFront().map((s) => ({ event_type: s.event })),
    lambda_function_association: lambdas().map((s) => ({ event_type: s.event, include_body: false })),
  }
  const unknown = {
    function_association: cloudFront().map(() => ({ function_arn: true })),
    lambda_function_association: lambdas().map(() => ({ lambda_arn: true })),
  }
  const reference = (type: string, s: SourceFunctionScenario, attribute: string) => ({
    references: [`${type}.${tfName(s)}.${attribute}`, `${type}.${tfName(s)}`],
  })
  const expressions = {
    function_association: cloudFront().map((s) => ({
      event_type: { constant_value: s.event },
      function_arn: reference('aws_cloudfront_function', s, 'arn'),
    })),
    lambda_function_association: lambdas().map((s) => ({
      event_type: { constant_value: s.event },
      lambda_arn: reference('aws_lambda_function', s, 'qualified_arn'),
    })),
  }
  const resources = lambdas().map((s) => ({
    address: `aws_lambda_function.${tfName(s)}`,
    mode: 'managed',
    type: 'aws_lambda_function',
    name: tfName(s),
    provider_config_key: 'aws',
    expressions: { filename: { references: [`data.archive_file.${tfName(s)}.output_path`, `data.archive_file.${tfName(s)}`] } },
  }))
  const archives = lambdas().map((s) => ({
    address: `data.archive_file.${tfName(s)}`,
    mode: 'data',
    type: 'archive_file',
    name: tfName(s),
    values: { type: 'zip', source_dir: `./lambda/${s.name}`, output_path: `./build/${s.name}.zip` },
  }))
  return { changes, behaviour, unknown, expressions, resources, archives }
}

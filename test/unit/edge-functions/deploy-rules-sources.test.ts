import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { checkDeployRules } from '../../../src/edge-functions/deploy-rules.js'
import { readCloudFormation } from '../../../src/sources/cloudformation.js'

const lines = (...text: string[]) => `${text.join('\n')}\n`

/** One function breaking every rule a template can show, an alias in front of it, and a CloudFront Function on an origin event. */
const TEMPLATE = lines(
  'Resources:',
  '  Everything:',
  '    Type: AWS::Lambda::Function',
  '    Properties:',
  '      Runtime: java21',
  '      Handler: example.Handler::handleRequest',
  '      Timeout: 10',
  '      MemorySize: 512',
  '      Environment:',
  '        Variables:',
  '          TABLE: sessions',
  '      VpcConfig:',
  '        SubnetIds: [subnet-0a1b2c3d]',
  '        SecurityGroupIds: [sg-0a1b2c3d]',
  '      Layers:',
  '        - arn:aws:lambda:us-east-1:123456789012:layer:deps:3',
  '      Architectures: [arm64]',
  '      PackageType: Image',
  '      TracingConfig:',
  '        Mode: Active',
  '      ReservedConcurrentExecutions: 5',
  '      Code:',
  '        ImageUri: 123456789012.dkr.ecr.us-east-1.amazonaws.com/edge:1',
  '  EverythingLive:',
  '    Type: AWS::Lambda::Alias',
  '    Properties:',
  '      FunctionName: !Ref Everything',
  '      FunctionVersion: "1"',
  '      Name: live',
  '      ProvisionedConcurrencyConfig:',
  '        ProvisionedConcurrentExecutions: 2',
  '  Bundle:',
  '    Type: AWS::Lambda::Function',
  '    Metadata:',
  '      aws:asset:path: asset.big',
  '    Properties:',
  '      Runtime: nodejs20.x',
  '      Handler: index.handler',
  '      Code:',
  '        S3Bucket: assets',
  '        S3Key: big.zip',
  '  BundleVersion:',
  '    Type: AWS::Lambda::Version',
  '    Properties:',
  '      FunctionName: !Ref Bundle',
  '  Rewrite:',
  '    Type: AWS::CloudFront::Function',
  '    Properties:',
  '      Name: rewrite',
  '      FunctionConfig:',
  '        Runtime: cloudfront-js-2.0',
  '      FunctionCode: "function handler(event) { return event.request; }"',
  '  Cdn:',
  '    Type: AWS::CloudFront::Distribution',
  '    Properties:',
  '      DistributionConfig:',
  '        Origins:',
  '          - Id: web',
  '            DomainName: web.example.com',
  '            CustomOriginConfig: { OriginProtocolPolicy: https-only, OriginSSLProtocols: [TLSv1.2] }',
  '        DefaultCacheBehavior:',
  '          TargetOriginId: web',
  '          FunctionAssociations:',
  '            - EventType: origin-request',
  '              FunctionARN: !GetAtt Rewrite.FunctionARN',
  '          LambdaFunctionAssociations:',
  '            - EventType: viewer-request',
  '              LambdaFunctionARN: !Ref EverythingLive',
  '            - EventType: viewer-response',
  '              LambdaFunctionARN: !Ref BundleVersion',
)

function line(needle: string): number {
  return TEMPLATE.split('\n').findIndex((l) => l.includes(needle)) + 1
}

/** The first line containing `needle` after the line containing `anchor`. */
function lineAfter(anchor: string, needle: string): number {
  const start = line(anchor)
  return TEMPLATE.split('\n').findIndex((l, i) => i >= start && l.includes(needle)) + 1
}

const dir = mkdtempSync(join(tmpdir(), 'deploy-rules-'))
const file = join(dir, 'cdn.yaml')
writeFileSync(file, TEMPLATE)
// A package that cannot compress below the viewer events' 1 MB.
mkdirSync(join(dir, 'asset.big'))
writeFileSync(join(dir, 'asset.big', 'index.js'), 'exports.handler = async (e) => e.Records[0].cf.request;\n')
writeFileSync(join(dir, 'asset.big', 'model.bin'), randomBytes(1200 * 1024))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function findings(parameters: Record<string, string> = {}) {
  const result = readCloudFormation(TEMPLATE, file, { parameters })
  return (result.functions ?? []).flatMap((declaration) =>
    checkDeployRules(declaration).map((f) => `${f.function} ${String(f.details['rule'])} ${f.file === file ? '' : f.file}:${f.line}`),
  )
}

describe('deployment rules judged on what a template declares', () => {
  it('each rule the template shows, at the line of its setting', () => {
    expect(findings().sort()).toEqual(
      [
        `Everything runtime :${line('Runtime: java21')}`,
        `Everything environment :${line('Environment:')}`,
        `Everything vpc :${line('VpcConfig:')}`,
        `Everything layers :${line('Layers:')}`,
        `Everything architecture :${line('Architectures:')}`,
        `Everything container-image :${line('PackageType:')}`,
        `Everything x-ray :${line('TracingConfig:')}`,
        `Everything reserved-concurrency :${line('ReservedConcurrentExecutions:')}`,
        `Everything provisioned-concurrency :${line('ProvisionedConcurrentExecutions:')}`,
        `Everything version :${line('LambdaFunctionARN: !Ref EverythingLive')}`,
        `Everything timeout :${line('Timeout: 10')}`,
        `Everything memory :${line('MemorySize: 512')}`,
        `Bundle package-size :${lineAfter('  Bundle:', 'Code:')}`,
        `rewrite event :${line('- EventType: origin-request')}`,
      ].sort(),
    )
  })

  it('the region, where `parameters:` gives AWS::Region, at the function', () => {
    const regional = findings({ 'AWS::Region': 'eu-west-1' }).filter((f) => f.includes(' region '))
    expect(regional).toEqual([`Everything region :${line('  Everything:')}`, `Bundle region :${line('  Bundle:')}`])
    expect(findings({ 'AWS::Region': 'us-east-1' }).filter((f) => f.includes(' region '))).toEqual([])
  })
})

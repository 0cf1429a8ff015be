import { describe, expect, it } from 'vitest'
import { checkDeployRules } from '../../../src/edge-functions/deploy-rules.js'
import type { EdgeFunctionDeclaration } from '../../../src/edge-functions/types.js'

const base: EdgeFunctionDeclaration = {
  name: 'auth',
  kind: 'lambda-edge',
  file: 'edge/auth.js',
  events: ['viewer-request'],
  declaredAt: { file: 'infra/cdn.yaml', line: 40 },
}

function rules(declaration: Partial<EdgeFunctionDeclaration>): Array<Record<string, unknown>> {
  return checkDeployRules({ ...base, ...declaration }).map((f) => ({ line: f.line, ...f.details }))
}

describe('what a Lambda@Edge association refuses', () => {
  it('accepts a numbered version in us-east-1 within the viewer limits', () => {
    expect(
      rules({
        lambda: { arn: 'arn:aws:lambda:us-east-1:123456789012:function:auth:7', timeoutSeconds: 5, memoryMb: 128, packageBytes: 900_000 },
      }),
    ).toEqual([])
  })

  it('$LATEST, an alias, an unqualified ARN, another region', () => {
    expect(rules({ lambda: { arn: 'arn:aws:lambda:us-east-1:123456789012:function:auth:$LATEST' } })).toMatchObject([
      { rule: 'version', kind: 'latest' },
    ])
    expect(rules({ lambda: { arn: 'arn:aws:lambda:us-east-1:123456789012:function:auth:live' } })).toMatchObject([
      { rule: 'version', kind: 'alias', qualifier: 'live' },
    ])
    expect(rules({ lambda: { arn: 'arn:aws:lambda:eu-west-1:123456789012:function:auth' } })).toMatchObject([
      { rule: 'version', kind: 'unqualified' },
      { rule: 'region', region: 'eu-west-1' },
    ])
  })

  it('each setting Lambda@Edge does not support, at its own line', () => {
    const found = rules({
      lambda: {
        environment: ['TABLE'],
        vpc: true,
        layers: ['arn:aws:lambda:us-east-1:1:layer:x:1'],
        architectures: ['arm64'],
        packageType: 'Image',
        tracing: 'Active',
        reservedConcurrency: 10,
        provisionedConcurrency: 2,
        runtime: 'java21',
        lines: { environment: 44, vpc: 45 },
      },
    })
    expect(found.map((f) => f['rule'])).toEqual([
      'runtime',
      'environment',
      'vpc',
      'layers',
      'container-image',
      'architecture',
      'x-ray',
      'reserved-concurrency',
      'provisioned-concurrency',
    ])
    expect(found.find((f) => f['rule'] === 'environment')!.line).toBe(44)
    expect(found.find((f) => f['rule'] === 'layers')!.line).toBe(40)
  })

  it('viewer events: 5 s, 128 MB, 1 MB; origin events: 30 s, 50 MB', () => {
    expect(rules({ lambda: { timeoutSeconds: 10, memoryMb: 256, packageBytes: 2_000_000 } }).map((f) => f['rule'])).toEqual([
      'timeout',
      'memory',
      'package-size',
    ])
    expect(rules({ events: ['origin-request'], lambda: { timeoutSeconds: 10, memoryMb: 256, packageBytes: 2_000_000 } })).toEqual([])
    expect(rules({ events: ['origin-request'], lambda: { timeoutSeconds: 31, packageBytes: 60_000_000 } }).map((f) => f['rule'])).toEqual([
      'timeout',
      'package-size',
    ])
  })

  it('a CloudFront Function on an origin event', () => {
    expect(rules({ kind: 'cloudfront-function', events: ['viewer-request', 'origin-request'] })).toEqual([
      { line: 40, rule: 'event', kind: 'cloudfront-function', event: 'origin-request', setting: 'origin-request' },
    ])
  })
})

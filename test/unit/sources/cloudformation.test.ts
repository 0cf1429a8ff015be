import { describe, expect, it } from 'vitest'
import { readCloudFormation } from '../../../src/sources/cloudformation.js'
import { fixture, findingsOf, originNamed } from './helpers.js'

const ALL = ['dns', 'ports', 'tls', 'certificate', 'http']

describe('CloudFormation templates (YAML, short-form tags)', () => {
  const { file, text } = fixture('shop-cdn.yaml')
  const result = readCloudFormation(text, file)

  it('reads every distribution whose Condition holds, origin by origin, in template order', () => {
    expect(result.origins.map((o) => o.name)).toEqual([
      'StorefrontDistribution/api',
      'StorefrontDistribution/api-standby',
      'StorefrontDistribution/alb-prod',
      'StorefrontDistribution/assets',
      'StorefrontDistribution/legacy',
      'StorefrontDistribution/eu-mirror',
      'AdminDistribution/admin',
      'AdminDistribution/internal',
      'AdminDistribution/reports',
      'LegacyDistribution/legacy-empty',
    ])
  })

  it('resolves Parameters (Number as a string), Fn::Sub and Fn::FindInMap, with every setting at its own line', () => {
    const api = originNamed(result, 'StorefrontDistribution/api')
    expect(api).toMatchObject({
      container: 'StorefrontDistribution',
      kind: 'custom',
      file,
      line: 59,
      signed: false,
      groups: ['api-failover'],
      behaviours: ['*'],
      unchecked: [],
      id: { value: 'api', line: 59, declared: true },
      domain: { value: 'api.shop.example.com', line: 60, declared: true },
      originPath: { value: '/v2', line: 61 },
      connectionAttempts: { value: 2, line: 62 },
      connectionTimeout: { value: 5, line: 63 },
      httpsPort: { value: 8443, line: 65, declared: true },
      httpPort: { value: 80, line: 59, declared: false },
      protocolPolicy: { value: 'https-only', line: 66 },
      readTimeout: { value: 45, line: 67 },
      keepAliveTimeout: { value: 10, line: 68 },
      ipAddressType: { value: 'dualstack', line: 69 },
      // Omitted OriginSSLProtocols: CloudFormation's default.
      sslProtocols: { value: ['TLSv1', 'SSLv3'], line: 59, declared: false },
      customHeaders: [{ name: 'X-Origin-Verify', value: { value: 's3cr3t-from-default', line: 72 } }],
    })
    expect(api.skipped).toBeUndefined()
  })

  it('sends every alias as Host and SNI where the behaviour forwards Host (AllViewer), through the origin group', () => {
    const api = originNamed(result, 'StorefrontDistribution/api')
    expect(api.hostForwarded).toBe(true)
    expect(api.hosts.map((h) => [h.value, h.line])).toEqual([
      ['www.shop.example.com', 56],
      ['shop.example.com', 57],
    ])
    // A legacy ForwardedValues without Host keeps the origin domain.
    const alb = originNamed(result, 'StorefrontDistribution/alb-prod')
    expect(alb.hostForwarded).toBe(false)
  })

  it('never guesses: a Parameter without a value, Fn::GetAtt and Fn::ImportValue are SOURCE_UNRESOLVED at their line, unprobed', () => {
    expect(originNamed(result, 'StorefrontDistribution/api-standby').unchecked).toEqual(ALL)
    expect(findingsOf(result, 'StorefrontDistribution/api-standby')).toEqual(['SOURCE_UNRESOLVED:74:DomainName'])
    const standbyNotice = result.findings.find((f) => f.origin === 'StorefrontDistribution/api-standby')!
    expect(standbyNotice.details).toEqual({ setting: 'DomainName', expression: '!Ref StandbyDomain', because: 'parameter', unchecked: ALL })
    const alb = result.findings.find((f) => f.origin === 'StorefrontDistribution/alb-prod')!
    expect(alb).toMatchObject({ line: 79, details: { expression: '!GetAtt CheckoutLoadBalancer.DNSName', because: 'attribute' } })
    expect(findingsOf(result, 'AdminDistribution/reports')).toEqual([
      'SOURCE_UNRESOLVED:152:DomainName',
      'EDGE_SETTING_INVALID/error:154:HTTPSPort',
      'SOURCE_UNRESOLVED:171:OriginRequestPolicyId',
    ])
  })

  it('an origin id built by Fn::Sub over a Parameter default resolves into the name', () => {
    const alb = originNamed(result, 'StorefrontDistribution/alb-prod')
    expect(alb.id).toMatchObject({ value: 'alb-prod', line: 78 })
    expect(alb.behaviours).toEqual(['/checkout/*'])
  })

  it('S3, VPC and unused origins are SOURCE_SKIPPED at the origin line, with no probe', () => {
    expect(findingsOf(result, 'StorefrontDistribution/assets')).toEqual(['SOURCE_SKIPPED:83:s3'])
    expect(findingsOf(result, 'AdminDistribution/internal')).toEqual(['SOURCE_SKIPPED:147:vpc'])
    expect(findingsOf(result, 'StorefrontDistribution/legacy')).toEqual(['SOURCE_SKIPPED:88:not-used'])
    for (const name of ['StorefrontDistribution/assets', 'AdminDistribution/internal', 'StorefrontDistribution/legacy']) {
      expect(originNamed(result, name).unchecked).toEqual(ALL)
    }
    expect(originNamed(result, 'StorefrontDistribution/assets').skipped).toBe('s3')
  })

  it('an Fn::If item whose condition needs AWS::Region is read, with a notice naming the condition', () => {
    const eu = originNamed(result, 'StorefrontDistribution/eu-mirror')
    expect(eu).toMatchObject({ line: 94, domain: { value: 'eu.shop.example.com', line: 95 }, hosts: [{ value: 'eu.shop.example.com' }] })
    expect(findingsOf(result, 'StorefrontDistribution/eu-mirror')).toEqual(['SOURCE_UNRESOLVED:94:Condition'])
    expect(result.findings.find((f) => f.origin === 'StorefrontDistribution/eu-mirror')!.details['expression']).toBe('InEurope')
  })

  it("a template policy whitelisting Host forwards it; with no alias the Host is the distribution's own name, unresolved", () => {
    const admin = originNamed(result, 'AdminDistribution/admin')
    expect(admin.hostForwarded).toBe(true)
    expect(admin.hosts).toEqual([{ unresolved: { expression: '*.cloudfront.net', reason: 'no-alias' }, file, line: 133, declared: false }])
  })

  it('settings CloudFront refuses are EDGE_SETTING_INVALID at the setting line; over 60 s is a warning', () => {
    expect(findingsOf(result, 'AdminDistribution/admin')).toEqual([
      'EDGE_SETTING_INVALID/error:145:OriginReadTimeout',
      'EDGE_SETTING_INVALID/warning:146:OriginKeepaliveTimeout',
      'EDGE_SETTING_INVALID/error:144:OriginSSLProtocols',
      'SOURCE_UNRESOLVED:133:Aliases',
    ])
    expect(originNamed(result, 'AdminDistribution/admin').unchecked).toEqual(ALL)
    const dangling = result.findings.find((f) => f.details['setting'] === 'TargetOriginId')!
    expect(dangling).toMatchObject({
      code: 'EDGE_SETTING_INVALID',
      severity: 'error',
      line: 173,
      details: { value: 'retired', pathPattern: '/old/*', container: 'AdminDistribution' },
    })
  })

  it('a Parameter whose default is "" is unresolved, never probed', () => {
    expect(findingsOf(result, 'LegacyDistribution/legacy-empty')).toEqual(['SOURCE_UNRESOLVED:196:DomainName'])
    expect(originNamed(result, 'LegacyDistribution/legacy-empty').domain.unresolved?.reason).toBe('empty')
  })

  it('parameters: values win over defaults and decide conditions (AWS::Region too)', () => {
    const staging = readCloudFormation(text, file, {
      parameters: {
        Environment: 'staging',
        StandbyDomain: 'standby.shop.example.com',
        'AWS::Region': 'us-east-1',
        LegacyDomain: 'old.example.com',
      },
    })
    const names = staging.origins.map((o) => o.name)
    expect(names).toContain('StorefrontDistribution/alb-staging')
    expect(names).toContain('StagingOnlyDistribution/preview')
    expect(names.some((n) => n.startsWith('AdminDistribution/'))).toBe(false)
    expect(names).not.toContain('StorefrontDistribution/eu-mirror')
    expect(originNamed(staging, 'StorefrontDistribution/api').readTimeout.value).toBe(20)
    expect(originNamed(staging, 'StorefrontDistribution/api-standby').domain.value).toBe('standby.shop.example.com')
    expect(findingsOf(staging, 'StorefrontDistribution/api-standby')).toEqual([])
  })
})

describe('CloudFormation edge cases', () => {
  const template = (origins: string, extra = '') =>
    'Resources:\n  1Cdn:\n    Type: AWS::CloudFront::Distribution\n    Properties:\n      DistributionConfig:\n' +
    `        Origins:\n${origins}        DefaultCacheBehavior: { TargetOriginId: a }\n${extra}`

  it('duplicate keys read last-wins with a SOURCE_INVALID warning at the duplicate; CRLF and digit-led logical ids are ordinary', () => {
    const text = template(
      '          - Id: a\n            DomainName: first.example.com\n            DomainName: second.example.com\n' +
        '            CustomOriginConfig: { OriginProtocolPolicy: https-only }\n',
    ).replaceAll('\n', '\r\n')
    const result = readCloudFormation(text, 'cdn.template')
    expect(originNamed(result, '1Cdn/a').domain).toMatchObject({ value: 'second.example.com', line: 9 })
    expect(result.findings).toEqual([
      {
        code: 'SOURCE_INVALID',
        severity: 'warning',
        file: 'cdn.template',
        line: 9,
        details: { format: 'cloudformation', problem: 'duplicate-key', key: 'DomainName', firstLine: 8 },
      },
    ])
  })

  it('a file that does not parse is a SOURCE_INVALID error at the parser line', () => {
    const result = readCloudFormation('Resources:\n  A: [unclosed\n  B: 1\n', 'broken.yaml')
    expect(result.origins).toEqual([])
    expect(result.findings).toMatchObject([{ code: 'SOURCE_INVALID', severity: 'error', details: { problem: 'parse' } }])
    expect(result.findings[0]!.line).toBeGreaterThanOrEqual(2)
  })

  it('Fn::Join, Fn::Select over Fn::Split, and {{resolve:}} values; unresolved ids keep their parts, colliding names get #2', () => {
    const origins = [
      '          - Id: !Sub "${Bucket}-origin"',
      '            DomainName: !Join [".", [a, !Select [1, !Split [",", "x,example,y"]], com]]',
      '            CustomOriginConfig: { OriginProtocolPolicy: https-only }',
      '            OriginCustomHeaders:',
      '              - { HeaderName: X-Key, HeaderValue: "{{resolve:secretsmanager:cdn:SecretString:key}}" }',
      '          - Id: !Sub "${Bucket}-origin"',
      '            DomainName: b.example.com',
      '            CustomOriginConfig: { OriginProtocolPolicy: https-only }',
      '',
    ].join('\n')
    const result = readCloudFormation(template(origins).replace('TargetOriginId: a', 'TargetOriginId: !Sub "${Bucket}-origin"'), 't.yaml')
    expect(result.origins.map((o) => o.name)).toEqual(['1Cdn/${Bucket}-origin', '1Cdn/${Bucket}-origin#2'])
    const first = result.origins[0]!
    expect(first.domain.value).toBe('a.example.com')
    expect(first.unchecked).toEqual(['http'])
    expect(findingsOf(result, '1Cdn/${Bucket}-origin')).toEqual(['SOURCE_UNRESOLVED:7:Id', 'SOURCE_UNRESOLVED:11:HeaderValue'])
  })

  it('a file without Resources is SOURCE_INVALID, not silently empty', () => {
    expect(readCloudFormation('Description: just text\n', 'notes.yaml').findings).toMatchObject([
      { code: 'SOURCE_INVALID', severity: 'error', details: { problem: 'no-resources' } },
    ])
  })
})

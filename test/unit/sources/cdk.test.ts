import { describe, expect, it } from 'vitest'
import { readCloudFormation } from '../../../src/sources/cloudformation.js'
import { fixture, findingsOf, originNamed } from './helpers.js'

const D = 'MediaDistributionE1C2F3A4'
const PRIMARY = `${D}/MediaStackMediaDistributionOrigin1D5E6F7A8`
const BUCKET = `${D}/MediaStackMediaDistributionOrigin2B9C0D1E2`
const THUMBS = `${D}/MediaStackMediaDistributionOrigin3F00BA7C1`
const RESIZE = `${D}/MediaStackMediaDistributionOrigin4A1B2C3D4`

describe('CDK synthesized templates (JSON, Fn:: long forms, wrapped origin groups)', () => {
  const { file, text } = fixture('cdk.out/MediaStack.template.json')
  const result = readCloudFormation(text, file, { parameters: { 'AWS::Region': 'eu-west-1' } })

  it('declares each origin at its `{` and every value at its key', () => {
    expect(result.origins.map((o) => [o.name, o.line, o.kind])).toEqual([
      [PRIMARY, 73, 'custom'],
      [BUCKET, 81, 's3'],
      [THUMBS, 87, 'custom'],
      [RESIZE, 98, 'custom'],
    ])
    expect(originNamed(result, THUMBS)).toMatchObject({
      domain: { value: 'thumbs.eu-west-1.example.org', line: 94 },
      httpsPort: { value: 8443, line: 89 },
      readTimeout: { value: 60, line: 91 },
      sslProtocols: { value: ['TLSv1.2'] },
      customHeaders: [{ name: 'X-Thumbs-Key', value: { value: 'tk-8f1d2c', line: 96 } }],
      behaviours: ['/thumbs/*'],
    })
  })

  it('AllViewerExceptHostHeader keeps the origin domain; a template cache policy with host in its key sends every alias', () => {
    const primary = originNamed(result, PRIMARY)
    expect(primary.hostForwarded).toBe(false)
    expect(primary.hosts.map((h) => h.value)).toEqual(['media-origin.example.org'])
    expect(primary.groups).toEqual(['MediaStackMediaDistributionOriginGroup1A2B3C4D5'])
    const thumbs = originNamed(result, THUMBS)
    expect(thumbs.hostForwarded).toBe(true)
    expect(thumbs.hosts.map((h) => [h.value, h.line])).toEqual([
      ['media.example.org', 30],
      ['img.example.org', 30],
    ])
  })

  it('a custom origin with an origin access control is signed: only the HTTP check is skipped', () => {
    const resize = originNamed(result, RESIZE)
    expect(resize.signed).toBe(true)
    expect(findingsOf(result, RESIZE)).toEqual(['SOURCE_UNRESOLVED:100:DomainName'])
  })

  it('the S3 member of a group is skipped and names its group', () => {
    expect(findingsOf(result, BUCKET)).toEqual(['SOURCE_SKIPPED:81:s3'])
    expect(result.findings.find((f) => f.origin === BUCKET)!.details['groups']).toEqual(['MediaStackMediaDistributionOriginGroup1A2B3C4D5'])
  })

  it('without AWS::Region among the parameters, a domain built from it is unresolved', () => {
    const bare = readCloudFormation(text, file)
    expect(findingsOf(bare, THUMBS)).toEqual(['SOURCE_UNRESOLVED:94:DomainName'])
    expect(bare.findings.find((f) => f.origin === THUMBS)!.details).toMatchObject({
      because: 'pseudo-parameter',
      expression: '!Join ["", [thumbs., !Ref AWS::Region, .example.org]]',
    })
  })
})

import { describe, expect, it } from 'vitest'
import { readCloudFrontConfig } from '../../../src/sources/cloudfront-json.js'
import { fixture, findingsOf, originNamed } from './helpers.js'

describe('CloudFront JSON (get-distribution, get-distribution-config)', () => {
  const { file, text } = fixture('cloudfront/E2SHOP7EXAMPLE.json')
  const result = readCloudFrontConfig(text, file)

  it('names origins by the distribution Id, reads {Quantity, Items} lists and OriginSslProtocols', () => {
    expect(result.origins.map((o) => o.name)).toEqual([
      'E2SHOP7EXAMPLE/web',
      'E2SHOP7EXAMPLE/web-standby',
      'E2SHOP7EXAMPLE/media',
      'E2SHOP7EXAMPLE/search',
    ])
    expect(originNamed(result, 'E2SHOP7EXAMPLE/web')).toMatchObject({
      line: 31,
      domain: { value: 'web-origin.shop.example.com', line: 33 },
      sslProtocols: { value: ['TLSv1.2'], line: 48 },
      customHeaders: [{ name: 'X-Origin-Verify', value: { value: 'cf-verify-7d1e0b' } }],
      ipAddressType: { value: 'ipv4' },
      groups: ['web-group'],
      hostForwarded: false,
    })
    expect(originNamed(result, 'E2SHOP7EXAMPLE/web-standby')).toMatchObject({
      httpsPort: { value: 8443 },
      sslProtocols: { value: ['TLSv1.1', 'TLSv1.2'] },
    })
  })

  it('legacy ForwardedValues with Host sends every alias', () => {
    expect(originNamed(result, 'E2SHOP7EXAMPLE/search').hosts.map((h) => h.value)).toEqual(['www.shop.example.com', 'shop.example.com'])
  })

  it('judges settings and skips S3', () => {
    expect(findingsOf(result, 'E2SHOP7EXAMPLE/web-standby')).toEqual(['EDGE_SETTING_INVALID/warning:83:OriginReadTimeout'])
    expect(findingsOf(result, 'E2SHOP7EXAMPLE/search')).toEqual(['EDGE_SETTING_INVALID/error:133:ConnectionTimeout'])
    expect(findingsOf(result, 'E2SHOP7EXAMPLE/media')).toEqual(['SOURCE_SKIPPED:94:s3'])
  })

  it("get-distribution: Host forwarded with no alias is the distribution's own DomainName", () => {
    const config = JSON.parse(text) as { Distribution: { DistributionConfig: { Aliases: unknown } } }
    config.Distribution.DistributionConfig.Aliases = { Quantity: 0 }
    const bare = readCloudFrontConfig(JSON.stringify(config), file)
    expect(originNamed(bare, 'E2SHOP7EXAMPLE/search').hosts.map((h) => h.value)).toEqual(['d2shop7example.cloudfront.net'])
  })

  it('get-distribution-config: named by the file stem; no alias and Host forwarded is unresolved', () => {
    const status = fixture('cloudfront/status-page.json')
    const read = readCloudFrontConfig(status.text, status.file)
    expect(read.origins.map((o) => o.name)).toEqual(['status-page/status'])
    expect(findingsOf(read, 'status-page/status')).toEqual(['SOURCE_UNRESOLVED:5:Aliases'])
  })

  it('JSON that is not a distribution is SOURCE_INVALID', () => {
    expect(readCloudFrontConfig('{"Items": []}', 'x.json').findings).toMatchObject([
      { code: 'SOURCE_INVALID', details: { problem: 'no-distribution-config' } },
    ])
  })
})

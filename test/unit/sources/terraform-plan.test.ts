import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { readTerraformPlan } from '../../../src/sources/terraform-plan.js'
import { FIXTURES, fixture, findingsOf, originNamed } from './helpers.js'

const PROD = 'module.cdn["prod"].aws_cloudfront_distribution.this'
const STAGING = 'module.cdn["staging"].aws_cloudfront_distribution.this'

describe('Terraform plans (terraform show -json)', () => {
  const { file, text } = fixture('terraform/plan.json')
  const result = readTerraformPlan(text, file)
  const moduleFile = join(FIXTURES, 'terraform/modules/cdn/main.tf')
  const rootFile = join(FIXTURES, 'terraform/main.tf')

  it('names origins by resource address (for_each keys kept) and origin id', () => {
    expect(result.origins.map((o) => o.name).sort()).toEqual(
      [
        'aws_cloudfront_distribution.docs/docs-alb',
        `${PROD}/app`,
        `${PROD}/app-dr`,
        `${PROD}/static`,
        `${STAGING}/app`,
        `${STAGING}/app-dr`,
        `${STAGING}/static`,
      ].sort(),
    )
  })

  it('finds the .tf lines through the module call, matching the set of origins by origin_id', () => {
    const app = originNamed(result, `${PROD}/app`)
    expect(app).toMatchObject({
      file: moduleFile,
      line: 21,
      kind: 'custom',
      groups: ['app-group'],
      behaviours: ['*'],
      unchecked: [],
      id: { value: 'app', line: 22 },
      domain: { value: 'app.prod.example.net', line: 23 },
      connectionAttempts: { value: 3, line: 24 },
      connectionTimeout: { value: 10, line: 21 },
      httpPort: { value: 80, line: 27 },
      httpsPort: { value: 443, line: 28 },
      protocolPolicy: { value: 'https-only', line: 29 },
      sslProtocols: { value: ['TLSv1.2'], line: 30 },
      keepAliveTimeout: { value: 5, line: 31 },
      readTimeout: { value: 30, line: 21 },
      customHeaders: [{ name: 'X-Shared-Secret', value: { value: 'prod-header-secret', line: 34 } }],
    })
    expect(originNamed(result, `${PROD}/app-dr`)).toMatchObject({
      line: 40,
      httpsPort: { value: 8443, line: 46 },
      sslProtocols: { value: ['TLSv1.1', 'TLSv1.2'] },
    })
  })

  it('AllViewer sends the aliases (from the `aliases =` line) as Host and SNI', () => {
    const app = originNamed(result, `${PROD}/app`)
    expect(app.hosts.map((h) => [h.value, h.line, h.file])).toEqual([
      ['prod.example.net', 19, moduleFile],
      ['www.prod.example.net', 19, moduleFile],
    ])
  })

  it('an origin with no config block at all is S3', () => {
    expect(findingsOf(result, `${PROD}/static`)).toEqual(['SOURCE_SKIPPED:52:s3'])
  })

  it('settings CloudFront refuses, per for_each instance, at the attribute line', () => {
    expect(findingsOf(result, `${STAGING}/app`)).toEqual([
      'EDGE_SETTING_INVALID/error:24:connection_attempts',
      'EDGE_SETTING_INVALID/warning:31:origin_keepalive_timeout',
    ])
    expect(originNamed(result, `${STAGING}/app`).unchecked).toEqual(['dns', 'ports', 'tls', 'certificate', 'http'])
    expect(findingsOf(result, `${PROD}/app`)).toEqual([])
  })

  it('a domain known only after apply is SOURCE_UNRESOLVED; a policy created in the same plan is read for Host', () => {
    const docs = originNamed(result, 'aws_cloudfront_distribution.docs/docs-alb')
    expect(docs).toMatchObject({ file: rootFile, line: 35, hostForwarded: true })
    expect(docs.hosts.map((h) => h.value)).toEqual(['docs.example.net'])
    expect(result.findings.filter((f) => f.origin === docs.name)).toEqual([
      {
        code: 'SOURCE_UNRESOLVED',
        origin: docs.name,
        file: rootFile,
        line: 37,
        details: {
          setting: 'domain_name',
          expression: '(known after apply)',
          because: 'unknown-after-apply',
          unchecked: ['dns', 'ports', 'tls', 'certificate', 'http'],
        },
      },
    ])
  })

  it('without the .tf files, findings point at the fallback (the sources: item)', () => {
    const bare = readTerraformPlan(text, '/nowhere/plan.json', { fallback: { file: 'origin-preflight.yml', line: 7 } })
    expect(originNamed(bare, `${PROD}/app`)).toMatchObject({ file: 'origin-preflight.yml', line: 7 })
  })

  it('after: null on a create is unresolved as a whole; JSON that does not parse is SOURCE_INVALID at its line', () => {
    const afterNull = JSON.stringify({
      format_version: '1.2',
      resource_changes: [
        {
          address: 'aws_cloudfront_distribution.x',
          mode: 'managed',
          type: 'aws_cloudfront_distribution',
          name: 'x',
          change: { actions: ['create'], after: null, after_unknown: {} },
        },
      ],
    })
    expect(readTerraformPlan(afterNull, 'p.json').findings).toMatchObject([
      { code: 'SOURCE_UNRESOLVED', details: { setting: 'origin', container: 'aws_cloudfront_distribution.x' } },
    ])
    const broken = readTerraformPlan('{\n  "format_version": "1.2",\n  oops\n}', 'p.json')
    expect(broken.findings).toMatchObject([{ code: 'SOURCE_INVALID', severity: 'error', line: 3, details: { problem: 'parse' } }])
  })
})

import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseConfig } from './both-readers.js'
import { matchGlob } from '../../../src/config/glob.js'
import type { Config, OriginConfig } from '../../../src/config/types.js'
import { problemsOf } from './helpers.js'

const FIXTURE = new URL('../../fixtures/sources/shop-cdn.yaml', import.meta.url)
const ALL = ['dns', 'ports', 'tls', 'certificate', 'http']
let repo: string
let configFile: string

/** A repository with the template under infra/ and the config in .github/. */
beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'op-sources-'))
  mkdirSync(join(repo, '.github'))
  mkdirSync(join(repo, 'infra', 'stacks'), { recursive: true })
  copyFileSync(FIXTURE, join(repo, 'infra', 'stacks', 'cdn.yaml'))
  writeFileSync(join(repo, 'infra', 'stacks', 'notes.txt'), 'not a template')
  configFile = join(repo, '.github', 'origin-preflight.yml')
})

function load(lines: string[], env: NodeJS.ProcessEnv = {}): Config {
  return parseConfig(lines.join('\n'), configFile, env)
}

function named(config: Config, name: string): OriginConfig {
  const origin = config.origins.find((o) => o.name === name)
  if (!origin) throw new Error(`no ${name}: ${config.origins.map((o) => o.name).join(', ')}`)
  return origin
}

describe('sources in the config', () => {
  it('reads origins from a template below the repository root, declared at their lines', () => {
    const config = load(['version: 1', 'sources:', '  - cloudformation: infra/**/*.yaml', '    parameters: { OriginSecret: s3cr3t-value }'])
    expect(config.root).toBe(repo)
    const api = named(config, 'StorefrontDistribution/api')
    expect(api).toMatchObject({
      domain: 'api.shop.example.com',
      httpsPort: 8443,
      protocolPolicy: 'https-only',
      sslProtocols: ['TLSv1', 'SSLv3'],
      ipAddressType: 'dualstack',
      hostHeaders: ['www.shop.example.com', 'shop.example.com'],
      declaredIn: { file: 'infra/stacks/cdn.yaml', line: 59 },
      line: 3,
      fieldLines: {},
      unchecked: [],
    })
    expect(api.timeouts).toMatchObject({ connectMs: 5000, connectAttempts: 2, keepAliveMs: 10_000 })
    expect(api.sourceLines).toMatchObject({
      domain: 60,
      'https-port': 65,
      'protocol-policy': 66,
      'ip-address-type': 69,
      'timeouts.connect-attempts': 62,
    })
    // Every family blocked: unknown domain; an S3 origin; a setting CloudFront refuses.
    expect(named(config, 'StorefrontDistribution/alb-prod').unchecked).toEqual(ALL)
    expect(named(config, 'StorefrontDistribution/alb-prod').domain).toBe('!GetAtt CheckoutLoadBalancer.DNSName')
    expect(named(config, 'StorefrontDistribution/assets').unchecked).toEqual(ALL)
    expect(named(config, 'AdminDistribution/admin').unchecked).toEqual(ALL)
    const codes = (config.staticFindings ?? []).map((f) => `${f.code}:${f.file}:${f.line}`)
    expect(codes).toContain('SOURCE_UNRESOLVED:infra/stacks/cdn.yaml:79')
    expect(codes).toContain('EDGE_SETTING_INVALID:infra/stacks/cdn.yaml:173')
  })

  it('layers built-in < defaults < source < the origins: entry of the same name', () => {
    const config = load(
      [
        'version: 1',
        'defaults:',
        '  edge: alb',
        '  https-port: 9443',
        '  http-port: 8080',
        '  health: { path: /healthz }',
        'sources:',
        '  - cloudformation: infra/stacks/cdn.yaml',
        '    parameters: { OriginSecret: "${SECRET}" }',
        'origins:',
        '  - name: StorefrontDistribution/api',
        '    ssl-protocols: [TLSv1.2]',
        '    host-header: www.shop.example.com',
        '  - name: StorefrontDistribution/api-standby',
        '    domain: standby.shop.example.com',
      ],
      { SECRET: 'from-the-environment' },
    )
    const api = named(config, 'StorefrontDistribution/api')
    expect(api.edge).toBe('cloudfront') // the source says CloudFront, over defaults
    expect(api.httpsPort).toBe(8443) // the source, over defaults
    expect(api.httpPort).toBe(8080) // defaults: the source omits it
    expect(api.sslProtocols).toEqual(['TLSv1.2']) // the entry, over the source
    expect(api.hostHeaders).toEqual(['www.shop.example.com'])
    expect(api.line).toBe(11)
    expect(api.fieldLines['ssl-protocols']).toBe(12)
    expect(api.health?.headers).toEqual({ 'X-Origin-Verify': 'from-the-environment' })
    expect(config.secrets).toContain('from-the-environment')
    // An entry that gives the domain the source leaves unknown lifts the block.
    const standby = named(config, 'StorefrontDistribution/api-standby')
    expect(standby.domain).toBe('standby.shop.example.com')
    expect(standby.unchecked).toEqual([])
    expect(config.origins.filter((o) => o.name === 'StorefrontDistribution/api')).toHaveLength(1)
  })

  it('masks header values read from a source', () => {
    const config = load([
      'version: 1',
      'defaults: { health: { path: / } }',
      'sources:',
      '  - cloudformation: infra/stacks/cdn.yaml',
      '    parameters: { OriginSecret: plain-in-template }',
    ])
    expect(config.secrets).toContain('plain-in-template')
  })

  it('refuses an entry that names no origin read and gives no domain, with the closest name', () => {
    const text = [
      'version: 1',
      'sources:',
      '  - cloudformation: infra/stacks/cdn.yaml',
      'origins:',
      '  - name: StorefrontDistribution/apj',
      '    checks: { skip: [http] }',
    ]
    expect(problemsOf(text.join('\n'), {}, configFile)).toEqual([
      `${configFile}:5:5 origins[0].name: names no origin read from sources and sets no domain; did you mean "StorefrontDistribution/api"?`,
    ])
  })

  it('refuses a glob that matches nothing, a missing file and an item of no kind, at their lines', () => {
    const text = [
      'version: 1',
      'sources:',
      '  - cloudformation: cdk.out/*.template.json',
      '  - terraform-plan: plans/plan.json',
      '  - terraform-dir: infra',
      '  - cloudformation: a.yaml',
      '    cloudfront-config: b.json',
      '  - cloudfront-config: infra/stacks/cdn.yaml',
      '    terraform-dir: infra',
    ]
    expect(problemsOf(text.join('\n'), {}, configFile)).toEqual([
      `${configFile}:3:5 sources[0].cloudformation: "cdk.out/*.template.json" matches no file below ${repo}`,
      `${configFile}:4:5 sources[1].terraform-plan: file not found: ${join(repo, 'plans', 'plan.json')}`,
      `${configFile}:5:5 sources[2]: needs exactly one of cloudformation, terraform-plan or cloudfront-config: none is set`,
      `${configFile}:6:5 sources[3]: needs exactly one of cloudformation, terraform-plan or cloudfront-config: ` +
        'cloudformation and cloudfront-config are both set',
      `${configFile}:9:5 sources[4].terraform-dir: applies only to terraform-plan items, not cloudfront-config`,
    ])
  })

  it('takes one host-header or a list', () => {
    const config = parseConfig(
      [
        'version: 1',
        'origins:',
        '  - name: shop',
        '    domain: origin.shop.example.com',
        '    host-header: [www.shop.example.com, shop.example.com]',
      ].join('\n'),
      'c.yml',
      {},
    )
    expect(config.origins[0]!.hostHeaders).toEqual(['www.shop.example.com', 'shop.example.com'])
    expect(
      problemsOf(
        ['version: 1', 'origins:', '  - name: shop', '    domain: a.example.com', '    timeouts: { connect-attempts: 4 }'].join('\n'),
      ),
    ).toEqual(['origin-preflight.yml:5:17 origins[0].timeouts.connect-attempts: must be an integer from 1 to 3'])
  })
})

describe('matchGlob', () => {
  it('matches *, ? and ** by path segment', () => {
    expect(matchGlob('infra/**/*.yaml', repo)).toEqual([join(repo, 'infra', 'stacks', 'cdn.yaml')])
    expect(matchGlob('**/cdn.yam?', repo)).toEqual([join(repo, 'infra', 'stacks', 'cdn.yaml')])
    expect(matchGlob('infra/*/*', repo)).toEqual([join(repo, 'infra', 'stacks', 'cdn.yaml'), join(repo, 'infra', 'stacks', 'notes.txt')])
    expect(matchGlob('infra/*.yaml', repo)).toEqual([])
  })
})

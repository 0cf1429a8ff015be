import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseConfig } from '../../../src/config/load.js'
import { runPreflight } from '../../../src/engine/run.js'
import { renderSarif } from '../../../src/report/sarif.js'
import { sarifPlaces } from '../../../src/report/location.js'
import { main } from '../../../src/cli/main.js'

/** Every origin blocked: nothing may be probed, and the resolver must never be asked. */
const TEMPLATE = `Resources:
  Cdn:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Origins:
          - Id: assets
            DomainName: assets.s3.amazonaws.com
            S3OriginConfig: {}
          - Id: alb
            DomainName: !GetAtt Alb.DNSName
            CustomOriginConfig:
              OriginProtocolPolicy: https-only
          - Id: api
            DomainName: api.example.com
            CustomOriginConfig:
              HTTPSPort: 444
              OriginProtocolPolicy: https-only
        DefaultCacheBehavior:
          TargetOriginId: alb
        CacheBehaviors:
          - PathPattern: /api/*
            TargetOriginId: api
          - PathPattern: /static/*
            TargetOriginId: assets
          - PathPattern: /old/*
            TargetOriginId: retired
`

function repository(): string {
  const repo = mkdtempSync(join(tmpdir(), 'op-static-'))
  mkdirSync(join(repo, '.github'))
  mkdirSync(join(repo, 'infra'))
  writeFileSync(join(repo, 'infra', 'cdn.yaml'), TEMPLATE)
  writeFileSync(join(repo, 'infra', 'broken.json'), '{"Resources": {\n  "X": [1,\n}')
  writeFileSync(
    join(repo, '.github', 'origin-preflight.yml'),
    'version: 1\nsources:\n  - cloudformation: infra/*.yaml\n  - cloudformation: infra/broken.json\n',
  )
  return repo
}

const noNetwork = {
  name: 'refuses',
  resolve: () => {
    throw new Error('the resolver was asked')
  },
  walk: () => {
    throw new Error('the resolver was asked')
  },
}

describe('static findings in the report', () => {
  it('reports blocked origins without a probe, file findings under the file, and fails the gate on SOURCE_INVALID', async () => {
    const repo = repository()
    const configFile = join(repo, '.github', 'origin-preflight.yml')
    const config = parseConfig(
      `version: 1\nsources:\n  - cloudformation: infra/*.yaml\n  - cloudformation: infra/broken.json\n`,
      configFile,
      {},
    )
    const report = await runPreflight(config, { resolver: noNetwork })
    const byName = Object.fromEntries(report.origins.map((o) => [o.name, o]))
    expect(Object.keys(byName)).toEqual(['Cdn/assets', 'Cdn/alb', 'Cdn/api', 'infra/cdn.yaml', 'infra/broken.json'])
    for (const name of ['Cdn/assets', 'Cdn/alb', 'Cdn/api']) {
      expect(byName[name]!.checks, name).toEqual([])
      expect(byName[name]!.addresses, name).toEqual([])
    }
    expect(byName['Cdn/assets']!.findings.map((f) => [f.code, f.check, f.location])).toEqual([
      ['SOURCE_SKIPPED', 'source', { file: 'infra/cdn.yaml', line: 7 }],
    ])
    expect(byName['Cdn/assets']!.findings[0]!.message).toBe(
      'Origin assets is not probed: it is an S3 origin (CloudFront signs its own requests).',
    )
    expect(byName['Cdn/alb']!.findings.map((f) => [f.code, f.location?.line, f.details['because']])).toEqual([
      ['SOURCE_UNRESOLVED', 11, 'attribute'],
    ])
    expect(byName['Cdn/alb']!.passed).toBe(true)
    expect(byName['Cdn/api']!.findings.map((f) => [f.code, f.severity, f.location?.line])).toEqual([['EDGE_SETTING_INVALID', 'error', 17]])
    expect(byName['Cdn/api']!.passed).toBe(false)
    expect(byName['infra/cdn.yaml']!.findings.map((f) => [f.code, f.location?.line, f.details['value']])).toEqual([
      ['EDGE_SETTING_INVALID', 27, 'retired'],
    ])
    expect(byName['infra/broken.json']!.findings.map((f) => [f.code, f.severity, f.details['problem']])).toEqual([
      ['SOURCE_INVALID', 'error', 'parse'],
    ])
    expect(byName['infra/broken.json']!.passed).toBe(false)
    expect(report.passed).toBe(false)

    // SARIF and annotations point into the template, not the config.
    interface SarifResult {
      ruleId: string
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[]
    }
    const sarif = JSON.parse(
      renderSarif(report, {
        configUri: '.github/origin-preflight.yml',
        placeOf: sarifPlaces(config.origins, configFile, repo, config.root),
      }),
    ) as { runs: { results: SarifResult[] }[] }
    const locations = sarif.runs[0]!.results.map((r) => {
      const { artifactLocation, region } = r.locations[0]!.physicalLocation
      return `${r.ruleId} ${artifactLocation.uri}:${region.startLine}`
    })
    expect(locations).toEqual([
      'SOURCE_SKIPPED infra/cdn.yaml:7',
      'SOURCE_UNRESOLVED infra/cdn.yaml:11',
      'EDGE_SETTING_INVALID infra/cdn.yaml:17',
      'EDGE_SETTING_INVALID infra/cdn.yaml:27',
      'SOURCE_INVALID infra/broken.json:3',
    ])
  })

  it('validate lists each origin read and each static finding, without a network', async () => {
    const repo = repository()
    const configFile = join(repo, '.github', 'origin-preflight.yml')
    let out = ''
    const sink = { write: (text: string) => ((out += text), true) } as unknown as NodeJS.WritableStream
    const code = await main(['validate', '--config', configFile], { stdout: sink, stderr: sink, env: {} })
    expect(code).toBe(0)
    const lines = out.trimEnd().split('\n')
    expect(lines[0]).toBe(`${configFile}: valid, 3 origins (3 read from sources, 5 findings from reading them)`)
    expect(lines.slice(1, 4)).toEqual([
      '  Cdn/assets  assets.s3.amazonaws.com  ports 443/https  https-only  TLSv1.2  hosts assets.s3.amazonaws.com  ' +
        'infra/cdn.yaml:7  not probed',
      '  Cdn/alb  !GetAtt Alb.DNSName  ports 443/https  https-only  TLSv1,SSLv3  hosts !GetAtt Alb.DNSName  infra/cdn.yaml:10  not probed',
      '  Cdn/api  api.example.com  ports 443/https  https-only  TLSv1,SSLv3  hosts api.example.com  infra/cdn.yaml:14  not probed',
    ])
    expect(lines.slice(4)).toEqual([
      '  error EDGE_SETTING_INVALID infra/cdn.yaml:27 TargetOriginId is retired; CloudFront accepts assets, alb, api.',
      '  notice SOURCE_SKIPPED infra/cdn.yaml:7 Origin assets is not probed: it is an S3 origin (CloudFront signs its own requests).',
      expect.stringMatching(
        /^ {2}notice SOURCE_UNRESOLVED infra\/cdn.yaml:11 DomainName of Cdn\/alb is !GetAtt Alb.DNSName, an attribute of another resource/,
      ),
      '  error EDGE_SETTING_INVALID infra/cdn.yaml:17 HTTPSPort is 444; CloudFront accepts 80, 443, 1024-65535.',
      expect.stringMatching(/^ {2}error SOURCE_INVALID infra\/broken.json:3 The cloudformation source infra\/broken.json does not parse/),
    ])
  })
})

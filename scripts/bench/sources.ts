/**
 * The sources benchmark: a CloudFormation template with 2,000 custom origins (100 distributions of 20),
 * as YAML and as JSON, loaded and validated the way `validate` does (read, assemble, merge into the
 * config). The target is under 2 s for the whole load.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseConfig } from '../../src/config/load.js'
import { readSource } from '../../src/sources/index.js'

const DISTRIBUTIONS = 100
const PER_DISTRIBUTION = 20
const ROUNDS = 3

function template() {
  const resources: Record<string, unknown> = {}
  for (let d = 0; d < DISTRIBUTIONS; d++) {
    const origins = Array.from({ length: PER_DISTRIBUTION }, (_, i) => ({
      Id: `origin-${i}`,
      DomainName: `origin${i}.d${d}.bench.example.com`,
      ConnectionAttempts: 2,
      CustomOriginConfig: { OriginProtocolPolicy: 'https-only', HTTPSPort: 8443, OriginSSLProtocols: ['TLSv1.2'], OriginReadTimeout: 30 },
      OriginCustomHeaders: [{ HeaderName: 'X-Origin-Verify', HeaderValue: { Ref: 'Secret' } }],
    }))
    resources[`Distribution${d}`] = {
      Type: 'AWS::CloudFront::Distribution',
      Properties: {
        DistributionConfig: {
          Aliases: [`www.d${d}.bench.example.com`],
          Origins: origins,
          DefaultCacheBehavior: { TargetOriginId: 'origin-0', CachePolicyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad' },
          CacheBehaviors: origins
            .slice(1)
            .map((o) => ({ PathPattern: `/${o.Id}/*`, TargetOriginId: o.Id, CachePolicyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad' })),
        },
      },
    }
  }
  return { Parameters: { Secret: { Type: 'String', Default: 'bench-secret' } }, Resources: resources }
}

/** Block-style YAML, as people write templates (and `!Ref` in short form). */
function toYaml(value: unknown, indent = ''): string {
  if (Array.isArray(value)) return value.map((item) => `${indent}- ${toYaml(item, `${indent}  `).trimStart()}`).join('\n')
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
    if (entries.length === 1 && entries[0]![0] === 'Ref') return `${indent}!Ref ${String(entries[0]![1])}`
    return entries
      .map(([key, item]) =>
        item !== null && typeof item === 'object' && !isRef(item)
          ? `${indent}${key}:\n${toYaml(item, `${indent}  `)}`
          : `${indent}${key}: ${toYaml(item).trimStart()}`,
      )
      .join('\n')
  }
  return `${indent}${String(value)}`
}

function isRef(value: object): boolean {
  return !Array.isArray(value) && Object.keys(value).length === 1 && 'Ref' in value
}

function time(fn: () => void): number {
  const started = performance.now()
  fn()
  return performance.now() - started
}

export function run(): Promise<void> {
  const repo = mkdtempSync(join(tmpdir(), 'op-bench-sources-'))
  mkdirSync(join(repo, '.github'))
  const data = template()
  const json = JSON.stringify(data, null, 2)
  const yaml = `${toYaml(data)}\n`
  writeFileSync(join(repo, 'cdn.template.json'), json)
  writeFileSync(join(repo, 'cdn.yaml'), yaml)
  const total = DISTRIBUTIONS * PER_DISTRIBUTION
  console.log(`${total} origins; JSON ${(json.length / 1e6).toFixed(1)} MB, YAML ${(yaml.length / 1e6).toFixed(1)} MB; best of ${ROUNDS}`)
  for (const [label, file, text] of [
    ['JSON', 'cdn.template.json', json],
    ['YAML', 'cdn.yaml', yaml],
  ] as const) {
    const read: number[] = []
    const load: number[] = []
    for (let round = 0; round < ROUNDS; round++) {
      read.push(
        time(() => {
          const result = readSource('cloudformation', text, join(repo, file))
          if (result.origins.length !== total) throw new Error(`read ${result.origins.length} origins, expected ${total}`)
        }),
      )
      load.push(
        time(() => {
          const config = parseConfig(
            `version: 1\nsources:\n  - cloudformation: ${file}\n`,
            join(repo, '.github', 'origin-preflight.yml'),
            {},
          )
          if (config.origins.length !== total) throw new Error(`loaded ${config.origins.length} origins, expected ${total}`)
        }),
      )
    }
    const best = (list: number[]) => `${(Math.min(...list) / 1000).toFixed(2)} s`
    console.log(`${label}: read ${best(read)}, config load + validate ${best(load)} (target < 2 s)`)
  }
  return Promise.resolve()
}

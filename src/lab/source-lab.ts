/**
 * A lab run through sources: the running lab's origins written as one kind of source, and the config
 * that reads it. What a source cannot say (the health request, a non-CloudFront edge) comes from an
 * `origins:` entry of the discovered name; addresses come from the lab's own name servers.
 */

import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { httpOriginLines } from './http-config.js'
import type { Lab } from './lab.js'
import { discoveredName, labDistributions, writeSourceFiles, type SourceLabKind } from './source-files.js'

export interface SourceLab {
  configPath: string
  /** The scenario (or planted origin id) of each discovered origin name. */
  scenarioOf: Map<string, string>
}

export function writeSourceLab(lab: Lab, kind: SourceLabKind): SourceLab {
  const dir = join(lab.dir, `sources-${kind}`)
  mkdirSync(dir, { recursive: true })
  const models = labDistributions(lab.origins)
  const scenarioOf = new Map<string, string>()
  for (const model of models) for (const o of model.origins) scenarioOf.set(discoveredName(kind, model, o.id), o.id)
  const lines = [
    `# Generated: the lab origins declared as ${kind}.`,
    'version: 1',
    'defaults:',
    '  timeouts:',
    '    connect-ms: 2000',
    '    read-ms: 3000',
    'overrides:',
    `  trust-roots: [${JSON.stringify(join(lab.dir, 'root.pem'))}]`,
    `  dns-roots: [${lab.dns.roots.join(', ')}]`,
    `  dns-port: ${lab.dns.port}`,
    `  dns-timeout-ms: ${lab.dns.timeoutMs}`,
    'sources:',
    ...writeSourceFiles(kind, models, dir),
  ]
  const entries: string[] = []
  for (const model of models) {
    for (const { scenario, port } of lab.origins) {
      if (!model.origins.some((o) => o.id === scenario.name)) continue
      // The health request and the edge are not in any source; the policy and port already are.
      const health = httpOriginLines(scenario, port).filter((line) => !/^ {4}(protocol-policy|http-port):/.test(line))
      const edge = scenario.edge && scenario.edge !== 'cloudfront' ? [`    edge: ${scenario.edge}`] : []
      // A plan and CloudFront's JSON write CloudFront's own timeouts (10 s, 30 s); the lab's YAML run uses the
      // lab's short deadlines, and the comparison must not depend on how long a loaded machine takes.
      const deadlines = ['    timeouts: { connect-ms: 2000, read-ms: 3000 }']
      entries.push(`  - name: ${JSON.stringify(discoveredName(kind, model, scenario.name))}`, ...edge, ...deadlines, ...health)
    }
  }
  if (entries.length) lines.push('origins:', ...entries)
  const configPath = join(dir, 'origin-preflight.yml')
  writeFileSync(configPath, `${lines.join('\n')}\n`)
  return { configPath, scenarioOf }
}

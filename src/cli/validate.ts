/**
 * `validate`: what the config and its sources say, without a network: one line per origin, declared in
 * the config or read from a source (where it is declared, and how the edge will reach it), and every
 * finding made by reading the sources.
 */

import type { Config, OriginConfig } from '../config/types.js'
import { staticFinding } from '../engine/static-findings.js'
import { CHECK_FAMILIES } from '../vocabulary.js'
import { maskSecrets } from '../report/mask.js'
import { portsFor } from '../engine/plan.js'
import { escapeControl } from '../text/escape.js'

export function renderValidation(config: Config, configPath: string): string {
  const discovered = config.origins.filter((o) => o.declaredIn)
  const statics = config.staticFindings ?? []
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
  const read =
    discovered.length || statics.length
      ? ` (${discovered.length} read from sources, ${count(statics.length, 'finding')} from reading them)`
      : ''
  const lines = [`${configPath}: valid, ${count(config.origins.length, 'origin')}${read}`]
  for (const origin of config.origins) lines.push(`  ${originLine(origin, configPath)}`)
  for (const found of statics) {
    const finding = staticFinding(found, found.origin ?? found.file)
    lines.push(`  ${finding.severity} ${finding.code} ${found.file}:${found.line} ${finding.message}`)
  }
  return `${lines.map((line) => escapeControl(maskSecrets(line, config.secrets))).join('\n')}\n`
}

function originLine(origin: OriginConfig, configPath: string): string {
  const where = origin.declaredIn ? `${origin.declaredIn.file}:${origin.declaredIn.line}` : `${configPath}:${origin.line}`
  const unchecked = origin.unchecked ?? []
  const blocked = unchecked.length === CHECK_FAMILIES.length ? 'not probed' : unchecked.length ? `unchecked ${unchecked.join(',')}` : ''
  const ports = portsFor(origin)
    .map((p) => `${p.port}/${p.tls ? 'https' : 'http'}`)
    .join(',')
  const fields = [
    origin.name,
    origin.domain,
    `ports ${ports}`,
    origin.protocolPolicy,
    origin.sslProtocols.join(','),
    `hosts ${(origin.hostHeaders.length ? origin.hostHeaders : [origin.domain]).join(',')}`,
    where,
    blocked,
  ]
  return fields.filter((f) => f !== '').join('  ')
}

import type { OriginReport, TlsTargetReport } from '../../engine/report.js'
import { describeWhere } from '../text.js'
import { label, mermaidBlock } from './mermaid-text.js'

const TLS_FAILURES = new Set(['TLS_NO_COMMON_PROTOCOL', 'TLS_NO_COMMON_CIPHER', 'TLS_HANDSHAKE_FAILED', 'TLS_WEAK_PROTOCOL_ONLY'])
/** Targets drawn per origin (address x SNI); they usually look alike. */
const MAX_TARGETS = 2
const FAIL_STYLE = '  classDef fail fill:#fdd,stroke:#c00,color:#900'

/**
 * For an origin with a TLS failure: what the edge offers (each version it may use, with the number of
 * its suites) beside what the origin accepts of it (the suites by name, or why the version was refused),
 * and the versions the origin speaks that the edge does not use with it.
 */
export function renderTlsOffer(origin: OriginReport): string | undefined {
  if (!origin.findings.some((finding) => TLS_FAILURES.has(finding.code))) return undefined
  const targets = (origin.tls ?? []).filter((target) => target.versions.length > 0).slice(0, MAX_TARGETS)
  if (targets.length === 0) return undefined
  const lines = ['flowchart LR', FAIL_STYLE]
  targets.forEach((target, t) => lines.push(...targetLines(origin.edge, target, `t${t}`)))
  return mermaidBlock(lines)
}

function targetLines(edge: string, target: TlsTargetReport, id: string): string[] {
  const where = describeWhere({ address: target.address, port: target.port, ...(target.name ? { name: target.name } : {}) })
  const lines = [`  subgraph ${id}e [${label(`${edge} offers`)}]`, '    direction TB']
  target.versions.forEach((version, v) => lines.push(`    ${id}e${v}[${label(`${version.version} ${version.offered} suites`)}]`))
  lines.push('  end', `  subgraph ${id}o [${label(`origin ${where} accepts`)}]`, '    direction TB')
  target.versions.forEach((version, v) => {
    const text = version.accepted
      ? `${version.version} ${version.suites.length} of ${version.offered} ${version.suites.join(' ')}`
      : `${version.version} ${version.outcome ?? 'not accepted'}`
    const failed = !version.accepted || version.suites.length === 0
    lines.push(`    ${id}o${v}[${label(text)}]${failed ? ':::fail' : ''}`)
  })
  if (target.originAlsoSpeaks) {
    lines.push(`    ${id}also[${label(`also speaks ${target.originAlsoSpeaks.join(' ') || 'nothing else'}`)}]`)
  }
  lines.push('  end')
  target.versions.forEach((version, v) => {
    const edgeLabel = version.accepted ? `${version.suites.length} of ${version.offered}` : 'refused'
    lines.push(`  ${id}e${v} -->|${label(edgeLabel)}| ${id}o${v}`)
  })
  return lines
}

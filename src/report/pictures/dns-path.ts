import type { Finding } from '../../findings/finding.js'
import type { DnsWalk, ServerObservation } from '../../probes/dns/walk-types.js'
import type { OriginReport } from '../../engine/report.js'
import { label, mermaidBlock } from './mermaid-text.js'

/** Servers drawn per zone; the rest are counted in one node. */
const MAX_SERVERS = 6
const FAIL_STYLE = '  classDef fail fill:#fdd,stroke:#c00,color:#900'

/**
 * For an origin with a DNS failure: the delegation path of the walk, root first, each zone with the
 * servers that were asked (a server a DNS finding names is marked, with the code), then the names of the
 * CNAME chain and where the walk ended: the addresses, or why it did not get there.
 */
export function renderDnsPath(origin: OriginReport): string | undefined {
  const walk = origin.dns
  const failures = origin.findings.filter((finding) => finding.code.startsWith('DNS_'))
  if (!walk || failures.length === 0) return undefined
  const lines = ['flowchart LR', FAIL_STYLE]
  const zoneIds: string[] = []
  walk.zones.forEach((zone, z) => {
    const id = `z${z}`
    zoneIds.push(id)
    lines.push(`  subgraph ${id} [${label(zone.zone === '.' ? '. (root)' : zone.zone)}]`, '    direction TB')
    const shown = zone.servers.slice(0, MAX_SERVERS)
    shown.forEach((server, s) => {
      const codes = failingCodes(failures, zone.zone, server)
      const text =
        `${server.server}${server.address && server.address !== server.server ? ` ${server.address}` : ''}` +
        `${codes.length > 0 ? ` ✖ ${codes.join(' ')}` : ''}`
      lines.push(`    ${id}s${s}[${label(text)}]${codes.length > 0 ? ':::fail' : ''}`)
    })
    if (zone.servers.length > shown.length) lines.push(`    ${id}more[${label(`and ${zone.servers.length - shown.length} more`)}]`)
    if (zone.servers.length === 0) lines.push(`    ${id}none[${label('no server to ask')}]:::fail`)
    lines.push('  end')
  })
  for (let z = 1; z < zoneIds.length; z++) lines.push(`  ${zoneIds[z - 1]} -->|delegates| ${zoneIds[z]}`)
  const last = zoneIds[zoneIds.length - 1]
  walk.chain.forEach((name, n) => {
    lines.push(`  n${n}[${label(name.name)}]`)
    if (n === 0 && last) lines.push(`  ${last} --> n0`)
    if (n > 0) lines.push(`  n${n - 1} -->|CNAME| n${n}`)
  })
  lines.push(...outcomeLines(walk, walk.chain.length - 1))
  return mermaidBlock(lines)
}

/** The codes of the DNS findings about this server of this zone. */
function failingCodes(findings: readonly Finding[], zone: string, server: ServerObservation): string[] {
  const codes = findings
    .filter(
      (finding) =>
        finding.details['zone'] === zone &&
        finding.details['server'] === server.server &&
        (!finding.address || finding.address === server.address),
    )
    .map((finding) => finding.code)
  return [...new Set(codes)]
}

function outcomeLines(walk: DnsWalk, lastName: number): string[] {
  const from = lastName >= 0 ? `n${lastName}` : undefined
  const outcome = walk.outcome
  const end = (text: string, failed: boolean): string[] => [
    `  end0[${label(text)}]${failed ? ':::fail' : ''}`,
    ...(from ? [`  ${from} --> end0`] : []),
  ]
  switch (outcome.kind) {
    case 'addresses':
      return end(outcome.addresses.join(' '), false)
    case 'nxdomain':
      return end(`NXDOMAIN ${outcome.name}`, true)
    case 'nodata':
      return end(`no address for ${outcome.name}`, true)
    case 'cname-dangling':
      return end(`${outcome.target} does not exist`, true)
    case 'cname-loop':
      return end(`CNAME loop ${outcome.chain.join(' ')}`, true)
    case 'unresolved':
      return end(`unresolved ${outcome.reason}`, true)
  }
}

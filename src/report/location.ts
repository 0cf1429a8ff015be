import type { OriginConfig } from '../config/types.js'
import type { Finding } from '../findings/finding.js'
import type { OriginReport } from './types.js'

/**
 * The config line a finding is about: the line of the field it concerns when the origin sets it (the
 * port that refused, the name the certificate fails to cover, the health path an HTTP defect answered,
 * the edge whose keep-alive window is outlived, the domain whose DNS is broken), else the origin's line.
 */
export function findingLine(finding: Finding, origin: OriginConfig): number {
  const fieldLine = (key: string): number | undefined => origin.fieldLines[key]
  if (finding.code.startsWith('PORT_')) {
    const portField = finding.port === origin.httpsPort ? 'https-port' : finding.port === origin.httpPort ? 'http-port' : undefined
    return (portField && fieldLine(portField)) ?? origin.line
  }
  if (finding.code === 'CERT_NAME_MISMATCH') {
    const aboutHostHeader = origin.hostHeader !== undefined && finding.name === origin.hostHeader
    const line = aboutHostHeader
      ? (fieldLine('host-header') ?? fieldLine('domain'))
      : (fieldLine('domain') ?? fieldLine('host-header'))
    return line ?? origin.line
  }
  if (finding.code.startsWith('HTTP_')) return httpFieldLine(finding, fieldLine) ?? origin.line
  // DNS findings are about the name the edge resolves.
  if (finding.code.startsWith('DNS_')) return fieldLine('domain') ?? origin.line
  return origin.line
}

/** An unexpected status points at expect-status, short keep-alive at the edge's window, the rest at the health path. */
function httpFieldLine(finding: Finding, fieldLine: (key: string) => number | undefined): number | undefined {
  const healthLine = fieldLine('health.path') ?? fieldLine('health')
  if (finding.code === 'HTTP_UNEXPECTED_STATUS') return fieldLine('health.expect-status') ?? healthLine
  if (finding.code === 'HTTP_KEEPALIVE_TOO_SHORT') return fieldLine('timeouts.keep-alive-ms') ?? fieldLine('edge')
  return healthLine
}

/** `findingLine` over a whole config; a finding whose origin the config lacks points at its report's line. */
export function lineLocator(origins: readonly OriginConfig[]): (finding: Finding, origin: OriginReport) => number {
  const byName = new Map(origins.map((origin) => [origin.name, origin]))
  return (finding, originReport) => {
    const origin = byName.get(finding.origin) ?? byName.get(originReport.name)
    return origin ? findingLine(finding, origin) : originReport.configLine
  }
}

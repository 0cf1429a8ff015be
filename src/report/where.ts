import type { Finding } from '../findings/finding.js'

/**
 * `192.0.2.1:443 (SNI origin.example.com)`; an IPv6 address is bracketed so the port stays readable. An
 * edge function's finding is at its code: `edge/auth.js:12`.
 */
export function describeWhere(finding: Pick<Finding, 'address' | 'port' | 'name' | 'file' | 'line'>): string {
  if (finding.file !== undefined) return finding.line !== undefined ? `${finding.file}:${finding.line}` : finding.file
  const { address, port, name } = finding
  const host = address !== undefined && address.includes(':') ? `[${address}]` : address
  const endpoint = host !== undefined && port !== undefined ? `${host}:${port}` : (host ?? (port !== undefined ? `port ${port}` : ''))
  if (name === undefined) return endpoint
  return endpoint ? `${endpoint} (SNI ${name})` : name
}

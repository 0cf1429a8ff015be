import type { ParsedCertificate } from './parse.js'

type NamedCertificate = Pick<ParsedCertificate, 'dnsNames' | 'commonNames'>

/** The names a certificate answers for: its SAN DNS names; the subject CN only when it has none (RFC 6125 6.4.4). */
export function certificateNames(cert: NamedCertificate): string[] {
  return cert.dnsNames.length > 0 ? [...cert.dnsNames] : [...cert.commonNames]
}

export function certificateCovers(cert: NamedCertificate, host: string): boolean {
  return certificateNames(cert).some((pattern) => nameCovers(pattern, host))
}

/**
 * RFC 6125 matching with CloudFront's wildcard rule: `*` only as the whole leftmost label, standing for
 * exactly one label, over a base of at least two labels. Case-insensitive; a trailing dot is ignored;
 * A-labels (`xn--`) are compared as they are, never decoded.
 */
export function nameCovers(pattern: string, host: string): boolean {
  const patternLabels = labelsOf(pattern)
  const hostLabels = labelsOf(host)
  if (!patternLabels || !hostLabels || hostLabels.some((label) => label.includes('*'))) return false
  if (patternLabels.length !== hostLabels.length) return false
  const [first, ...base] = patternLabels
  if (base.some((label) => label.includes('*'))) return false
  if (first === '*') {
    // `*.com` would cover a whole public suffix.
    if (base.length < 2) return false
    return base.every((label, i) => label === hostLabels[i + 1])
  }
  if (first?.includes('*')) return false // partial-label wildcards (`f*.a.com`) are not accepted
  return patternLabels.every((label, i) => label === hostLabels[i])
}

/** Lowercased labels, or undefined for a name with an empty label. */
function labelsOf(name: string): string[] | undefined {
  const trimmed = name.endsWith('.') ? name.slice(0, -1) : name
  const labels = trimmed.toLowerCase().split('.')
  return labels.some((label) => label === '') ? undefined : labels
}

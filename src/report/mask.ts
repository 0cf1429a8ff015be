/**
 * Replaces every occurrence of each secret with `***`. Longest first, so a secret that contains a
 * shorter one is hidden whole rather than leaving its remainder visible.
 */
export function maskSecrets(text: string, secrets: readonly string[]): string {
  const distinct = [...new Set(secrets.filter((secret) => secret.length > 0))]
  distinct.sort((a, b) => b.length - a.length)
  let masked = text
  for (const secret of distinct) masked = masked.split(secret).join('***')
  return masked
}

/** The report with every string value masked: the JSON stays valid whatever a secret looks like. */
export function maskReport<T>(value: T, secrets: readonly string[]): T {
  if (secrets.every((secret) => secret.length === 0)) return value
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return maskSecrets(v, secrets)
    if (Array.isArray(v)) return v.map(walk)
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]))
    return v
  }
  return walk(value) as T
}

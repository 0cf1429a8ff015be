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

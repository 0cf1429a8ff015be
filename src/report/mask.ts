import { escapeBytes, escapeControl, forMarkdown } from '../text/escape.js'

/**
 * Every spelling a secret can take on its way into a report: as is, and as the probes and renderers
 * escape or encode it (control escapes, byte escapes of its UTF-8, percent-encoding in a URL, a JSON
 * string, markdown). Masking replaces them all, so escaping a secret never lets it through.
 */
export function secretForms(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8')
  const forms = [
    secret,
    escapeControl(secret),
    escapeBytes(bytes),
    escapeBytes(bytes, { named: true }),
    encodeURIComponent(secret),
    encodeURI(secret),
    JSON.stringify(secret).slice(1, -1),
    forMarkdown(secret),
  ]
  return [...new Set(forms.filter((form) => form.length > 0))]
}

/**
 * Replaces every occurrence of each secret (in each of its forms) with `***`. Longest first, so a
 * secret that contains a shorter one is hidden whole rather than leaving its remainder visible.
 */
export function maskSecrets(text: string, secrets: readonly string[]): string {
  const distinct = [...new Set(secrets.filter((secret) => secret.length > 0).flatMap(secretForms))]
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

/** A value from a source as text: scalars as written, anything else as JSON (never `[object Object]`). */
export function asText(value: unknown): string {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return String(value)
  return JSON.stringify(value)
}

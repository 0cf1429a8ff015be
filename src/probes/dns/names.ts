/** Domain names as the walk compares them: lower case, no trailing dot, the root as '.'. */

export function canonicalName(name: string): string {
  const trimmed = name.trim().toLowerCase().replace(/\.+$/, '')
  return trimmed === '' ? '.' : trimmed
}

/** True when `name` is `zone` or lies below it. */
export function isAtOrBelow(name: string, zone: string): boolean {
  return zone === '.' || name === zone || name.endsWith(`.${zone}`)
}

export function isBelow(name: string, zone: string): boolean {
  return name !== zone && isAtOrBelow(name, zone)
}

/** The ancestor of `name` one label below `zone` (which must enclose it). */
export function nextLabelBelow(zone: string, name: string): string {
  const labels = name.split('.')
  const depth = zone === '.' ? 0 : zone.split('.').length
  return labels.slice(labels.length - depth - 1).join('.')
}

/** The name with a trailing dot, as zone files and people write it. */
export function absolute(name: string): string {
  return name === '.' ? '.' : `${name}.`
}

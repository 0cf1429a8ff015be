import type { Finding, FindingDraft } from './finding.js'
import type { JsonValue } from '../json.js'
import { CATALOGUE } from './catalogue.js'

/** Turns a check's observation into a reported finding: severity and prose from the catalogue. */
export function toFinding(observation: FindingDraft, origin: string, check: Finding['check']): Finding {
  const entry = CATALOGUE[observation.code]
  const allowed = entry.allowed ?? [entry.severity]
  const severity = observation.severity && allowed.includes(observation.severity) ? observation.severity : entry.severity
  const fields: Record<string, JsonValue | undefined> = {
    origin,
    address: observation.address,
    port: observation.port,
    name: observation.name,
    ...observation.details,
  }
  const finding: Finding = {
    code: observation.code,
    severity,
    check,
    origin,
    message: fillTemplate(entry.message, fields),
    remedy: fillTemplate(entry.remedy, fields),
    details: observation.details,
  }
  if (observation.address !== undefined) finding.address = observation.address
  if (observation.port !== undefined) finding.port = observation.port
  if (observation.name !== undefined) finding.name = observation.name
  return finding
}

/** `{key}` becomes the field's value; a missing field stays visible as `{key}` so a test can catch it. */
export function fillTemplate(template: string, fields: Record<string, JsonValue | undefined>): string {
  // An IPv6 address before a port reads `[2001:db8::1]:443`, as in URLs.
  const bracketed = typeof fields['address'] === 'string' && fields['address'].includes(':')
  return (bracketed ? template.replaceAll('{address}:{port}', '[{address}]:{port}') : template).replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (whole, key: string) => {
    const value = fields[key]
    return value === undefined ? whole : describeValue(value)
  })
}

function describeValue(value: JsonValue): string {
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.map(describeValue).join(', ')
  if (value !== null && typeof value === 'object') return JSON.stringify(value)
  return String(value)
}


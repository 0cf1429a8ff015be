import type { JsonObject, JsonValue } from '../json.js'
import { CATALOGUE, severitiesOf } from './catalogue.js'
import type { CatalogueEntry } from './entry.js'
import type { Finding, FindingDraft } from './finding.js'
import { severityUnder, type SeverityPolicy } from './severity-policy.js'

/**
 * Turns a check's draft into a reported finding: severity from the draft (where the catalogue allows
 * it) or the catalogue, then the edge's policy; prose from the catalogue's templates over the facts.
 */
export function toFinding(draft: FindingDraft, origin: string, check: Finding['check'], policy: SeverityPolicy = []): Finding {
  const entry = CATALOGUE[draft.code]
  const chosen = draft.severity && severitiesOf(draft.code).includes(draft.severity) ? draft.severity : entry.severity
  const { severity, facts } = severityUnder(policy, draft.code, chosen)
  const details: JsonObject = { ...draft.details, ...facts }
  const fields: JsonObject = { origin, ...details }
  for (const key of ['address', 'port', 'name'] as const) if (draft[key] !== undefined) fields[key] = draft[key]
  const finding: Finding = {
    code: draft.code,
    severity,
    check,
    origin,
    message: fillTemplate(entry.message, fields, entry),
    remedy: fillTemplate(entry.remedy, fields, entry),
    details,
  }
  if (draft.address !== undefined) finding.address = draft.address
  if (draft.port !== undefined) finding.port = draft.port
  if (draft.name !== undefined) finding.name = draft.name
  return finding
}

/** Phrases nest at most this deep: a phrase naming itself must not loop. */
const MAX_PHRASE_DEPTH = 4

/**
 * `{key}` becomes the field's value (`{a.b}` a nested one) or the entry's phrase of that name; a missing
 * field stays visible as `{key}` so a test can catch it.
 */
export function fillTemplate(template: string, fields: JsonObject, entry?: Pick<CatalogueEntry, 'phrases'>, depth = 0): string {
  // An IPv6 address before a port reads `[2001:db8::1]:443`, as in URLs.
  const bracketed = typeof fields['address'] === 'string' && fields['address'].includes(':')
  const text = bracketed ? template.replaceAll('{address}:{port}', '[{address}]:{port}') : template
  return text.replace(/\{([A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)*)\}/g, (whole, key: string) => {
    const phrase = entry?.phrases?.[key]
    if (phrase && depth < MAX_PHRASE_DEPTH) {
      const chosen = choosePhrase(phrase.by, phrase.is, fields)
      return chosen === undefined ? whole : fillTemplate(chosen, fields, entry, depth + 1)
    }
    const value = lookup(fields, key)
    return value === undefined ? whole : describeValue(value)
  })
}

function choosePhrase(by: string | readonly string[], is: Readonly<Record<string, string>>, fields: JsonObject): string | undefined {
  let present = false
  for (const key of typeof by === 'string' ? [by] : by) {
    const value = lookup(fields, key)
    if (value === undefined || value === null) continue
    present = true
    const phrase = typeof value === 'object' ? undefined : is[String(value)]
    if (phrase !== undefined) return phrase
  }
  return !present && is['-'] !== undefined ? is['-'] : is['*']
}

function lookup(fields: JsonObject, path: string): JsonValue | undefined {
  let value: JsonValue | undefined = fields
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined
    value = value[part]
  }
  return value
}

function describeValue(value: JsonValue): string {
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.map(describeValue).join(', ')
  if (value !== null && typeof value === 'object') return JSON.stringify(value)
  return String(value)
}

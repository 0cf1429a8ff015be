/**
 * The finding catalogue: every code, the severities it can take and its prose. Codes are a stable
 * contract (docs/report.md): add freely, never rename or repurpose. One file per family under codes/.
 */
import { ACCEPTANCE_CODES } from './codes/acceptance.js'
import { CERT_CODES } from './codes/cert.js'
import { DNS_CODES } from './codes/dns.js'
import { EDGE_FUNCTION_CODES } from './codes/edge-function.js'
import { HTTP_CODES } from './codes/http.js'
import { PORT_CODES } from './codes/port.js'
import { PROBE_CODES } from './codes/probe.js'
import { SOURCE_CODES } from './codes/source.js'
import { TLS_CODES } from './codes/tls.js'
import type { CatalogueEntry } from './entry.js'

export type { CatalogueEntry, CauseId, Phrase } from './entry.js'
export { SEVERITIES, bySeverity, type Severity } from './severity.js'

const entries = {
  ...PROBE_CODES,
  ...DNS_CODES,
  ...PORT_CODES,
  ...TLS_CODES,
  ...CERT_CODES,
  ...HTTP_CODES,
  ...SOURCE_CODES,
  ...EDGE_FUNCTION_CODES,
  ...ACCEPTANCE_CODES,
}

export type FindingCode = keyof typeof entries
export const CATALOGUE: Readonly<Record<FindingCode, CatalogueEntry>> = entries
export const FINDING_CODES = Object.keys(entries) as FindingCode[]

export function isFindingCode(value: string): value is FindingCode {
  return Object.hasOwn(entries, value)
}

/** Every severity a code can take. */
export function severitiesOf(code: FindingCode): readonly CatalogueEntry['severity'][] {
  const entry = CATALOGUE[code]
  return entry.allowed ?? [entry.severity]
}

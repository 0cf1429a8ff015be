/**
 * The config's `accept` entries applied to findings: a matching entry in force marks the finding
 * `accepted` (reported, never failing the gate). Entries past their date, or that matched nothing in a
 * run of every origin and check, become findings about the config themselves.
 */

import type { Acceptance } from '../config/types.js'
import type { JsonObject } from '../json.js'
import type { Finding } from './finding.js'
import { toFinding } from './to-finding.js'

const DAY_MS = 86_400_000

/** An entry applies through the whole of its `until` day, UTC. */
export function isExpired(entry: Pick<Acceptance, 'until'>, now: Date): boolean {
  return now.getTime() >= Date.parse(`${entry.until}T00:00:00Z`) + DAY_MS
}

/** `legacy-*` matches `legacy-shop`; `*` any run of characters, `?` exactly one, the rest literally. */
export function matchesOriginPattern(pattern: string, name: string): boolean {
  const source = [...pattern].map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&'))).join('')
  return new RegExp(`^${source}$`, 's').test(name)
}

export function entryMatches(entry: Acceptance, finding: Finding): boolean {
  return (
    entry.code === finding.code &&
    (entry.origin === undefined || matchesOriginPattern(entry.origin, finding.origin)) &&
    (entry.address === undefined || entry.address === finding.address) &&
    (entry.port === undefined || entry.port === finding.port) &&
    (entry.name === undefined || entry.name.toLowerCase() === finding.name?.toLowerCase())
  )
}

/**
 * The findings with those covered by an entry in force marked `accepted` (the first matching entry in
 * config order gives the reason); each entry that covered something is added to `used`.
 */
export function applyAcceptances(
  findings: readonly Finding[],
  entries: readonly Acceptance[],
  now: Date,
  used: Set<Acceptance>,
): Finding[] {
  const inForce = entries.filter((entry) => !isExpired(entry, now))
  return findings.map((finding) => {
    const entry = inForce.find((candidate) => entryMatches(candidate, finding))
    if (!entry) return finding
    used.add(entry)
    return { ...finding, accepted: { reason: entry.reason, until: entry.until } }
  })
}

export interface AcceptanceRun {
  now: Date
  /** Every origin and every check ran: only then does an entry that matched nothing say something. */
  complete: boolean
}

/** ACCEPTANCE_EXPIRED for each entry past its date; ACCEPTANCE_UNUSED for each in force that covered nothing in a complete run. */
export function acceptanceFindings(entries: readonly Acceptance[], used: ReadonlySet<Acceptance>, run: AcceptanceRun): Finding[] {
  const findings: Finding[] = []
  for (const entry of entries) {
    if (isExpired(entry, run.now)) findings.push(configFinding('ACCEPTANCE_EXPIRED', entry))
    else if (run.complete && !used.has(entry)) findings.push(configFinding('ACCEPTANCE_UNUSED', entry))
  }
  return findings
}

/** The config line a finding about an `accept` entry points at: the entry's. */
export function entryLineOf(finding: Finding): number {
  const line = finding.details['line']
  return typeof line === 'number' ? line : 1
}

function configFinding(code: 'ACCEPTANCE_EXPIRED' | 'ACCEPTANCE_UNUSED', entry: Acceptance): Finding {
  const pattern = entry.origin ?? '*'
  const details: JsonObject = { code: entry.code, origin: pattern, until: entry.until, reason: entry.reason, line: entry.line }
  for (const key of ['address', 'port', 'name'] as const) if (entry[key] !== undefined) details[key] = entry[key]
  return toFinding({ code, details }, pattern, 'config')
}

/** The `accept` list: each entry's date checked against today, then built for the engine. */

import type { FindingCode } from '../findings/catalogue.js'
import { escapeControl } from '../text/escape.js'
import { MAX_ACCEPT_DAYS } from './definition.js'
import { isFields, type Fields } from './merge.js'
import { INVALID, report, type Reader } from './reader.js'
import type { Acceptance } from './types.js'

const DAY_MS = 86_400_000

/** Midnight UTC of a `YYYY-MM-DD` date, or undefined when no such day exists (2027-02-30). */
export function utcDay(date: string): number | undefined {
  const time = Date.parse(`${date}T00:00:00Z`)
  return Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== date ? undefined : time
}

/** The entries that validated, with their lines; `until` must be a real day at most MAX_ACCEPT_DAYS after `today` (UTC). */
export function readAcceptances(value: unknown, reader: Reader, today: Date): Acceptance[] {
  if (!Array.isArray(value)) return []
  const latest = utcDay(today.toISOString().slice(0, 10))! + MAX_ACCEPT_DAYS * DAY_MS
  const entries: Acceptance[] = []
  value.forEach((entry: unknown, index) => {
    if (!isFields(entry)) return
    const line = reader.positions.get(`accept[${index}]`)?.line ?? 1
    if (!untilIsWithinReach(entry, `accept[${index}].until`, latest, reader)) return
    if (Object.values(entry).includes(INVALID)) return
    entries.push(toAcceptance(entry, line))
  })
  return entries
}

function untilIsWithinReach(entry: Fields, path: string, latest: number, reader: Reader): boolean {
  if (typeof entry.until !== 'string') return false
  const position = reader.positions.get(path) ?? { line: 1, col: 1 }
  const day = utcDay(entry.until)
  if (day === undefined) {
    report(reader, { path, position }, `${entry.until} is not a day of the calendar`)
    return false
  }
  if (day > latest) {
    const last = new Date(latest).toISOString().slice(0, 10)
    report(reader, { path, position }, `is more than ${MAX_ACCEPT_DAYS} days ahead: at most ${last} today`)
    return false
  }
  return true
}

/** The reason is printed beside findings in terminals and logs: control characters are shown, never obeyed. */
function toAcceptance(entry: Fields, line: number): Acceptance {
  const acceptance: Acceptance = {
    code: entry.code as FindingCode,
    reason: escapeControl(entry.reason as string),
    until: entry.until as string,
    line,
  }
  if (typeof entry.origin === 'string') acceptance.origin = entry.origin
  if (typeof entry.address === 'string') acceptance.address = entry.address
  if (typeof entry.port === 'number') acceptance.port = entry.port
  if (typeof entry.name === 'string') acceptance.name = entry.name
  return acceptance
}

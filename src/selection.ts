import { CHECK_FAMILIES, type CheckFamily } from './config/types.js'
import { UsageError } from './errors.js'

/**
 * What to run, as both front ends take it from text (CLI flags, action inputs). `label` is the flag or
 * input name the user typed, so each front end's errors speak its own words.
 */

/** Comma- or newline-separated items, trimmed, empties dropped. */
export function splitList(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter(Boolean)
}

/** `I/N` (1-based); empty text is no shard. */
export function parseShard(label: string, text: string): { index: number; count: number } | undefined {
  const trimmed = text.trim()
  if (trimmed === '') return undefined
  const match = /^(\d+)\/(\d+)$/.exec(trimmed)
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (!match || count < 1 || index < 1 || index > count)
    throw new UsageError(`${label} must be I/N with 1 <= I <= N (e.g. 2/4), got ${trimmed}`)
  return { index, count }
}

export function parseChoice<T extends string>(label: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new UsageError(`${label} must be one of ${allowed.join(', ')}, got ${value}`)
}

/** Check families; empty text selects none (the caller's default applies). */
export function parseFamilies(label: string, text: string): CheckFamily[] | undefined {
  const families = splitList(text)
  return families.length === 0 ? undefined : families.map((family) => parseChoice(label, family, CHECK_FAMILIES))
}

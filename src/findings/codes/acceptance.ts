import type { CatalogueEntry } from '../entry.js'

/**
 * The config's `accept` entries: findings the team has decided to live with, for a while. These are
 * about a line of the config, not an origin; `reason` is the team's own text, quoted as written.
 */
export const ACCEPTANCE_CODES = {
  ACCEPTANCE_EXPIRED: {
    severity: 'warning',
    cause: '-',
    title: 'Acceptance expired',
    message: 'The accept entry on line {line} ({code} for {origin}, "{reason}") ended on {until}: the findings it covered count again.',
    remedy: 'Fix what it accepted, or renew the entry with a new until (at most 180 days ahead) if the reason still holds.',
  },
  ACCEPTANCE_UNUSED: {
    severity: 'notice',
    cause: '-',
    title: 'Acceptance unused',
    message: 'The accept entry on line {line} ({code} for {origin}, until {until}) matched no finding.',
    remedy: 'Remove the entry: what it accepted is fixed, or its code, origin, address, port or name no longer match anything.',
  },
} as const satisfies Record<string, CatalogueEntry>

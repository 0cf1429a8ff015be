import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CATALOGUE, FINDING_CODES } from '../../../src/findings/catalogue.js'

const CAUSES = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8']
const causesDoc = readFileSync('docs/causes.md', 'utf8')

/** The `## Cn. …` section of docs/causes.md. */
function causeSection(id: string): string {
  const start = causesDoc.indexOf(`\n## ${id}. `)
  expect(start, `docs/causes.md has a "## ${id}." section`).toBeGreaterThanOrEqual(0)
  const end = causesDoc.indexOf('\n## ', start + 1)
  return causesDoc.slice(start, end < 0 ? undefined : end)
}

/** The codes a section's tables list: rows that start with a code. */
function codesListedIn(section: string): string[] {
  return [...section.matchAll(/^\| `([A-Z][A-Z0-9_]+)` \|/gm)].map((match) => match[1]!)
}

describe('docs/causes.md', () => {
  it('knows every cause id the catalogue uses', () => {
    const used = new Set(FINDING_CODES.flatMap((code) => CATALOGUE[code].cause.split('/')).filter((cause) => cause !== '-'))
    for (const cause of used) expect(CAUSES, cause).toContain(cause)
  })

  it('lists under each cause exactly the codes the catalogue gives that cause', () => {
    for (const id of CAUSES) {
      const expected = FINDING_CODES.filter((code) => CATALOGUE[code].cause.split('/').includes(id)).sort()
      expect(codesListedIn(causeSection(id)).sort(), id).toEqual(expected)
    }
  })
})

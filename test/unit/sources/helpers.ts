import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { DiscoveredOrigin, SourceResult, StaticFinding } from '../../../src/sources/types.js'

export const FIXTURES = fileURLToPath(new URL('../../fixtures/sources/', import.meta.url))

export function fixture(name: string): { file: string; text: string } {
  const file = `${FIXTURES}${name}`
  return { file, text: readFileSync(file, 'utf8') }
}

export function originNamed(result: SourceResult, name: string): DiscoveredOrigin {
  const origin = result.origins.find((o) => o.name === name)
  if (!origin) throw new Error(`no origin ${name}; have ${result.origins.map((o) => o.name).join(', ')}`)
  return origin
}

/** code:line:setting-or-reason for each finding about an origin, for exact comparisons. */
export function findingsOf(result: SourceResult, origin?: string): string[] {
  return result.findings
    .filter((f) => f.origin === origin)
    .map((f: StaticFinding) => {
      const what = JSON.stringify(f.details['setting'] ?? f.details['because'] ?? f.details['problem']).replaceAll('"', '')
      return `${f.code}${f.severity ? `/${f.severity}` : ''}:${f.line}:${what}`
    })
}

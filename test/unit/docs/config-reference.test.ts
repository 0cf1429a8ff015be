import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ACCEPTANCE, CONFIG, ORIGIN, OVERRIDES, SOURCE } from '../../../src/config/definition.js'
import type { Field } from '../../../src/config/fields.js'
import { parseConfig } from '../config/both-readers.js'
import type { JsonValue } from '../../../src/json.js'
import { sectionOf, tableRows, unquote } from '../../helpers/markdown.js'

const DOC = 'docs/config.md'

/**
 * Every key a user can write, named as the reference names it (`version`, `health.path`,
 * `overrides.dns-port`, `accept[].until`), with its field. Origin objects are documented key by key; `health` also has
 * a row of its own, since writing it is what turns the HTTP exchange on.
 */
function configKeys(): Map<string, Field> {
  const keys = new Map<string, Field>(Object.entries(CONFIG.fields))
  for (const [key, field] of Object.entries(ORIGIN.fields)) {
    if (field.kind !== 'object' || key === 'health') keys.set(key, field)
    if (field.kind === 'object') for (const [child, sub] of Object.entries(field.fields)) keys.set(`${key}.${child}`, sub)
  }
  for (const [key, field] of Object.entries(OVERRIDES.fields)) keys.set(`overrides.${key}`, field)
  for (const [key, field] of Object.entries(SOURCE.fields)) keys.set(`sources[].${key}`, field)
  for (const [key, field] of Object.entries(ACCEPTANCE.fields)) keys.set(`accept[].${key}`, field)
  return keys
}

/** How the reference writes a built-in default: `30`, `[TLSv1.2]`, `{}`, `cloudfront`. */
function asWritten(value: JsonValue): string {
  if (Array.isArray(value)) return `\`[${value.join(', ')}]\``
  if (value !== null && typeof value === 'object') return `\`${JSON.stringify(value)}\``
  return `\`${String(value)}\``
}

describe('docs/config.md', () => {
  // The reference tables: key | type | default | meaning.
  const rows = new Map(
    tableRows(readFileSync(DOC, 'utf8'))
      .filter((cells) => cells.length === 4)
      .map((cells) => [unquote(cells[0]!), cells]),
  )

  it('documents every key of the config, with its built-in default', () => {
    for (const [key, field] of configKeys()) {
      const row = rows.get(key)
      expect(row, `${DOC} has a table row for \`${key}\``).toBeDefined()
      if (field.default !== undefined) expect(row![2], `${key}: default`).toBe(asWritten(field.default))
    }
  })

  it('documents no key the config does not have', () => {
    const keys = configKeys()
    for (const key of rows.keys()) expect(keys.has(key), `${key} is documented but is not a config key`).toBe(true)
  })

  it('has an example the loader accepts', () => {
    const example = sectionOf(DOC, '## Example').match(/^```yaml\n([\s\S]*?)^```$/m)?.[1]
    expect(example).toBeDefined()
    const config = parseConfig(example!, DOC, { ORIGIN_VERIFY_SECRET: 'example-secret' })
    expect(config.origins.map((origin) => origin.name)).toEqual(['checkout-api', 'images'])
    expect(config.secrets).toEqual(['example-secret'])
  })
})

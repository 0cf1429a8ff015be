import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { generateSchema, schemaText } from '../../../src/config/schema.js'
import { schemaErrors } from './schema-walk.js'

const SCHEMA_FILE = new URL('../../../schema/origin-preflight.schema.json', import.meta.url)
const EXAMPLE = parse(readFileSync(new URL('./fixtures/spec-example.yml', import.meta.url), 'utf8')) as unknown

/** Every subschema with its JSON path, for properties that must hold everywhere. */
function* subschemas(schema: Record<string, unknown>, path = '$'): Generator<[string, Record<string, unknown>]> {
  yield [path, schema]
  const properties = (schema.properties ?? {}) as Record<string, Record<string, unknown>>
  for (const [key, child] of Object.entries(properties)) yield* subschemas(child, `${path}.${key}`)
  if (typeof schema.items === 'object') yield* subschemas(schema.items as Record<string, unknown>, `${path}[]`)
  if (typeof schema.additionalProperties === 'object') {
    yield* subschemas(schema.additionalProperties as Record<string, unknown>, `${path}{}`)
  }
}

describe('JSON Schema', () => {
  it('is committed exactly as generateSchema() renders it', () => {
    const onDisk = readFileSync(SCHEMA_FILE, 'utf8')
    expect(onDisk).toBe(schemaText())
    expect(JSON.parse(onDisk)).toEqual(generateSchema())
    expect(onDisk.endsWith('}\n')).toBe(true)
  })

  it('declares draft 2020-12, an $id and a title', () => {
    const schema = generateSchema()
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(schema.$id).toBe('urn:origin-preflight:config:1')
    expect(schema.title).toBe('origin-preflight config')
    expect(schema.required).toEqual(['version'])
    expect(schema.anyOf).toEqual([{ required: ['origins'] }, { required: ['sources'] }])
  })

  it('closes every object with known keys and describes every field', () => {
    for (const [path, schema] of subschemas(generateSchema())) {
      expect(typeof schema.description, path).toBe('string')
      if (schema.properties) expect(schema.additionalProperties, path).toBe(false)
    }
  })

  it('carries enums, integer bounds and built-in defaults from the field definitions', () => {
    const defaults = (generateSchema().properties as Record<string, Record<string, any>>).defaults!.properties
    expect(defaults.edge).toMatchObject({ enum: ['cloudfront', 'alb', 'clb', 'generic'], default: 'cloudfront' })
    expect(defaults['https-port']).toMatchObject({
      type: 'integer',
      anyOf: [{ const: 80 }, { const: 443 }, { minimum: 1024, maximum: 65535 }],
      default: 443,
    })
    expect(defaults.timeouts.properties['connect-ms']).toMatchObject({ minimum: 1, maximum: 60000, default: 3000 })
    expect(defaults.certificate.properties['warn-days']).toEqual({
      description: 'CERT_EXPIRES_SOON is a warning below this many days left.',
      type: 'integer',
      minimum: 0,
      default: 30,
    })
    expect(defaults.health.properties.headers.propertyNames).toEqual({ pattern: "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$" })
  })

  it('accepts the full example config', () => {
    expect(schemaErrors(generateSchema(), EXAMPLE)).toEqual([])
  })

  it('rejects what the loader rejects, by path', () => {
    const document = {
      version: 2,
      origins: [{ name: 'a b', 'https-port': 8, 'ssl-protocols': ['TLSv1.4'], health: { headers: { 'Bad Name': 'x' } }, colour: 'red' }],
      overrides: { 'dns-roots': ['localhost'] },
    }
    expect(schemaErrors(generateSchema(), document)).toEqual([
      '$.version: not 1',
      '$.origins[0]: unexpected property colour',
      '$.origins[0].name: does not match ^[A-Za-z0-9._-]+$|^[^/\\s][^\\r\\n\\t]*/[^\\r\\n\\t]*\\S$|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}',
      '$.origins[0].ssl-protocols[0]: not one of ["SSLv3","TLSv1","TLSv1.1","TLSv1.2","TLSv1.3"]',
      '$.origins[0].https-port: matches no option of anyOf',
      "$.origins[0].health.headers{Bad Name}: does not match ^[!#$%&'*+.^_`|~0-9A-Za-z-]+$",
      '$.overrides.dns-roots[0]: matches no option of anyOf',
    ])
  })

  it('lets an unexpanded ${VAR} through patterns under origins and defaults', () => {
    const document = { version: 1, origins: [{ name: '${ORIGIN_NAME}', domain: 'a.example.com', health: { path: '${HEALTH_PATH}' } }] }
    expect(schemaErrors(generateSchema(), document)).toEqual([])
  })
})

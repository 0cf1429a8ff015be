import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import AjvDraft04 from 'ajv-draft-04'
import ajvFormats from 'ajv-formats'

/** The OASIS SARIF 2.1.0 JSON schema (rtm.5, draft-04) as shipped by @microsoft/jest-sarif. */
const schemaFile = createRequire(import.meta.url).resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json')

let validate: (((value: unknown) => boolean) & { errors?: unknown }) | undefined

/** Schema errors of a SARIF log, as ajv words them; empty when it is valid SARIF 2.1.0. */
export function sarifSchemaErrors(log: unknown): string[] {
  if (!validate) {
    // unicodeRegExp off: the schema's language pattern has a stray `]` that only non-unicode regular expressions accept.
    const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false })
    ajvFormats.default(ajv)
    validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')) as object)
  }
  const check = validate
  if (check(log)) return []
  return ((check.errors ?? []) as { instancePath: string; message?: string }[]).map((e) => `${e.instancePath} ${e.message ?? ''}`)
}

/**
 * A finding's details carry facts (enums, numbers, names, bytes); its words come from the catalogue.
 * The whole embedded lab runs once, and no finding may carry a sentence in its details.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../../../src/config/load.js'
import { runPreflight } from '../../../src/engine/run.js'
import type { JsonValue } from '../../../src/json.js'
import { startLab, type Lab } from '../../../src/lab/lab.js'
import type { Report } from '../../../src/engine/report.js'

/** Keys that name prose, whatever their value. */
const PROSE_KEYS = new Set(['reason', 'hint', 'note', 'cause'])
/** Keys whose values are evidence kept verbatim: an exception's text, bytes an origin sent, certificate names. */
const VERBATIM_KEYS = new Set(['error', 'bytes', 'received', 'subject', 'withSni', 'withoutSni', 'root', 'issuer'])
/** A distinguished name (`CN=…, O=…`) is a name, however many words its parts have. */
const DN_LIKE = /(?:^|[,/]\s*)(?:CN|O|OU|C|L|ST|DC)=/
/** Six or more words of letters in a row read as an English sentence. */
const SENTENCE = /(?:^|\s)(?:[A-Za-z][A-Za-z'-]*[,.;:]?\s+){5}[A-Za-z][A-Za-z'-]*[,.;:]?(?=\s|$)/

/** Every place in `details` that holds prose, as `path: why`. */
function proseIn(value: JsonValue | undefined, path = 'details'): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => proseIn(item, `${path}[${i}]`))
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => {
      if (PROSE_KEYS.has(key)) return [`${path}.${key}: a key named ${key}`]
      if (VERBATIM_KEYS.has(key)) return []
      return proseIn(inner, `${path}.${key}`)
    })
  }
  if (typeof value === 'string' && !DN_LIKE.test(value) && SENTENCE.test(value)) return [`${path}: "${value}"`]
  return []
}

describe('the prose detector', () => {
  it('catches a planted reason, by its key and by its words', () => {
    expect(proseIn({ defect: 'no-response', reason: 'the origin closed the connection early' })).toEqual([
      'details.reason: a key named reason',
    ])
    expect(proseIn({ defect: 'no-response', why: 'the origin closed the connection early' })).toEqual([
      'details.why: "the origin closed the connection early"',
    ])
    expect(proseIn({ redirect: { followed: { outcome: 'following it failed: the host did not answer' } } })).toHaveLength(1)
    expect(proseIn({ notes: ['a', 'the origin reset the connection after 18 bytes'] })).toEqual([
      'details.notes[1]: "the origin reset the connection after 18 bytes"',
    ])
  })

  it('lets facts and verbatim evidence through', () => {
    expect(
      proseIn({
        problem: 'partial-head-before-timeout',
        end: 'reset',
        afterMs: 3000,
        method: 'GET',
        path: '/healthz',
        expected: [200, 204],
        bytes: 'X-A: this is what the origin sent us as a header\\r\\n',
        error: 'connect ECONNREFUSED because nothing listens on it here',
        subject: 'CN=api.example.test',
        issuer: 'CN=Some Long Intermediate Authority Name Here',
        names: ['a.example.test', 'b.example.test'],
        dn: 'CN=Lab Root Of All The Planted Origins, O=Lab',
      }),
    ).toEqual([])
  })
})

describe('every finding of the embedded lab', () => {
  let lab: Lab
  let report: Report

  beforeAll(async () => {
    lab = await startLab()
    report = await runPreflight(loadConfig(lab.configPath, {}))
  }, 120_000)
  afterAll(() => lab?.close())

  it('carries facts in its details, never sentences', () => {
    const findings = report.origins.flatMap((o) => o.findings.map((f) => ({ where: `${o.name} ${f.code}`, details: f.details })))
    expect(findings.length).toBeGreaterThan(40)
    expect(findings.flatMap((f) => proseIn(f.details).map((p) => `${f.where}: ${p}`))).toEqual([])
  })
})

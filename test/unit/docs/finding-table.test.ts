import { describe, expect, it } from 'vitest'
import { CATALOGUE, FINDING_CODES, isFindingCode } from '../../../src/findings/catalogue.js'
import { sectionOf, tableRows, unquote } from '../../helpers/markdown.js'

/** docs/report.md's code table: code, default severity, allowed severities, cause, title. */
function documentedCodes() {
  return tableRows(sectionOf('docs/report.md', '### Finding codes')).map(([code, severity, allowed, cause, title]) => ({
    code: unquote(code ?? ''),
    severity,
    allowed: (allowed ?? '').split(',').map((s) => s.trim()),
    cause,
    title,
  }))
}

describe('the finding table of docs/report.md', () => {
  const rows = documentedCodes()

  it('lists every code of the catalogue, once, and no other', () => {
    const listed = rows.map((row) => row.code)
    expect(
      listed.filter((code) => !isFindingCode(code)),
      'listed but not in the catalogue',
    ).toEqual([])
    expect(
      FINDING_CODES.filter((code) => !listed.includes(code)),
      'in the catalogue but not listed',
    ).toEqual([])
    expect(
      listed.filter((code, i) => listed.indexOf(code) !== i),
      'listed twice',
    ).toEqual([])
  })

  it('gives each code the catalogue’s default and allowed severities, cause and title', () => {
    for (const row of rows) {
      if (!isFindingCode(row.code)) continue
      const entry = CATALOGUE[row.code]
      expect(row.severity, row.code).toBe(entry.severity)
      expect(row.allowed, row.code).toEqual([...(entry.allowed ?? [entry.severity])])
      expect(row.cause, row.code).toBe(entry.cause)
      expect(row.title, row.code).toBe(entry.title)
    }
  })
})

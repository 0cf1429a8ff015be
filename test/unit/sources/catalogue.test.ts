import { describe, expect, it } from 'vitest'
import { toFinding } from '../../../src/findings/to-finding.js'
import { readCloudFormation } from '../../../src/sources/cloudformation.js'
import { fixture } from './helpers.js'

describe('static findings read through the catalogue', () => {
  it('every placeholder of each code is filled from the facts a reader gives', () => {
    const { file, text } = fixture('shop-cdn.yaml')
    const duplicate = readCloudFormation('Resources:\n  A:\n    Type: X\n    Type: Y\n', 'dup.yaml').findings
    const findings = [...readCloudFormation(text, file).findings, ...duplicate]
    const codes = new Set(findings.map((f) => f.code))
    expect([...codes].sort()).toEqual(['EDGE_SETTING_INVALID', 'SOURCE_INVALID', 'SOURCE_SKIPPED', 'SOURCE_UNRESOLVED'])
    for (const f of findings) {
      const rendered = toFinding(
        { code: f.code, ...(f.severity ? { severity: f.severity } : {}), details: { ...f.details, line: f.line, file: f.file } },
        f.origin ?? file,
        'source',
      )
      expect(`${rendered.message} ${rendered.remedy}`, JSON.stringify(f)).not.toMatch(/\{[A-Za-z]+\}/)
      expect(rendered.severity).toBe(f.severity ?? (f.code === 'SOURCE_INVALID' || f.code === 'EDGE_SETTING_INVALID' ? 'error' : 'notice'))
    }
  })
})

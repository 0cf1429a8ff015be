import { describe, expect, it } from 'vitest'
import { CATALOGUE, FINDING_CODES } from '../../../src/findings/catalogue.js'
import { renderSarif } from '../../../src/report/sarif.js'
import { sarifSchemaErrors } from '../../helpers/sarif-schema.js'
import { findings, originReport, sampleReport } from './fixtures.js'

interface SarifLog {
  version: string
  runs: {
    tool: {
      driver: { name: string; rules: { id: string; help: { text: string; markdown: string }; defaultConfiguration: { level: string } }[] }
    }
    results: {
      ruleId: string
      ruleIndex: number
      level: string
      message: { text: string }
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[]
      partialFingerprints: Record<string, string>
    }[]
  }[]
}

const render = (report = sampleReport()) => JSON.parse(renderSarif(report, { configUri: '.github/origin-preflight.yml' })) as SarifLog

describe('renderSarif', () => {
  it('is valid SARIF 2.1.0 by the OASIS schema', () => {
    expect(sarifSchemaErrors(render())).toEqual([])
  })

  it('would fail the schema check when broken (the check can fail)', () => {
    const log = render() as unknown as { runs: { results: { level: string }[] }[] }
    log.runs[0]!.results[0]!.level = 'fatal'
    expect(sarifSchemaErrors(log).length).toBeGreaterThan(0)
  })

  it('has one result per finding, at its origin’s config line, level from the severity', () => {
    const [run] = render().runs
    expect(run!.results.map((r) => [r.ruleId, r.level, r.locations[0]!.physicalLocation.region.startLine])).toEqual([
      ['TLS_SNI_REQUIRED', 'note', 6],
      ['CERT_EXPIRED', 'error', 6],
      ['PORT_REFUSED', 'error', 6],
      ['CERT_EXPIRES_SOON', 'warning', 20],
    ])
    for (const result of run!.results) {
      expect(result.locations[0]!.physicalLocation.artifactLocation.uri).toBe('.github/origin-preflight.yml')
      expect(run!.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId)
    }
    expect(run!.results[1]!.message.text).toContain('expired on 2024-01-31')
    expect(run!.results[1]!.message.text).toContain('Renew the certificate')
  })

  it('has a rule per catalogue code with the catalogue’s help text', () => {
    const rules = render().runs[0]!.tool.driver.rules
    expect(rules.map((r) => r.id)).toEqual(FINDING_CODES)
    const expired = rules.find((r) => r.id === 'CERT_EXPIRED')!
    expect(expired.help.text).toContain(CATALOGUE.CERT_EXPIRED.title)
    expect(expired.help.text).toContain('Remedy: Renew the certificate and install it with its full chain.')
    expect(expired.help.text).toContain('expired on <notAfter>')
    expect(expired.defaultConfiguration.level).toBe('error')
  })

  it('takes the finding’s field line when given one, and keeps two addresses of one origin apart', () => {
    const two = [findings.refused('api'), { ...findings.refused('api'), address: '192.0.2.12' }]
    const report = sampleReport({ origins: [originReport({ name: 'api', passed: false, configLine: 4, findings: two })] })
    const log = JSON.parse(renderSarif(report, { configUri: 'c.yml', lineOf: (f) => (f.code === 'PORT_REFUSED' ? 9 : 4) })) as SarifLog
    const results = log.runs[0]!.results
    expect(results.map((r) => r.locations[0]!.physicalLocation.region.startLine)).toEqual([9, 9])
    const prints = results.map((r) => r.partialFingerprints['originPreflightFinding/v1'])
    expect(new Set(prints).size).toBe(2)
  })
})

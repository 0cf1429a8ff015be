import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseConfig } from '../../../src/config/load.js'
import type { Config } from '../../../src/config/types.js'
import { runPreflight } from '../../../src/engine/run.js'
import { mergeReports } from '../../../src/report/merge.js'
import { renderReport } from '../../../src/report/render.js'
import type { Report } from '../../../src/engine/report.js'
import { sarifSchemaErrors } from '../../helpers/sarif-schema.js'
import { LOOPBACK, serverFixture, startTlsServer } from './servers.js'

const DAY_MS = 86_400_000
const fixture = serverFixture('Acceptance Lab')
let expiredPort: number

beforeAll(async () => {
  const expired = fixture.ca.leaf(['expired.accept.test'], { validDays: [-90, -2] })
  expiredPort = (await fixture.track(startTlsServer(expired, [fixture.ca.intermediate]))).port
})

/** `YYYY-MM-DD`, `days` from today (UTC). */
function dayFromToday(days: number): string {
  return new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10)
}

/**
 * One origin serving an expired certificate on loopback, then `accept` lines (unindented `- code: ...`
 * items with their keys indented by two). Returns the config and the line each `- ` item starts on.
 */
function configWith(accept: string[], failOn = 'error'): { config: Config; entryLines: number[] } {
  const lines = [
    'version: 1',
    'overrides:',
    '  trust-roots: [root.pem]',
    'origins:',
    '  - name: legacy-shop',
    '    domain: expired.accept.test',
    `    addresses: [${LOOPBACK}]`,
    `    https-port: ${expiredPort}`,
    `    fail-on: ${failOn}`,
    '    timeouts: { connect-ms: 2000, read-ms: 3000 }',
    '    checks: { skip: [dns] }',
    'accept:',
  ]
  const entryLines: number[] = []
  for (const line of accept) {
    if (line.startsWith('- ')) entryLines.push(lines.length + 1)
    lines.push(`  ${line}`)
  }
  return { config: parseConfig(`${lines.join('\n')}\n`, join(fixture.ca.dir, 'origin-preflight.yml')), entryLines }
}

const acceptExpired = (until: string, extra: string[] = []) => [
  '- code: CERT_EXPIRED',
  '  origin: legacy-*',
  `  address: ${LOOPBACK}`,
  '  reason: vendor renews in January',
  `  until: ${until}`,
  ...extra,
]

describe('an accepted finding', () => {
  let report: Report

  beforeAll(async () => {
    report = await runPreflight(configWith(acceptExpired(dayFromToday(30))).config)
  })

  it('stays in the report, marked accepted, and does not fail the gate', () => {
    const [origin] = report.origins
    expect(origin?.findings).toMatchObject([
      {
        code: 'CERT_EXPIRED',
        severity: 'error',
        origin: 'legacy-shop',
        accepted: { reason: 'vendor renews in January', until: dayFromToday(30) },
      },
    ])
    expect(origin?.passed).toBe(true)
    expect(report.passed).toBe(true)
    expect(report.summary).toMatchObject({ errors: 0, warnings: 0, notices: 0, accepted: 1 })
    expect(report.configFindings).toEqual([])
  })

  it('is marked in text, JSON, markdown and SARIF', () => {
    const text = renderReport(report, 'text')
    expect(text).toMatch(/ACCEPTED ERROR CERT_EXPIRED 127\.0\.0\.1:\d+/)
    expect(text).toContain(`accepted until ${dayFromToday(30)}: vendor renews in January`)
    expect(text).toContain('✔ passed: 1 origin, 0 errors, 0 warnings, 0 notices, 1 accepted')

    const json = JSON.parse(renderReport(report, 'json')) as Report
    expect(json.origins[0]?.findings[0]?.accepted).toEqual({ reason: 'vendor renews in January', until: dayFromToday(30) })

    const markdown = renderReport(report, 'markdown')
    expect(markdown).toContain('### Accepted (1)')
    const where = `127.0.0.1:${expiredPort} (SNI expired.accept.test)`
    const row = `| legacy-shop | CERT_EXPIRED | error | ${where} | ${dayFromToday(30)} | vendor renews in January |`
    expect(markdown).toContain(row)
    expect(markdown).toContain('✔ passed (1 accepted)')

    const sarif = JSON.parse(renderReport(report, 'sarif')) as { runs: { results: { ruleId: string; suppressions?: unknown }[] }[] }
    expect(sarifSchemaErrors(sarif)).toEqual([])
    expect(sarif.runs[0]?.results).toMatchObject([
      { ruleId: 'CERT_EXPIRED', suppressions: [{ kind: 'external', justification: 'vendor renews in January' }] },
    ])
  })
})

describe('an accept entry past its until', () => {
  it('no longer applies: the finding counts again, and the entry is ACCEPTANCE_EXPIRED at its line', async () => {
    const { config, entryLines } = configWith(acceptExpired(dayFromToday(3)))

    // Four days on, the entry (valid through its until day) has ended.
    const report = await runPreflight(config, { now: new Date(Date.now() + 4 * DAY_MS) })

    const [finding] = report.origins[0]?.findings ?? []
    expect(finding).toMatchObject({ code: 'CERT_EXPIRED', severity: 'error' })
    expect(finding).not.toHaveProperty('accepted')
    expect(report.passed).toBe(false)
    expect(report.configFindings).toMatchObject([
      {
        code: 'ACCEPTANCE_EXPIRED',
        severity: 'warning',
        check: 'config',
        origin: 'legacy-*',
        details: {
          code: 'CERT_EXPIRED',
          origin: 'legacy-*',
          until: dayFromToday(3),
          reason: 'vendor renews in January',
          line: entryLines[0],
          address: LOOPBACK,
        },
      },
    ])
    expect(report.configFindings?.[0]?.message).toBe(
      `The accept entry on line ${entryLines[0]} (CERT_EXPIRED for legacy-*, "vendor renews in January") ended on ${dayFromToday(3)}: ` +
        'the findings it covered count again.',
    )
    expect(report.summary).toMatchObject({ errors: 1, warnings: 1, accepted: 0 })
    type Result = { ruleId: string; locations: { physicalLocation: { region: { startLine: number } } }[] }
    const sarif = JSON.parse(renderReport(report, 'sarif')) as { runs: { results: Result[] }[] }
    const expired = sarif.runs[0]?.results.find((result) => result.ruleId === 'ACCEPTANCE_EXPIRED')
    expect(expired?.locations[0]?.physicalLocation.region.startLine).toBe(entryLines[0])
    expect(renderReport(report, 'text')).toContain(`WARNING ACCEPTANCE_EXPIRED line ${entryLines[0]}`)
  })

  it('is a warning: it fails the run only at fail-on warning', async () => {
    // The entry accepts a code this origin does not have; the expired certificate itself is accepted by a live entry.
    const accept = [...acceptExpired(dayFromToday(30)), '- code: CERT_SIGNATURE_WEAK', '  reason: old', `  until: ${dayFromToday(1)}`]
    const later = { now: new Date(Date.now() + 2 * DAY_MS) }

    const atError = await runPreflight(configWith(accept, 'error').config, later)
    expect(atError.configFindings?.map((f) => f.code)).toEqual(['ACCEPTANCE_EXPIRED'])
    expect(atError.origins[0]?.passed).toBe(true)
    expect(atError.passed).toBe(true)

    const atWarning = await runPreflight(configWith(accept, 'warning').config, later)
    expect(atWarning.configFindings?.map((f) => f.code)).toEqual(['ACCEPTANCE_EXPIRED'])
    expect(atWarning.origins[0]?.passed).toBe(true)
    expect(atWarning.passed).toBe(false)
  })
})

describe('an accept entry that matched nothing', () => {
  const unused = ['- code: CERT_EXPIRED', '  address: 127.0.0.9', '  reason: another host', `  until: ${dayFromToday(10)}`]

  it('is ACCEPTANCE_UNUSED at its line in a full run, and the finding it did not match counts', async () => {
    const { config, entryLines } = configWith(unused)

    const report = await runPreflight(config)

    expect(report.configFindings).toMatchObject([
      {
        code: 'ACCEPTANCE_UNUSED',
        severity: 'notice',
        origin: '*',
        details: { code: 'CERT_EXPIRED', address: '127.0.0.9', line: entryLines[0] },
      },
    ])
    expect(report.origins[0]?.findings[0]).not.toHaveProperty('accepted')
    expect(report.passed).toBe(false)
    expect(report.summary).toMatchObject({ errors: 1, notices: 1 })
  })

  it('says nothing when --origin, --only or a shard narrowed the run', async () => {
    const { config } = configWith(unused)
    for (const options of [{ origins: ['legacy-shop'] }, { only: ['certificate' as const] }, { shard: { index: 1, count: 1 } }]) {
      const report = await runPreflight(config, options)
      expect(report.configFindings, JSON.stringify(options)).toEqual([])
    }
  })
})

describe('shard reports with acceptances, merged', () => {
  it('keep each accepted finding marked and each finding about an entry once', async () => {
    const accept = [...acceptExpired(dayFromToday(30)), '- code: CERT_SIGNATURE_WEAK', '  reason: old', `  until: ${dayFromToday(1)}`]
    const { config } = configWith(accept)
    const later = new Date(Date.now() + 2 * DAY_MS)
    const shards = await Promise.all([1, 2].map((index) => runPreflight(config, { shard: { index, count: 2 }, now: later })))
    expect(shards.map((shard) => shard.configFindings?.map((f) => f.code))).toEqual([['ACCEPTANCE_EXPIRED'], ['ACCEPTANCE_EXPIRED']])

    const merged = mergeReports(shards.map((report, i) => ({ file: `shard-${i + 1}.json`, report })))

    expect(merged.configFindings?.map((f) => f.code)).toEqual(['ACCEPTANCE_EXPIRED'])
    expect(merged.summary).toMatchObject({ origins: 1, errors: 0, warnings: 1, notices: 0, accepted: 1 })
    expect(merged.origins[0]?.findings[0]?.accepted?.reason).toBe('vendor renews in January')
    expect(merged.passed).toBe(true)
  })
})

describe('an entry no shard used', () => {
  const accept = [
    ...acceptExpired(dayFromToday(30)),
    '- code: CERT_EXPIRED',
    '  address: 127.0.0.9',
    '  reason: another host',
    `  until: ${dayFromToday(10)}`,
  ]

  it('is ACCEPTANCE_UNUSED in the merged report, as in one run of every origin', async () => {
    const { config, entryLines } = configWith(accept)
    const whole = await runPreflight(config)
    const shards = await Promise.all([1, 2].map((index) => runPreflight(config, { shard: { index, count: 2 } })))
    // Alone, neither shard can say: the other may have used it.
    expect(shards.map((shard) => shard.configFindings)).toEqual([[], []])

    const merged = mergeReports(shards.map((report, i) => ({ file: `shard-${i + 1}.json`, report })))

    const aboutEntries = (report: Report) => report.configFindings?.map((f) => [f.code, f.details['line']])
    expect(aboutEntries(merged)).toEqual([['ACCEPTANCE_UNUSED', entryLines[1]]])
    expect(aboutEntries(merged)).toEqual(aboutEntries(whole))
    expect(merged.summary).toEqual(whole.summary)
  })

  it('is not reported when a shard ran only some checks', async () => {
    const { config } = configWith(accept)
    const shards = [
      await runPreflight(config, { shard: { index: 1, count: 2 }, only: ['certificate'] }),
      await runPreflight(config, { shard: { index: 2, count: 2 } }),
    ]
    const merged = mergeReports(shards.map((report, i) => ({ file: `shard-${i + 1}.json`, report })))
    expect(merged.configFindings).toEqual([])
  })
})

import * as core from '@actions/core'
import { describe, expect, it } from 'vitest'
import { configProblemAnnotations, findingAnnotation } from '../../src/action/annotations.js'
import { toFinding } from '../../src/findings/to-finding.js'
import { fitMarkdown, JOB_SUMMARY_LIMIT_BYTES } from '../../src/report/fit.js'
import { renderJson } from '../../src/report/json.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import { renderSarif } from '../../src/report/sarif.js'
import { renderText } from '../../src/report/text.js'
import type { Report } from '../../src/engine/report.js'
import { defuseCommandLines } from '../../src/text/escape.js'
import { originReport, sampleReport } from '../unit/report/fixtures.js'
import { liveBrackets } from './report-file.test.js'
import { HOSTILE, HUGE } from './strings.js'

/** One origin whose every free-text field (and a dangling CNAME's target) carries `evil`. */
function hostileReport(evil: string): Report {
  const finding = toFinding(
    { code: 'DNS_CNAME_DANGLING', name: evil, address: evil, details: { query: 'www.example.com', target: evil } },
    evil,
    'dns',
  )
  const origin = originReport({
    name: evil,
    domain: evil,
    hostHeader: evil,
    addresses: [evil],
    passed: false,
    findings: [finding],
    tls: [
      {
        address: evil,
        port: 443,
        name: evil,
        versions: [{ version: 'TLSv1.2', accepted: false, suites: [evil], offered: 1, outcome: evil }],
        probes: 1,
        ms: 1,
      },
    ],
  })
  return sampleReport({ config: evil, overrides: [evil], origins: [origin], passed: false })
}

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/ // everything but tab and LF

/** What a workflow step prints, captured from stdout as the runner reads it. */
function stepLog(action: () => void): string {
  const chunks: string[] = []
  const write = process.stdout.write.bind(process.stdout)
  process.stdout.write = (chunk: string | Uint8Array) => (chunks.push(String(chunk)), true)
  try {
    action()
  } finally {
    process.stdout.write = write
  }
  return chunks.join('')
}

describe.each(Object.entries({ ...HOSTILE, huge: HUGE }))('%s through every renderer', (_kind, evil) => {
  const report = hostileReport(evil)

  it('text: one line per value, no control character, no line starting with ::', () => {
    const text = renderText(report, { color: false })
    expect(text).not.toMatch(CONTROL)
    expect(text).not.toMatch(/^\s*::/m)
    const coloured = renderText(report, { color: true })
    expect(coloured.replace(/\x1b\[\d+m/g, '')).toBe(text)
  })

  it('markdown: no live link, HTML, entity, heading or broken row', () => {
    for (const markdown of [renderMarkdown(report), fitMarkdown(report, JOB_SUMMARY_LIMIT_BYTES - 1).markdown]) {
      expect(markdown).not.toMatch(CONTROL)
      expect(liveBrackets(markdown)).toEqual([])
      expect(markdown).not.toMatch(/&(?!amp;|lt;|gt;)/)
      expect(markdown.match(/<details>/g)?.length ?? 0).toBe(markdown.match(/<\/details>/g)?.length ?? 0)
      expect(markdown).not.toMatch(/<(?!br>|sub>|\/sub>|details>|\/details>|summary>|\/summary>)/)
      for (const line of markdown.split('\n')) {
        if (line.startsWith('#')) expect(line).toMatch(/^(## origin-preflight|### ✖ |### Certificate expiry)/)
        if (line.startsWith('|')) expect(line.split(/(?<!\\)\|/).length, line.slice(0, 80)).toBeLessThanOrEqual(8)
      }
    }
  })

  it('sarif and json: valid JSON, no raw control character; the JSON keeps the facts as observed', () => {
    const sarif = renderSarif(report, { configUri: 'origin-preflight.yml' })
    const log = JSON.parse(sarif) as { runs: { results: { message: { text: string } }[] }[] }
    expect(log.runs[0]!.results[0]!.message.text).not.toMatch(CONTROL)
    const json = renderJson(report)
    expect(json).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/)
    expect(JSON.parse(json)).toEqual(report)
  })

  it('the action log and annotations: only the annotations are workflow commands', () => {
    const finding = report.origins[0]!.findings[0]!
    const annotations = [
      findingAnnotation(finding, 'origin-preflight.yml', 3),
      ...configProblemAnnotations([{ file: 'origin-preflight.yml', line: 1, col: 1, path: 'origins[0]', message: evil }], '.'),
    ]
    const log = stepLog(() => {
      core.info(defuseCommandLines(renderText(report, { color: true })))
      for (const annotation of annotations) core.error(annotation.message, annotation.properties)
    })
    const commands = log.split('\n').filter((line) => /^\s*::/.test(line))
    expect(commands).toHaveLength(annotations.length)
    for (const command of commands) expect(command).toMatch(/^::error ((title|file|line|col)=[^:,]*,?)+::[^\r\x1b]*$/)
    for (const annotation of annotations) expect(annotation.message.split('\n').length).toBeLessThanOrEqual(2)
    expect(log).not.toMatch(/\x1b\[31mred/)
  })
})

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startLab, type Lab } from '../../src/lab/lab.js'
import { SCENARIOS } from '../../src/lab/scenarios.js'
import type { Report } from '../../src/report/types.js'
import { cleanEnv, runNode, type NodeRun } from '../helpers/run-node.js'

const ACTION = resolve('dist/index.js')

/** `name<<DELIMITER\nvalue\nDELIMITER` blocks of a GITHUB_OUTPUT file. */
function readOutputs(file: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const pattern = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm
  for (const match of readFileSync(file, 'utf8').matchAll(pattern)) outputs[match[1]!] = match[3]!
  return outputs
}

interface Annotation { level: string; file: string; line: number; title: string; message: string }

function readAnnotations(stdout: string): Annotation[] {
  const pattern = /^::(error|warning|notice) (.*?)::(.*)$/gm
  return [...stdout.matchAll(pattern)].map(([, level, props, message]) => {
    const p = Object.fromEntries(props!.split(',').map((kv) => kv.split('=') as [string, string]))
    return { level: level!, file: p['file']!, line: Number(p['line']), title: decodeURIComponent(p['title']!), message: message! }
  })
}

function lineOf(text: string, needle: string, after = 0): number {
  const lines = text.split('\n')
  const index = lines.findIndex((line, i) => i >= after && line === needle)
  expect(index, needle).toBeGreaterThanOrEqual(0)
  return index + 1
}

describe('the bundled action, run as the runner runs it', () => {
  let lab: Lab
  let run: NodeRun
  let outputs: Record<string, string>
  let summary: string
  let configText: string
  let reportFile: string

  beforeAll(async () => {
    lab = await startLab()
    configText = readFileSync(lab.configPath, 'utf8')
    const scratch = mkdtempSync(join(tmpdir(), 'origin-preflight-action-'))
    const outputFile = join(scratch, 'output')
    const summaryFile = join(scratch, 'summary.md')
    writeFileSync(outputFile, '')
    writeFileSync(summaryFile, '')
    reportFile = join(scratch, 'report.json')
    run = await runNode(ACTION, [], {
      cwd: scratch,
      env: cleanEnv({
        GITHUB_WORKSPACE: lab.dir,
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        GITHUB_EVENT_NAME: 'pull_request',
        'INPUT_CONFIG': 'origin-preflight.yml',
        'INPUT_REPORT-PATH': reportFile,
        'INPUT_FAIL-ON': '',
        'INPUT_COMMENT': 'false',
      }),
    })
    outputs = readOutputs(outputFile)
    summary = readFileSync(summaryFile, 'utf8')
  })
  afterAll(() => lab.close())

  it('fails the job exactly as the CLI exits 1', () => {
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/^::error::.*failed/m)
    expect(outputs['passed']).toBe('false')
  })

  it('annotates each finding at the config line that declares its origin, path relative to the repo root', () => {
    const annotations = readAnnotations(run.stdout).filter((a) => a.title !== '')
    const expected = SCENARIOS.flatMap((s) => s.expect.map((e) => ({ scenario: s.name, ...e })))
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as Report
    expect(annotations).toHaveLength(report.origins.flatMap((o) => o.findings).length)
    for (const e of expected) {
      const originLine = lineOf(configText, `  - name: ${e.scenario}`)
      const fieldLine = (key: string) => originLine + configText.split('\n').slice(originLine).findIndex((l) => l.startsWith(`    ${key}:`)) + 1
      const annotation = annotations.find((a) => a.title === `${e.code} ${e.scenario}`)
      expect(annotation, `${e.code} ${e.scenario}`).toBeDefined()
      expect(annotation!.level).toBe(e.severity)
      expect(annotation!.file).toBe('origin-preflight.yml')
      // A finding about a field points at it (the refusing port, the uncovered name); the rest at the origin.
      const line = e.code.startsWith('PORT_') ? fieldLine('https-port') : e.code === 'CERT_NAME_MISMATCH' || e.code.startsWith('DNS_') ? fieldLine('domain') : originLine
      expect(annotation!.line, `${e.code} ${e.scenario}`).toBe(line)
    }
  })

  it('sets the outputs of cli.md', () => {
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as Report
    expect(outputs['errors']).toBe(String(report.summary.errors))
    expect(outputs['warnings']).toBe(String(report.summary.warnings))
    expect(outputs['report']).toBe(reportFile)
    const failed = SCENARIOS.filter((s) => s.expect.some((e) => e.severity === 'error')).map((s) => s.name)
    expect(outputs['failed-origins']!.split(',').sort()).toEqual(failed.sort())
    // The soonest expiry in the lab is the expired origin's leaf: 2 days ago, so -3 whole days left.
    expect(outputs['next-expiry-days']).toBe('-3')
    expect(outputs['next-expiry']).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('writes a job summary with one row per origin', () => {
    for (const scenario of SCENARIOS) expect(summary).toContain(`| ${scenario.name} |`)
    expect(summary).toContain('trust-roots')
    expect(summary).toContain('CERT_CHAIN_ORDER')
  })
})

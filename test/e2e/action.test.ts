import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { commentMarker } from '../../src/action/sticky-comment.js'
import { startLab, type Lab } from '../../src/lab/lab.js'
import { SCENARIOS } from '../../src/lab/scenarios.js'
import { FUNCTION_SCENARIOS } from '../../src/lab/function-scenarios.js'
import type { Report } from '../../src/engine/report.js'
import { runAction, type ActionRun } from '../helpers/action-run.js'
import { pullRequestEvent } from '../helpers/events.js'
import { LAB } from '../helpers/lab-expectations.js'
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'
import { sarifSchemaErrors } from '../helpers/sarif-schema.js'
import { stepInputs } from '../helpers/workflow.js'

const MARKER = commentMarker('origin-preflight.yml')

function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line === needle)
  expect(index, needle).toBeGreaterThanOrEqual(0)
  return index + 1
}

/** The line the annotation of `code` on `scenario` must point at: the field it is about, else the origin. */
function expectedLine(configText: string, scenario: string, code: string): number {
  const originLine = lineOf(configText, `  - name: ${scenario}`)
  const fieldLine = (key: string) =>
    originLine +
    configText
      .split('\n')
      .slice(originLine)
      .findIndex((l) => l.startsWith(`    ${key}:`)) +
    1
  if (code.startsWith('PORT_')) return fieldLine('https-port')
  if (code === 'CERT_NAME_MISMATCH' || code.startsWith('DNS_')) return fieldLine('domain')
  // The edge whose keep-alive window is outlived, where the origin names it; an HTTP defect at the health path.
  if (code === 'HTTP_KEEPALIVE_TOO_SHORT') return SCENARIOS.find((s) => s.name === scenario)?.edge ? fieldLine('edge') : originLine
  if (code.startsWith('HTTP_')) return fieldLine('health') + 1
  return originLine
}

const inputs = (given: Record<string, string>) => stepInputs({ with: given }, 'action.yml', { github: { token: 'ghs_pull_request_token' } })

describe('the bundled action on a pull request, run as the runner runs it', () => {
  let lab: Lab
  let github: FakeGitHub
  let configText: string
  let first: ActionRun
  let second: ActionRun
  let reportFile: string
  let sarifFile: string

  beforeAll(async () => {
    // The planted origins only: the counts below are theirs (the edge functions' run is the next suite's).
    lab = await startLab(SCENARIOS, [])
    github = await startFakeGitHub()
    github.comments.push({ id: 1, issue: 7, body: 'Looks good to me', user: { login: 'reviewer' } })
    // Someone quoting an old report carries the marker too: not ours to edit.
    github.comments.push({ id: 2, issue: 7, body: `> ${MARKER}\n> it failed here`, user: { login: 'reviewer' } })
    configText = readFileSync(lab.configPath, 'utf8')
    reportFile = join(lab.dir, 'out', 'report.json')
    sarifFile = join(lab.dir, 'out', 'report.sarif')
    // The step runs below the workspace: paths must still come out relative to the repository root.
    const cwd = join(lab.dir, 'sub')
    mkdirSync(cwd)
    const step = {
      workspace: lab.dir,
      cwd,
      inputs: inputs({ config: 'origin-preflight.yml', 'report-path': 'out/report.json', 'sarif-path': 'out/report.sarif' }),
      event: pullRequestEvent(7),
      env: { GITHUB_API_URL: github.url },
    }
    first = await runAction(step)
    // The next push: another commit, another run.
    second = await runAction({
      ...step,
      event: pullRequestEvent(7, { headSha: 'abcdef0123456789abcdef0123456789abcdef01' }),
      env: { ...step.env, GITHUB_RUN_ID: '4243' },
    })
  })
  afterAll(async () => {
    await github.close()
    await lab.close()
  })

  it('fails the job exactly as the CLI exits 1', () => {
    expect(first.code).toBe(1)
    expect(first.commands.filter((c) => c.title === undefined && c.level === 'error').map((c) => c.message)).toEqual([
      `origin-preflight failed (${LAB.count('error')} errors, ${LAB.count('warning')} warnings): ${LAB.failing.join(', ')}`,
    ])
    expect(first.outputs['passed']).toBe('false')
  })

  it('annotates within GitHub’s 10 per level: most severe first, one per origin, a slot kept for the failure line', () => {
    const errors = first.annotations.filter((a) => a.level === 'error')
    expect(errors.map((a) => a.title!.split(' ')[1])).toEqual(LAB.failing.slice(0, 9))
    expect(first.annotations.filter((a) => a.level === 'warning')).toHaveLength(Math.min(10, LAB.count('warning')))
    expect(first.annotations.filter((a) => a.level === 'notice')).toHaveLength(Math.min(9, LAB.count('notice')))
    // Errors are printed before warnings, warnings before notices.
    const levels = first.annotations.map((a) => a.level)
    expect(levels).toEqual(
      [...levels].sort((a, b) => ['error', 'warning', 'notice'].indexOf(a) - ['error', 'warning', 'notice'].indexOf(b)),
    )
  })

  it('puts each annotation at the config line of its origin or field, path relative to the repository root', () => {
    for (const annotation of first.annotations) {
      const [code, scenario] = annotation.title!.split(' ')
      const expectation = SCENARIOS.find((s) => s.name === scenario)!.expect.find((e) => e.code === code)
      expect(expectation, annotation.title).toBeDefined()
      expect(annotation.level).toBe(expectation!.severity)
      expect(annotation.file).toBe('origin-preflight.yml')
      expect(annotation.line, annotation.title).toBe(expectedLine(configText, scenario!, code!))
      expect(annotation.message.split('\n')).toHaveLength(2) // evidence, then remedy
    }
  })

  it('says in the job summary how many findings were not annotated', () => {
    expect(first.summary).toContain(`**Not annotated:** ${LAB.count('error') - 9} errors`)
    expect(first.summary).toContain('GitHub shows 10 annotations of each level per step')
  })

  it('writes the job summary: verdict, overrides, one row per origin with certificate days left, failing origins’ findings', () => {
    const summary = first.summary
    expect(summary.startsWith(`## origin-preflight\n\n${LAB.verdict()} · ${LAB.count('error')} errors · `)).toBe(true)
    expect(summary).toContain('**Overrides in use:** trust-roots:')
    expect(summary).toContain('| Origin | Domain | Addresses | Checks | Verdict | Certificate days left |')
    for (const scenario of SCENARIOS) expect(summary).toContain(`| ${scenario.name} |`)
    expect(summary).toMatch(
      /\| expires-soon \| [^|]+ \| 127\.0\.0\.1 \| dns, ports, tls, certificate \| ✖ failed \(1 error\) \| 3 \(\d{4}-\d{2}-\d{2}\) \|/,
    )
    for (const name of LAB.failing) expect(summary).toContain(`### ✖ ${name}`)
    expect(summary).toMatch(
      new RegExp(
        /\| CERT_CHAIN_ORDER \| error \| 127\.0\.0\.1:\d+ \(SNI chain-out-of-order\.lab\.origin-preflight\.test\) /.source +
          /\| [^|]*out of order[^|]* \| Send the leaf first/.source,
      ),
    )
    expect(summary).not.toContain('### Certificate expiry') // the calendar is for sweeps
    expect(Buffer.byteLength(summary)).toBeLessThan(1024 * 1024)
  })

  it('sets the documented outputs', () => {
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as Report
    expect(first.outputs['errors']).toBe(String(report.summary.errors))
    expect(first.outputs['warnings']).toBe(String(report.summary.warnings))
    expect(first.outputs['report']).toBe(reportFile)
    expect(first.outputs['failed-origins']!.split(',')).toEqual(LAB.failing)
    // The soonest expiry in the lab is the expired origin's leaf: 2 days ago, so -3 whole days left.
    expect(first.outputs['next-expiry-days']).toBe('-3')
    expect(first.outputs['next-expiry']).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('writes SARIF 2.1.0 that the schema accepts: one result per finding at its config line', () => {
    const sarif = JSON.parse(readFileSync(sarifFile, 'utf8')) as {
      runs: {
        results: {
          ruleId: string
          logicalLocations?: unknown
          locations: {
            logicalLocations: { name: string }[]
            physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } }
          }[]
        }[]
      }[]
    }
    expect(sarifSchemaErrors(sarif)).toEqual([])
    const results = sarif.runs[0]!.results
    const expected = SCENARIOS.flatMap((s) => s.expect.map((e) => `${e.code} ${s.name}`))
    expect(results.map((r) => `${r.ruleId} ${r.locations[0]!.logicalLocations[0]!.name}`).sort()).toEqual(expected.sort())
    for (const result of results) {
      const location = result.locations[0]!
      expect(location.physicalLocation.artifactLocation.uri).toBe('origin-preflight.yml')
      expect(location.physicalLocation.region.startLine).toBe(expectedLine(configText, location.logicalLocations[0]!.name, result.ruleId))
    }
  })

  it('posts one sticky comment as the token’s identity and updates it in place on the next run', () => {
    const ours = github.comments.filter((c) => c.body.includes(MARKER) && c.user.login === 'github-actions[bot]')
    expect(ours).toHaveLength(1)
    expect(github.comments).toHaveLength(3)
    expect(github.comments[0]!.body).toBe('Looks good to me')
    expect(github.comments[1]!.body).toBe(`> ${MARKER}\n> it failed here`)
    // The workflow token may not ask who it is (403): it posts as github-actions[bot].
    expect(github.calls.filter((c) => c.path === '/user')).toHaveLength(2)
    const writes = github.calls.filter((c) => c.method !== 'GET').map((c) => `${c.method} ${c.path}`)
    expect(writes).toEqual(['POST /repos/acme/shop/issues/7/comments', `PATCH /repos/acme/shop/issues/comments/${ours[0]!.id}`])
    expect(github.calls.every((c) => c.authorization === 'token ghs_pull_request_token')).toBe(true)
    expect(ours[0]!.body).toContain(LAB.verdict())
    expect(ours[0]!.body).toContain('[workflow run](https://github.example/acme/shop/actions/runs/4243) at abcdef0')
    expect(second.code).toBe(1)
    expect(second.commands.filter((c) => c.level === 'warning' && c.title === undefined)).toEqual([])
  })
})

describe('the bundled action on a pull request from a fork (the token answers 403)', () => {
  let lab: Lab
  let github: FakeGitHub

  beforeAll(async () => {
    lab = await startLab()
    github = await startFakeGitHub()
    github.deny.add('POST /repos/acme/shop/issues/')
    github.deny.add('PATCH /repos/acme/shop/issues/')
  })
  afterAll(async () => {
    await github.close()
    await lab.close()
  })

  const run = (given: Record<string, string>) =>
    runAction({
      workspace: lab.dir,
      inputs: inputs({ config: 'origin-preflight.yml', ...given }),
      event: pullRequestEvent(8, { fork: true }),
      env: { GITHUB_API_URL: github.url },
    })

  it('leaves the step green when the gate passes, with a notice instead of the comment', async () => {
    // The pull request failed before; now it passes, and the fork's token may not collapse the old comment.
    github.comments.push({ id: 5, issue: 8, body: `${MARKER}\n## origin-preflight\nfailing`, user: { login: 'github-actions[bot]' } })
    const result = await run({ origins: 'healthy, sha1-signed' })
    expect(result.code).toBe(0)
    expect(result.outputs['passed']).toBe('true')
    const notices = result.commands.filter((c) => c.level === 'notice' && c.title === undefined)
    expect(notices).toHaveLength(1)
    expect(notices[0]!.message).toMatch(
      new RegExp(
        /^The token cannot comment on pull request #8 \(PATCH .*HTTP 403: Resource not accessible by integration\): /.source +
          /a pull request from a fork gets a read-only token\./.source,
      ),
    )
    expect(notices[0]!.message).toContain('workflow_run pattern')
    expect(result.commands.filter((c) => c.level !== 'notice' && c.title === undefined)).toEqual([])
    expect(github.comments.find((c) => c.id === 5)!.body).toContain('failing')
  })

  it('fails a failing gate for the findings alone: the 403 is a notice, not an error', async () => {
    const result = await run({ origins: 'expired' })
    expect(result.code).toBe(1)
    const own = result.commands.filter((c) => c.title === undefined)
    expect(own.map((c) => c.level)).toEqual(['notice', 'error'])
    expect(own[1]!.message).toBe('origin-preflight failed (1 error, 0 warnings): expired')
    expect(github.comments.filter((c) => c.issue === 8)).toHaveLength(1)
  })
})

describe('the bundled action with edge functions in the config', () => {
  let lab: Lab
  let github: FakeGitHub
  let result: ActionRun
  const planted = FUNCTION_SCENARIOS.flatMap((s) => s.expect.map((e) => ({ ...e, name: s.name })))

  beforeAll(async () => {
    lab = await startLab(
      SCENARIOS.filter((s) => s.name === 'healthy'),
      FUNCTION_SCENARIOS,
    )
    github = await startFakeGitHub()
    result = await runAction({
      workspace: lab.dir,
      inputs: inputs({ config: 'origin-preflight.yml', 'sarif-path': 'out/report.sarif' }),
      event: pullRequestEvent(9),
      env: { GITHUB_API_URL: github.url },
    })
  })
  afterAll(async () => {
    await github.close()
    await lab.close()
  })

  it('fails the job naming the failing functions', () => {
    expect(result.code).toBe(1)
    const failing = FUNCTION_SCENARIOS.filter((s) => s.expect.some((e) => e.severity === 'error')).map((s) => s.name)
    const failure = result.commands.filter((c) => c.title === undefined && c.level === 'error').map((c) => c.message)
    expect(failure).toEqual([`origin-preflight failed (${failing.length} errors, 1 warning): ${failing.join(', ')}`])
  })

  it('annotates each function finding at its code’s file and line', () => {
    const annotated = result.annotations.map((a) => `${a.level} ${a.title} ${a.file}:${a.line}`).sort()
    expect(annotated).toEqual(planted.map((e) => `${e.severity} ${e.code} ${e.name} edge/${e.name}.js:${e.line}`).sort())
  })

  it('lists the functions in the job summary and the SARIF results at their code', () => {
    for (const scenario of FUNCTION_SCENARIOS) expect(result.summary).toContain(`| ${scenario.name} | ${scenario.kind}`)
    expect(result.summary).toMatch(
      new RegExp(
        /### ✖ fn-rewrites-host\n\n\| Code \| Severity \| Where \| Message \| Remedy \|\n\|---\|---\|---\|---\|---\|\n/.source +
          /\| EDGE_FUNCTION_READONLY_HEADER \| error \| edge\/fn-rewrites-host\.js:4 \|/.source,
      ),
    )
    const sarif = JSON.parse(readFileSync(join(lab.dir, 'out', 'report.sarif'), 'utf8')) as {
      runs: {
        results: {
          ruleId: string
          locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[]
        }[]
      }[]
    }
    expect(sarifSchemaErrors(sarif)).toEqual([])
    const located = sarif.runs[0]!.results.map(
      (r) => `${r.ruleId} ${r.locations[0]!.physicalLocation.artifactLocation.uri}:${r.locations[0]!.physicalLocation.region.startLine}`,
    )
    expect(located.sort()).toEqual(planted.map((e) => `${e.code} edge/${e.name}.js:${e.line}`).sort())
  })
})

import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { commentMarker } from '../../src/action/sticky-comment.js'
import { expiryIssueMarker } from '../../src/action/expiry-issue.js'
import { startLab, type Lab } from '../../src/lab/lab.js'
import { SCENARIOS } from '../../src/lab/scenarios.js'
import { runAction } from '../helpers/action-run.js'
import { LAB } from '../helpers/lab-expectations.js'
import { HEAD_SHA, pullRequestEvent, scheduleEvent, workflowDispatchEvent, workflowRunEvent } from '../helpers/events.js'
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'
import { sarifSchemaErrors } from '../helpers/sarif-schema.js'
import { actionStep, stepEnv, stepInputs, workflowsIn, type Workflow, type WorkflowStep } from '../helpers/workflow.js'

const CONFIG = '.github/origin-preflight.yml'
const workflows = workflowsIn('README.md')

function workflowOn(trigger: string): Workflow {
  const found = workflows.filter((workflow) => trigger in workflow.on)
  expect(found, trigger).toHaveLength(1)
  return found[0]!
}

function stepUsing(workflow: Workflow, action: string): WorkflowStep {
  return Object.values(workflow.jobs)
    .flatMap((job) => job.steps)
    .find((step) => step.uses?.startsWith(action))!
}

/** A checkout of a repository whose config is the lab's, where the README says it lives. */
function checkout(lab: Lab): string {
  const workspace = mkdtempSync(join(tmpdir(), 'origin-preflight-repo-'))
  mkdirSync(join(workspace, '.github'))
  copyFileSync(lab.configPath, join(workspace, CONFIG))
  copyFileSync(join(lab.dir, 'root.pem'), join(workspace, '.github', 'root.pem'))
  return workspace
}

/** Runs the action step of a README workflow for an event, as the runner would: `with:`, `env:`, defaults. */
function runStep(workflow: Workflow, workspace: string, event: { name: string; payload: unknown }, github: FakeGitHub) {
  const payload = event.payload as { inputs?: Record<string, string> }
  const context = {
    github: { token: 'ghs_workflow_token', event: payload, event_name: event.name },
    inputs: payload.inputs ?? {},
    secrets: { ORIGIN_VERIFY_SECRET: 'lab-verify-secret' },
  }
  const step = actionStep(workflow)
  return runAction({
    workspace,
    inputs: stepInputs(step, 'action.yml', context),
    event,
    env: { GITHUB_API_URL: github.url, ...stepEnv(step, context) },
  })
}

let lab: Lab
let github: FakeGitHub
beforeAll(async () => {
  // The planted origins: the checkout below copies the config alone, not the lab's edge-function sources.
  lab = await startLab(SCENARIOS, [])
  github = await startFakeGitHub()
})
afterAll(async () => {
  await github.close()
  await lab.close()
})

describe('the README’s pull-request gate', () => {
  const gate = workflowOn('pull_request')

  it('runs on changes to the config, with the permission the comment needs', () => {
    expect((gate.on['pull_request'] as { paths: string[] }).paths).toContain(CONFIG)
    expect(gate.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' })
    expect(stepUsing(gate, 'actions/upload-artifact').with?.['path']).toBe(actionStep(gate).with?.['report-path'])
  })

  it('annotates the diff, writes the summary and one sticky comment, and fails on the lab’s faults', async () => {
    const workspace = checkout(lab)
    const result = await runStep(gate, workspace, pullRequestEvent(21), github)
    expect(result.code).toBe(1)
    expect(result.annotations.length).toBeGreaterThan(0)
    for (const annotation of result.annotations) expect(annotation.file).toBe(CONFIG)
    expect(result.summary).toContain(LAB.verdict())
    expect(existsSync(join(workspace, 'origin-preflight.json'))).toBe(true)
    const again = await runStep(gate, workspace, pullRequestEvent(21, { headSha: 'c0ffee0000000000000000000000000000000000' }), github)
    expect(again.code).toBe(1)
    expect(github.comments.filter((c) => c.issue === 21 && c.body.includes(commentMarker(CONFIG)))).toHaveLength(1)
  })
})

describe('the README’s fork pattern (workflow_run)', () => {
  const gate = workflowOn('pull_request')
  const commenter = workflowOn('workflow_run')

  it('downloads the artifact the gate uploads, with the permissions it needs', () => {
    expect(commenter.permissions).toEqual({ actions: 'read', 'pull-requests': 'write' })
    expect(Object.values(commenter.jobs)[0]!.if).toBe("github.event.workflow_run.event == 'pull_request'")
    expect(stepUsing(commenter, 'actions/download-artifact').with?.['name']).toBe(stepUsing(gate, 'actions/upload-artifact').with?.['name'])
    expect(actionStep(commenter).with?.['report-path']).toBe(actionStep(gate).with?.['report-path'])
    expect((commenter.on['workflow_run'] as { workflows: string[] }).workflows).toEqual([gate.name])
  })

  it('comments on the fork’s pull request that the gate could only leave a notice on', async () => {
    const workspace = checkout(lab)
    github.deny.add('POST /repos/acme/shop/issues/')
    const gated = await runStep(gate, workspace, pullRequestEvent(22, { fork: true }), github)
    github.deny.clear()
    expect(gated.code).toBe(1)
    expect(gated.commands.some((c) => c.level === 'notice' && c.message.startsWith('The token cannot comment on pull request #22'))).toBe(
      true,
    )
    expect(github.comments.filter((c) => c.issue === 22)).toHaveLength(0)

    // The second workflow: a fresh workspace holding only the downloaded artifact.
    const download = mkdtempSync(join(tmpdir(), 'origin-preflight-artifact-'))
    copyFileSync(join(workspace, 'origin-preflight.json'), join(download, 'origin-preflight.json'))
    github.pulls.push({ number: 22, head: { label: 'forker:fix-origin', sha: HEAD_SHA } })
    const posted = await runStep(
      commenter,
      download,
      workflowRunEvent({ headSha: HEAD_SHA, headOwner: 'forker', headBranch: 'fix-origin' }),
      github,
    )
    expect(posted.code).toBe(0)
    expect(posted.outputs['passed']).toBe('false')
    expect(posted.summary).toContain(LAB.verdict())
    const ours = github.comments.filter((c) => c.issue === 22)
    expect(ours).toHaveLength(1)
    expect(ours[0]!.body).toContain(commentMarker(CONFIG))
    expect(ours[0]!.body).toContain(`at ${HEAD_SHA.slice(0, 7)}`)
  })
})

describe('the README’s nightly sweep', () => {
  const sweep = workflowOn('schedule')
  const openIssues = () => github.issues.filter((i) => i.state === 'open' && i.body.includes(expiryIssueMarker(CONFIG)))

  it('has the permissions its issue and SARIF upload need', () => {
    expect(sweep.permissions).toEqual({ contents: 'read', issues: 'write', 'security-events': 'write' })
    expect(stepUsing(sweep, 'github/codeql-action/upload-sarif').with?.['sarif_file']).toBe(actionStep(sweep).with?.['sarif-path'])
  })

  it('groups certificates by expiry, keeps one expiry issue, writes valid SARIF; closes the issue once healthy', async () => {
    const workspace = checkout(lab)
    const first = await runStep(sweep, workspace, scheduleEvent(), github)
    expect(first.code).toBe(1)
    expect(first.summary).toContain('### Certificate expiry')
    expect(first.summary).toMatch(/\| \d{4}-\d{2}-\d{2} \| 2 days ago \| ✖ expired \| expired \|/)
    expect(first.summary).toMatch(/\| \d{4}-\d{2}-\d{2} \| in 3 days \| ✖ renew now \| expires-soon \|/)
    expect(first.summary).toMatch(/\| — \| no certificate seen \| {2}\| [^|]*refused-port[^|]* \|/)
    expect(first.outputs['next-expiry-days']).toBe('-3')
    expect(openIssues()).toHaveLength(1)
    expect(openIssues()[0]!.title).toMatch(
      /^origin-preflight: certificate of expired expired \d{4}-\d{2}-\d{2} \(2 days ago\), and \d+ more$/,
    )
    const sarif = JSON.parse(readFileSync(join(workspace, 'origin-preflight.sarif'), 'utf8')) as { runs: { results: unknown[] }[] }
    expect(sarifSchemaErrors(sarif)).toEqual([])
    expect(sarif.runs[0]!.results).toHaveLength(SCENARIOS.flatMap((s) => s.expect).length)

    const second = await runStep(sweep, workspace, scheduleEvent(), github)
    expect(second.code).toBe(1)
    expect(openIssues()).toHaveLength(1)
    expect(github.calls.filter((c) => c.method === 'POST' && c.path === '/repos/acme/shop/issues')).toHaveLength(1)

    // The certificates were renewed: the same repository now only has healthy origins.
    const healthyLab = await startLab(SCENARIOS.filter((s) => s.expect.length === 0))
    try {
      const healthy = await runStep(sweep, checkout(healthyLab), scheduleEvent(), github)
      expect(healthy.code).toBe(0)
      expect(openIssues()).toHaveLength(0)
      expect(github.issues.filter((i) => i.body.includes(expiryIssueMarker(CONFIG))).map((i) => i.state)).toEqual(['closed'])
    } finally {
      await healthyLab.close()
    }
  })
})

describe('the README’s manual run', () => {
  const dispatch = workflowOn('workflow_dispatch')

  it('declares the origins and only inputs it passes on', () => {
    expect(Object.keys((dispatch.on['workflow_dispatch'] as { inputs: object }).inputs)).toEqual(['origins', 'only'])
    expect(dispatch.permissions).toEqual({ contents: 'read' })
  })

  it('checks only the origins asked for, annotated at the fields concerned', async () => {
    const workspace = checkout(lab)
    const callsBefore = github.calls.length
    const result = await runStep(
      dispatch,
      workspace,
      workflowDispatchEvent({ origins: 'refused-port, name-mismatch,host-header-match', only: '' }),
      github,
    )
    expect(result.code).toBe(1)
    expect(result.outputs['failed-origins']).toBe('name-mismatch,refused-port')
    const rows = result.summary.split('\n').filter((line) => /^\| [a-z0-9-]+ \| [a-z0-9.-]+\.(test|lab)/.test(line))
    expect(rows.map((row) => row.split(' | ')[0]!.slice(2))).toEqual(['host-header-match', 'name-mismatch', 'refused-port'])
    const config = readFileSync(join(workspace, CONFIG), 'utf8').split('\n')
    const fieldLine = (origin: string, key: string) => {
      const start = config.indexOf(`  - name: ${origin}`)
      return start + config.slice(start).findIndex((line) => line.startsWith(`    ${key}:`)) + 1
    }
    expect(result.annotations.map((a) => [a.title, a.line])).toEqual([
      ['CERT_NAME_MISMATCH name-mismatch', fieldLine('name-mismatch', 'domain')],
      ['PORT_REFUSED refused-port', fieldLine('refused-port', 'https-port')],
    ])
    expect(github.calls.length).toBe(callsBefore) // no comment and no issue outside a pull request / without expiry-issue
  })

  it('runs only the check families asked for', async () => {
    const result = await runStep(dispatch, checkout(lab), workflowDispatchEvent({ origins: '', only: 'ports' }), github)
    expect(result.code).toBe(1)
    expect(result.outputs['failed-origins']!.split(',')).toEqual(expect.arrayContaining(['refused-port', 'one-bad-address']))
    expect(result.outputs['failed-origins']).not.toContain('expired')
    // Only the port check ran (and the lookups it depends on, which are never silent).
    for (const annotation of result.annotations) expect(annotation.title).toMatch(/^(PORT|DNS)_/)
  })
})

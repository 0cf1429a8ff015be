import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readRunEvent } from '../../../src/action/event.js'

function payloadFile(payload: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'op-event-')), 'event.json')
  writeFileSync(file, JSON.stringify(payload))
  return file
}

describe('readRunEvent', () => {
  it('reads a pull request and whether it comes from a fork', () => {
    const pr = (head: string) => ({
      number: 7,
      pull_request: { number: 7, head: { sha: 'abc', repo: { full_name: head } }, base: { repo: { full_name: 'acme/shop' } } },
      repository: { full_name: 'acme/shop' },
    })
    expect(readRunEvent({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: payloadFile(pr('acme/shop')) })).toEqual({
      kind: 'pull_request', name: 'pull_request', repo: 'acme/shop', number: 7, fromFork: false, headSha: 'abc',
    })
    expect(readRunEvent({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: payloadFile(pr('forker/shop')) })).toMatchObject({ fromFork: true })
  })

  it('reads schedule and workflow_dispatch, the repository from GITHUB_REPOSITORY', () => {
    expect(readRunEvent({ GITHUB_EVENT_NAME: 'schedule', GITHUB_REPOSITORY: 'acme/shop' })).toEqual({ kind: 'schedule', name: 'schedule', repo: 'acme/shop' })
    expect(readRunEvent({ GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_REPOSITORY: 'acme/shop' }).kind).toBe('workflow_dispatch')
  })

  it('reads the head of the run a workflow_run follows', () => {
    const payload = {
      workflow_run: { event: 'pull_request', head_sha: 'def', head_branch: 'fix', head_repository: { owner: { login: 'forker' } }, pull_requests: [] },
    }
    expect(readRunEvent({ GITHUB_EVENT_NAME: 'workflow_run', GITHUB_REPOSITORY: 'acme/shop', GITHUB_EVENT_PATH: payloadFile(payload) })).toEqual({
      kind: 'workflow_run', name: 'workflow_run', repo: 'acme/shop',
      run: { event: 'pull_request', headSha: 'def', headBranch: 'fix', headOwner: 'forker', pullRequests: [] },
    })
  })

  it('treats a missing or unreadable payload as an event it does not act on', () => {
    expect(readRunEvent({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: '/nonexistent/event.json' }).kind).toBe('other')
    expect(readRunEvent({}).kind).toBe('other')
  })
})

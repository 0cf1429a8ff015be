import { describe, expect, it } from 'vitest'
import { runEventOf, type EventContext } from '../../../src/action/run-event.js'

const repo = { owner: 'acme', repo: 'shop' }

function context(eventName: string, payload: object, ref: typeof repo | null = repo): EventContext {
  return {
    eventName,
    payload,
    get repo() {
      if (!ref) throw new Error("context.repo requires a GITHUB_REPOSITORY environment variable like 'owner/repo'")
      return ref
    },
  }
}

describe('runEventOf', () => {
  it('reads a pull request and whether it comes from a fork', () => {
    const pr = (head: string) => ({
      number: 7,
      pull_request: { number: 7, head: { sha: 'abc', repo: { full_name: head } }, base: { repo: { full_name: 'acme/shop' } } },
      repository: { full_name: 'acme/shop' },
    })
    expect(runEventOf(context('pull_request', pr('acme/shop')))).toEqual({
      kind: 'pull_request',
      name: 'pull_request',
      repo,
      number: 7,
      fromFork: false,
      headSha: 'abc',
    })
    expect(runEventOf(context('pull_request', pr('forker/shop')))).toMatchObject({ fromFork: true })
  })

  it('reads schedule and workflow_dispatch with their repository', () => {
    expect(runEventOf(context('schedule', {}))).toEqual({ kind: 'schedule', name: 'schedule', repo })
    expect(runEventOf(context('workflow_dispatch', {})).kind).toBe('workflow_dispatch')
  })

  it('reads the head of the run a workflow_run follows', () => {
    const payload = {
      workflow_run: {
        event: 'pull_request',
        head_sha: 'def',
        head_branch: 'fix',
        head_repository: { owner: { login: 'forker' } },
        pull_requests: [{ number: 3, head: { sha: 'def' } }, { number: 'x' }],
      },
    }
    expect(runEventOf(context('workflow_run', payload))).toEqual({
      kind: 'workflow_run',
      name: 'workflow_run',
      repo,
      run: { event: 'pull_request', headSha: 'def', headBranch: 'fix', headOwner: 'forker', pullRequests: [{ number: 3, headSha: 'def' }] },
    })
  })

  it('treats an empty payload or a missing repository as an event it does not act on', () => {
    expect(runEventOf(context('pull_request', {})).kind).toBe('other')
    expect(runEventOf(context('pull_request', { number: 4 }, null))).toEqual({ kind: 'other', name: 'pull_request' })
    expect(runEventOf(context('', {})).kind).toBe('other')
  })
})

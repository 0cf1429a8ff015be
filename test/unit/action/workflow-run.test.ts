import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createGitHubApi, type GitHubApi } from '../../../src/action/github-api.js'
import { findPullRequest } from '../../../src/action/workflow-run.js'
import { startFakeGitHub, type FakeGitHub } from '../../helpers/fake-github.js'

describe('findPullRequest', () => {
  let github: FakeGitHub
  let api: GitHubApi
  beforeEach(async () => {
    github = await startFakeGitHub()
    api = createGitHubApi({ baseUrl: github.url, token: 't' })
    github.pulls.push({ number: 12, head: { label: 'forker:fix-origin', sha: 'aaa111' } })
  })
  afterEach(async () => {
    await api.close()
    await github.close()
  })

  const head = { event: 'pull_request', headSha: 'aaa111', headBranch: 'fix-origin', headOwner: 'forker', pullRequests: [] }

  it('takes the pull request GitHub attached to the run when its head matches', async () => {
    expect(await findPullRequest(api, 'acme/shop', { ...head, pullRequests: [{ number: 5, headSha: 'aaa111' }] })).toBe(5)
    expect(github.calls).toHaveLength(0)
  })

  it('looks a fork’s pull request up by owner:branch, and only while its head is the run’s commit', async () => {
    expect(await findPullRequest(api, 'acme/shop', head)).toBe(12)
    expect(github.calls[0]!.path).toContain('head=forker%3Afix-origin')
    expect(await findPullRequest(api, 'acme/shop', { ...head, headSha: 'bbb222' })).toBeUndefined()
  })
})

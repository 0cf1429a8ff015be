import { describe, expect, it } from 'vitest'
import { findPullRequest } from '../../../src/action/workflow-run.js'
import { useFakeGitHub } from '../../helpers/fake-github.js'

describe('findPullRequest', () => {
  const fake = useFakeGitHub((github) => {
    github.pulls.push({ number: 12, head: { label: 'forker:fix-origin', sha: 'aaa111' } })
  })

  const head = { event: 'pull_request', headSha: 'aaa111', headBranch: 'fix-origin', headOwner: 'forker', pullRequests: [] }

  it('takes the pull request GitHub attached to the run when its head matches', async () => {
    const github = fake.github()
    const client = fake.client()
    expect(
      await findPullRequest(client, { owner: 'acme', repo: 'shop' }, { ...head, pullRequests: [{ number: 5, headSha: 'aaa111' }] }),
    ).toBe(5)
    expect(github.calls).toHaveLength(0)
  })

  it('looks a fork’s pull request up by owner:branch, and only while its head is the run’s commit', async () => {
    const github = fake.github()
    const client = fake.client()
    expect(await findPullRequest(client, { owner: 'acme', repo: 'shop' }, head)).toBe(12)
    expect(github.calls[0]!.path).toContain('head=forker%3Afix-origin')
    expect(await findPullRequest(client, { owner: 'acme', repo: 'shop' }, { ...head, headSha: 'bbb222' })).toBeUndefined()
  })
})

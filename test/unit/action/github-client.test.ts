import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { GitHubApiError, createGitHubClient, listAll } from '../../../src/action/github-client.js'
import { ACTIONS_BOT, tokenLogin } from '../../../src/action/identity.js'
import { startFakeGitHub, type FakeGitHub } from '../../helpers/fake-github.js'

const repo = { owner: 'acme', repo: 'shop' }

let github: FakeGitHub
beforeEach(async () => {
  github = await startFakeGitHub()
})
afterEach(() => github.close())

async function failure(promise: Promise<unknown>): Promise<GitHubApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(GitHubApiError)
  return error as GitHubApiError
}

describe('createGitHubClient (octokit from @actions/github)', () => {
  it('sends the token and GitHub headers to GITHUB_API_URL and parses the answer', async () => {
    const client = createGitHubClient({ baseUrl: `${github.url}/`, token: 'ghs_test' })
    const { data } = await client.rest.issues.createComment({ ...repo, issue_number: 7, body: 'hello' })
    expect(data.id).toBeGreaterThan(0)
    expect(github.calls).toEqual([
      { method: 'POST', path: '/repos/acme/shop/issues/7/comments', authorization: 'token ghs_test', body: { body: 'hello' } },
    ])
  })

  it('reads every page of a list, 100 at a time, and no more pages than allowed', async () => {
    for (let i = 0; i < 230; i++) github.comments.push({ id: i + 1, issue: 7, body: `c${i}`, user: { login: 'x' } })
    const client = createGitHubClient({ baseUrl: github.url, token: 't' })
    const pages = () => client.paginate.iterator(client.rest.issues.listComments, { ...repo, issue_number: 7, per_page: 100 })
    expect(await listAll(pages(), 20)).toHaveLength(230)
    expect(github.calls.map((c) => c.path)).toEqual([
      '/repos/acme/shop/issues/7/comments?per_page=100',
      '/repos/acme/shop/issues/7/comments?per_page=100&page=2',
      '/repos/acme/shop/issues/7/comments?per_page=100&page=3',
    ])
    expect(await listAll(pages(), 2)).toHaveLength(200)
    expect(github.calls).toHaveLength(5)
  })

  it('turns 403 into a GitHubApiError that says the token may not do this, with GitHub’s words', async () => {
    github.deny.add('POST /repos/acme/shop/issues')
    const client = createGitHubClient({ baseUrl: github.url, token: 't' })
    const error = await failure(client.rest.issues.createComment({ ...repo, issue_number: 7, body: 'x' }))
    expect(error.status).toBe(403)
    expect(error.forbidden).toBe(true)
    expect(error.message).toBe('POST /repos/acme/shop/issues/7/comments: HTTP 403: Resource not accessible by integration')
  })

  it('gives up on an API that does not answer within the deadline', async () => {
    github.delayMs = 2_000
    const client = createGitHubClient({ baseUrl: github.url, token: 't', timeoutMs: 200 })
    const started = Date.now()
    const error = await failure(client.rest.issues.listForRepo(repo))
    expect(Date.now() - started).toBeLessThan(1_500)
    expect(error.status).toBeUndefined()
    expect(error.message).toMatch(/^GET \/repos\/acme\/shop\/issues: no answer from http:\/\/127\.0\.0\.1:\d+ \(timed out\)$/)
  })

  it('says so when nothing listens', async () => {
    const closed = await startFakeGitHub()
    await closed.close()
    const error = await failure(createGitHubClient({ baseUrl: closed.url, token: 't' }).rest.issues.listForRepo(repo))
    expect(error.status).toBeUndefined()
    expect(error.message).toContain('ECONNREFUSED')
  })

  it('stops reading an answer past its byte budget, or one that trickles past the deadline', async () => {
    let trickle = false
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      if (trickle) {
        res.write('[')
        const timer = setInterval(() => res.write(' '), 50)
        res.on('close', () => clearInterval(timer))
        return
      }
      const chunk = Buffer.alloc(64 * 1024, 0x20)
      let sent = 0
      const pump = (): void => {
        while (sent < 200 && res.write(chunk)) sent++
        if (sent < 200) res.once('drain', pump)
        else res.end()
      }
      pump()
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const client = createGitHubClient({
        baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        token: 't',
        maxResponseBytes: 256 * 1024,
        timeoutMs: 500,
      })
      const big = await failure(client.request('GET /big'))
      expect(big.message).toBe('GET /big: the answer exceeds 262144 bytes')
      trickle = true
      const started = Date.now()
      const slow = await failure(client.request('GET /slow'))
      expect(Date.now() - started).toBeLessThan(2_000)
      expect(slow.message).toBe('GET /slow: the answer did not finish within the deadline')
    } finally {
      server.closeAllConnections()
      server.close()
    }
  })
})

describe('tokenLogin', () => {
  it('asks GET /user for a personal token', async () => {
    github.users.set('ghp_person', 'octo-ops')
    expect(await tokenLogin(createGitHubClient({ baseUrl: github.url, token: 'ghp_person' }))).toBe('octo-ops')
  })

  it('takes github-actions[bot] for the workflow token, which GET /user refuses with 403', async () => {
    expect(await tokenLogin(createGitHubClient({ baseUrl: github.url, token: 'ghs_workflow' }))).toBe(ACTIONS_BOT)
    expect(github.calls.map((c) => `${c.method} ${c.path}`)).toEqual(['GET /user'])
  })

  it('throws on any other failure: not knowing who it is, the action touches nothing', async () => {
    github.deny.clear()
    github.delayMs = 1_000
    const error = await failure(tokenLogin(createGitHubClient({ baseUrl: github.url, token: 't', timeoutMs: 100 })))
    expect(error.status).toBeUndefined()
  })
})

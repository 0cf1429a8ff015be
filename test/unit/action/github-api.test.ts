import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { GitHubApiError, createGitHubApi } from '../../../src/action/github-api.js'
import { startFakeGitHub, type FakeGitHub } from '../../helpers/fake-github.js'

let github: FakeGitHub
beforeEach(async () => {
  github = await startFakeGitHub()
})
afterEach(() => github.close())

describe('createGitHubApi', () => {
  it('sends the token and GitHub headers to GITHUB_API_URL and parses the answer', async () => {
    const api = createGitHubApi({ baseUrl: `${github.url}/`, token: 'ghs_test' })
    const created = await api.call<{ id: number }>('POST', '/repos/acme/shop/issues/7/comments', { body: 'hello' })
    await api.close()
    expect(created.id).toBeGreaterThan(0)
    expect(github.calls).toEqual([{ method: 'POST', path: '/repos/acme/shop/issues/7/comments', authorization: 'Bearer ghs_test', body: { body: 'hello' } }])
  })

  it('reads every page of a list, 100 at a time', async () => {
    for (let i = 0; i < 230; i++) github.comments.push({ id: i + 1, issue: 7, body: `c${i}`, user: { login: 'x' } })
    const api = createGitHubApi({ baseUrl: github.url, token: 't' })
    const all = await api.list<{ id: number }>('/repos/acme/shop/issues/7/comments')
    await api.close()
    expect(all).toHaveLength(230)
    expect(github.calls.map((c) => c.path)).toEqual([1, 2, 3].map((p) => `/repos/acme/shop/issues/7/comments?per_page=100&page=${p}`))
  })

  it('turns 403 into a GitHubApiError that says the token may not do this, with GitHub’s words', async () => {
    github.deny.add('POST /repos/acme/shop/issues')
    const api = createGitHubApi({ baseUrl: github.url, token: 't' })
    const error = await api.call('POST', '/repos/acme/shop/issues/7/comments', { body: 'x' }).catch((e: unknown) => e)
    await api.close()
    expect(error).toBeInstanceOf(GitHubApiError)
    expect((error as GitHubApiError).status).toBe(403)
    expect((error as GitHubApiError).forbidden).toBe(true)
    expect((error as GitHubApiError).message).toContain('HTTP 403: Resource not accessible by integration')
  })

  it('gives up on an API that does not answer within the deadline', async () => {
    github.delayMs = 2_000
    const api = createGitHubApi({ baseUrl: github.url, token: 't', timeoutMs: 200 })
    const started = Date.now()
    const error = await api.call('GET', '/repos/acme/shop/issues').catch((e: unknown) => e)
    await api.close()
    expect(Date.now() - started).toBeLessThan(1_500)
    expect(error).toBeInstanceOf(GitHubApiError)
    expect((error as GitHubApiError).status).toBeUndefined()
    expect((error as GitHubApiError).message).toMatch(/no answer .*timed out/)
  })

  it('stops reading an answer past its byte budget', async () => {
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
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
    const api = createGitHubApi({ baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, token: 't', maxResponseBytes: 256 * 1024 })
    const error = await api.call('GET', '/big').catch((e: unknown) => e)
    await api.close()
    server.closeAllConnections()
    server.close()
    expect(error).toBeInstanceOf(GitHubApiError)
    expect((error as GitHubApiError).message).toContain('exceeds 262144 bytes')
  })
})

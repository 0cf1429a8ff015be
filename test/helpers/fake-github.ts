import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, beforeEach } from 'vitest'
import { createGitHubClient, type GitHubClient } from '../../src/action/github-client.js'

/** One REST call as the server saw it. */
export interface RecordedCall {
  method: string
  path: string
  authorization: string | undefined
  body: Record<string, unknown> | undefined
}

export interface StoredComment {
  id: number
  issue: number
  body: string
  user: { login: string }
}

export interface StoredIssue {
  number: number
  title: string
  body: string
  state: 'open' | 'closed'
  state_reason?: string
  pull_request?: { url: string }
  user: { login: string }
}

export interface FakeGitHub {
  url: string
  calls: RecordedCall[]
  comments: StoredComment[]
  issues: StoredIssue[]
  /** Open pull requests: number, head owner:branch and sha. */
  pulls: { number: number; head: { label: string; sha: string } }[]
  /** `METHOD /path` prefixes that answer 403 as GitHub does for a read-only token. */
  deny: Set<string>
  /** Answer nothing for this long (ms) before each response, to test deadlines. */
  delayMs: number
  /**
   * Personal tokens and whose they are: `GET /user` answers their login and what they post is theirs.
   * Any other token is a workflow's GITHUB_TOKEN: `GET /user` is 403 and it posts as github-actions[bot].
   */
  users: Map<string, string>
  close(): Promise<void>
}

/**
 * A stand-in for the few REST endpoints the action uses (issue comments, issues, pulls), on 127.0.0.1.
 * It keeps state like GitHub does, records every call, and can refuse like a fork's token.
 */
export async function startFakeGitHub(repo = 'acme/shop'): Promise<FakeGitHub> {
  const state: FakeGitHub = {
    url: '',
    calls: [],
    comments: [],
    issues: [],
    pulls: [],
    deny: new Set(),
    delayMs: 0,
    users: new Map(),
    close: async () => {},
  }
  let nextId = 1000
  const base = `/repos/${repo}`

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const body = await readJson(req)
    const call: RecordedCall = { method: req.method ?? '', path: url.pathname + url.search, authorization: req.headers.authorization, body }
    state.calls.push(call)
    if (state.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, state.delayMs))
    const key = `${call.method} ${url.pathname}`
    if ([...state.deny].some((prefix) => key.startsWith(prefix))) {
      return send(res, 403, { message: 'Resource not accessible by integration', status: '403' })
    }
    const token = (req.headers.authorization ?? '').replace(/^(token|bearer) /i, '')
    const author = { login: state.users.get(token) ?? 'github-actions[bot]' }
    if (url.pathname === '/user' && call.method === 'GET') {
      const login = state.users.get(token)
      return login
        ? send(res, 200, { login, type: 'User' })
        : send(res, 403, { message: 'Resource not accessible by integration', status: '403' })
    }
    const page = Number(url.searchParams.get('page') ?? '1')
    const perPage = Number(url.searchParams.get('per_page') ?? '30')
    // One page, and a Link to the next as GitHub sends it (octokit's paginate follows it).
    const sendPage = <T>(items: T[]): void => {
      const headers: Record<string, string> = {}
      if (items.length > page * perPage) {
        const next = new URL(url.pathname + url.search, state.url)
        next.searchParams.set('page', String(page + 1))
        headers['link'] = `<${next.toString()}>; rel="next"`
      }
      send(res, 200, items.slice((page - 1) * perPage, page * perPage), headers)
    }
    let match: RegExpExecArray | null
    if ((match = new RegExp(`^${base}/issues/(\\d+)/comments$`).exec(url.pathname))) {
      const issue = Number(match[1])
      if (call.method === 'GET') return sendPage(state.comments.filter((c) => c.issue === issue))
      if (call.method === 'POST') {
        const comment = { id: nextId++, issue, body: textOf(body?.['body']), user: author }
        state.comments.push(comment)
        return send(res, 201, comment)
      }
    }
    if ((match = new RegExp(`^${base}/issues/comments/(\\d+)$`).exec(url.pathname))) {
      const comment = state.comments.find((c) => c.id === Number(match![1]))
      if (!comment) return send(res, 404, { message: 'Not Found' })
      if (call.method === 'PATCH') {
        comment.body = textOf(body?.['body'])
        return send(res, 200, comment)
      }
      if (call.method === 'DELETE') {
        state.comments.splice(state.comments.indexOf(comment), 1)
        return send(res, 204, undefined)
      }
    }
    if (url.pathname === `${base}/issues`) {
      if (call.method === 'GET') {
        const wanted = url.searchParams.get('state') ?? 'open'
        return sendPage(state.issues.filter((i) => wanted === 'all' || i.state === wanted))
      }
      if (call.method === 'POST') {
        const issue: StoredIssue = {
          number: nextId++,
          title: textOf(body?.['title']),
          body: textOf(body?.['body']),
          state: 'open',
          user: author,
        }
        state.issues.push(issue)
        return send(res, 201, issue)
      }
    }
    if ((match = new RegExp(`^${base}/issues/(\\d+)$`).exec(url.pathname)) && call.method === 'PATCH') {
      const issue = state.issues.find((i) => i.number === Number(match![1]))
      if (!issue) return send(res, 404, { message: 'Not Found' })
      Object.assign(issue, body)
      return send(res, 200, issue)
    }
    if (url.pathname === `${base}/pulls` && call.method === 'GET') {
      const head = url.searchParams.get('head')
      return sendPage(state.pulls.filter((p) => !head || p.head.label === head))
    }
    send(res, 404, { message: 'Not Found' })
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => send(res, 500, { message: String(error) }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  state.url = `http://127.0.0.1:${port}`
  state.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    })
  return state
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const text = Buffer.concat(chunks).toString('utf8')
  return text ? (JSON.parse(text) as Record<string, unknown>) : undefined
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent) return
  res.writeHead(status, { 'content-type': 'application/json', ...headers })
  res.end(body === undefined ? '' : JSON.stringify(body))
}

/** A fresh stand-in and a client pointed at it for each test of the calling block; `seed` fills it first. */
export function useFakeGitHub(seed: (github: FakeGitHub) => void = () => {}): { github: () => FakeGitHub; client: () => GitHubClient } {
  let github: FakeGitHub
  let client: GitHubClient
  beforeEach(async () => {
    github = await startFakeGitHub()
    client = createGitHubClient({ baseUrl: github.url, token: 't' })
    seed(github)
  })
  afterEach(async () => {
    await github.close()
  })
  return { github: () => github, client: () => client }
}

/** A string field of a request body, or empty. */
function textOf(value: unknown): string {
  return typeof value === 'string' ? value : ''
}

import type { IncomingMessage } from 'node:http'
import { HttpClient, type HttpClientResponse } from '@actions/http-client'
import { PreflightError } from '../errors.js'
import { TOOL_VERSION } from '../version.js'

/** A REST call failed: `status` is the HTTP status, absent when no answer came (timeout, refused, too large). */
export class GitHubApiError extends PreflightError {
  override readonly code = 'OP_ERR_GITHUB_API'
  constructor(
    message: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options)
  }

  /** The token may not do this: a fork's read-only token, or `permissions:` without the scope. */
  get forbidden(): boolean {
    return this.status === 401 || this.status === 403 || this.status === 404
  }
}

export interface GitHubApiOptions {
  /** `GITHUB_API_URL`; https://api.github.com when unset. */
  baseUrl?: string
  token: string
  /** Per request, headers and body together. */
  timeoutMs?: number
  /** Largest response body read; a list page of 100 comments is far below it. */
  maxResponseBytes?: number
}

export interface GitHubApi {
  call<T>(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: object): Promise<T>
  /** Every item of a paged list, `per_page=100`, at most `maxPages` pages. */
  list<T>(path: string, maxPages?: number): Promise<T[]>
  close(): Promise<void>
}

const DEFAULT_TIMEOUT_MS = 15_000
const DEFAULT_MAX_RESPONSE_BYTES = 8 * 1024 * 1024
const DEFAULT_MAX_PAGES = 20

/**
 * The few REST calls the action makes, through @actions/http-client (already in the bundle through
 * @actions/core; it honours the runner's proxy variables), with a deadline and a byte budget on each.
 */
export function createGitHubApi(options: GitHubApiOptions): GitHubApi {
  const baseUrl = (options.baseUrl || 'https://api.github.com').replace(/\/+$/, '')
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const maxBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES
  const client = new HttpClient(`origin-preflight/${TOOL_VERSION}`, [], { socketTimeout: timeoutMs, allowRetries: false, keepAlive: false })
  const headers = {
    accept: 'application/vnd.github+json',
    authorization: `Bearer ${options.token}`,
    'x-github-api-version': '2022-11-28',
  }

  async function call<T>(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: object): Promise<T> {
    const what = `${method} ${path}`
    const deadline = Date.now() + timeoutMs
    let response: HttpClientResponse
    try {
      const sent = client.request(method, `${baseUrl}${path}`, body ? JSON.stringify(body) : null, body ? { ...headers, 'content-type': 'application/json' } : headers)
      response = await withDeadline(sent, timeoutMs, (late) => late.message.destroy())
    } catch (error) {
      throw new GitHubApiError(`${what}: no answer from ${baseUrl} (${describe(error)})`, undefined, { cause: error })
    }
    const status = response.message.statusCode ?? 0
    const text = await readBody(response.message, maxBytes, Math.max(1, deadline - Date.now()), what)
    if (status >= 400) throw new GitHubApiError(`${what}: HTTP ${status}${apiMessage(text)}`, status)
    if (text.trim() === '') return undefined as T
    try {
      return JSON.parse(text) as T
    } catch (error) {
      throw new GitHubApiError(`${what}: the answer is not JSON`, status, { cause: error })
    }
  }

  async function list<T>(path: string, maxPages = DEFAULT_MAX_PAGES): Promise<T[]> {
    const items: T[] = []
    const separator = path.includes('?') ? '&' : '?'
    for (let page = 1; page <= maxPages; page++) {
      const batch = await call<T[]>('GET', `${path}${separator}per_page=100&page=${page}`)
      if (!Array.isArray(batch)) throw new GitHubApiError(`GET ${path}: expected a list`)
      items.push(...batch)
      if (batch.length < 100) break
    }
    return items
  }

  return { call, list, close: async () => client.dispose() }
}

/** Rejects with a TimeoutError after `ms`; an answer that arrives later is dropped through `discard`. */
function withDeadline<T>(promise: Promise<T>, ms: number, discard: (late: T) => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(`timed out after ${ms} ms`), { name: 'TimeoutError' })), ms)
  })
  promise.then(
    (value) => {
      if (timer === undefined) discard(value)
    },
    () => {},
  )
  return Promise.race([promise, timeout]).finally(() => {
    clearTimeout(timer)
    timer = undefined
  })
}

/** The body, or an error once it passes `maxBytes` or the deadline; the connection is dropped either way. */
function readBody(message: IncomingMessage, maxBytes: number, ms: number, what: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const fail = (error: GitHubApiError): void => {
      clearTimeout(timer)
      message.destroy()
      reject(error)
    }
    const timer = setTimeout(() => fail(new GitHubApiError(`${what}: the answer did not finish within the deadline`)), ms)
    message.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > maxBytes) fail(new GitHubApiError(`${what}: the answer exceeds ${maxBytes} bytes`))
      else chunks.push(chunk)
    })
    message.on('error', (error) => fail(new GitHubApiError(`${what}: the answer was cut off (${describe(error)})`, undefined, { cause: error })))
    message.on('end', () => {
      clearTimeout(timer)
      resolve(Buffer.concat(chunks).toString('utf8'))
    })
  })
}

/** GitHub's own words (`{"message": "Resource not accessible by integration"}`), kept short. */
function apiMessage(text: string): string {
  try {
    const message = (JSON.parse(text) as { message?: unknown }).message
    return typeof message === 'string' ? `: ${message.slice(0, 200)}` : ''
  } catch {
    return ''
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.name === 'TimeoutError' || error.name === 'AbortError' ? 'timed out' : error.message
  return String(error)
}

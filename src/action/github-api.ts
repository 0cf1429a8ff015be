import { EnvHttpProxyAgent, request, type Dispatcher } from 'undici'
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

/** The few REST calls the action makes, with a deadline and a byte budget on each; proxies from the environment. */
export function createGitHubApi(options: GitHubApiOptions): GitHubApi {
  const baseUrl = (options.baseUrl || 'https://api.github.com').replace(/\/+$/, '')
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const maxBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES
  const dispatcher: Dispatcher = new EnvHttpProxyAgent()
  const headers = {
    accept: 'application/vnd.github+json',
    authorization: `Bearer ${options.token}`,
    'user-agent': `origin-preflight/${TOOL_VERSION}`,
    'x-github-api-version': '2022-11-28',
  }

  async function call<T>(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: object): Promise<T> {
    const url = `${baseUrl}${path}`
    let response: Dispatcher.ResponseData
    try {
      response = await request(url, {
        method,
        dispatcher,
        headers: body ? { ...headers, 'content-type': 'application/json' } : headers,
        ...(body ? { body: JSON.stringify(body) } : {}),
        signal: AbortSignal.timeout(timeoutMs),
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
      })
    } catch (error) {
      throw new GitHubApiError(`${method} ${path}: no answer from ${baseUrl} (${describe(error)})`, undefined, { cause: error })
    }
    const text = await readBody(response.body, maxBytes, `${method} ${path}`)
    if (response.statusCode >= 400) {
      throw new GitHubApiError(`${method} ${path}: HTTP ${response.statusCode}${apiMessage(text)}`, response.statusCode)
    }
    if (text.trim() === '') return undefined as T
    try {
      return JSON.parse(text) as T
    } catch (error) {
      throw new GitHubApiError(`${method} ${path}: the answer is not JSON`, response.statusCode, { cause: error })
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

  return { call, list, close: () => dispatcher.close() }
}

async function readBody(body: Dispatcher.ResponseData['body'], maxBytes: number, what: string): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  try {
    for await (const chunk of body) {
      size += (chunk as Buffer).length
      if (size > maxBytes) {
        body.destroy()
        throw new GitHubApiError(`${what}: the answer exceeds ${maxBytes} bytes`)
      }
      chunks.push(chunk as Buffer)
    }
  } catch (error) {
    if (error instanceof GitHubApiError) throw error
    throw new GitHubApiError(`${what}: the answer was cut off (${describe(error)})`, undefined, { cause: error })
  }
  return Buffer.concat(chunks).toString('utf8')
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

import { getOctokit } from '@actions/github'
import { defaults } from '@actions/github/lib/utils'
import { TOOL_VERSION } from '../version.js'
import { GitHubApiError, boundedFetch } from './bounded-fetch.js'

export { GitHubApiError } from './bounded-fetch.js'

export type GitHubClient = ReturnType<typeof getOctokit>

export interface GitHubClientOptions {
  token: string
  /** GITHUB_API_URL; @actions/github reads it from the environment when unset. */
  baseUrl?: string
  /** Per request, headers and body together. */
  timeoutMs?: number
  /** Largest response body read. */
  maxResponseBytes?: number
}

const DEFAULT_TIMEOUT_MS = 15_000
const DEFAULT_MAX_RESPONSE_BYTES = 8 * 1024 * 1024

/**
 * Octokit from @actions/github, with the runner's proxy (its own fetch), a deadline and a byte budget on
 * every request, and every failure turned into one GitHubApiError that says which call failed and how.
 */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  // `request` options replace the defaults as a whole, so the proxy-aware fetch is carried over by hand.
  const proxyFetch = (defaults.request?.fetch as typeof fetch | undefined) ?? fetch
  const octokit = getOctokit(options.token, {
    ...(options.baseUrl ? { baseUrl: options.baseUrl.replace(/\/+$/, '') } : {}),
    userAgent: `origin-preflight/${TOOL_VERSION}`,
    request: {
      fetch: boundedFetch(proxyFetch, {
        timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        maxResponseBytes: options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
      }),
    },
    // Octokit logs deprecations and its own retries to the console; the step log is ours.
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
  })
  octokit.hook.wrap('request', async (request, endpoint) => {
    try {
      return await request(endpoint)
    } catch (error) {
      throw toApiError(error)
    }
  })
  return octokit
}

/** Octokit's RequestError (or our own no-answer error inside it) as a GitHubApiError. */
export function toApiError(error: unknown): GitHubApiError {
  if (error instanceof GitHubApiError) return error
  if (error instanceof Error && error.cause instanceof GitHubApiError) return error.cause
  const failed = error as { status?: unknown; request?: { method?: string; url?: string }; response?: { data?: unknown }; message?: string }
  const status = typeof failed.status === 'number' && failed.response ? failed.status : undefined
  const method = failed.request?.method ?? ''
  const path = failed.request?.url ? new URL(failed.request.url).pathname : ''
  const what = `${method} ${path}`.trim()
  if (status === undefined) return new GitHubApiError(`${what}: ${failed.message ?? String(error)}`, undefined, { cause: error })
  return new GitHubApiError(`${what}: HTTP ${status}${apiMessage(failed.response?.data)}`, status, { cause: error })
}

/** GitHub's own words (`{"message": "Resource not accessible by integration"}`), kept short. */
function apiMessage(data: unknown): string {
  const message = data !== null && typeof data === 'object' ? (data as { message?: unknown }).message : undefined
  return typeof message === 'string' ? `: ${message.slice(0, 200)}` : ''
}

/** Every item of a paged list, at most `maxPages` pages of 100. */
export async function listAll<T>(pages: AsyncIterable<{ data: T[] }>, maxPages: number): Promise<T[]> {
  const items: T[] = []
  let count = 0
  for await (const page of pages) {
    items.push(...page.data)
    if (++count >= maxPages) break
  }
  return items
}

import { PreflightError } from '../errors.js'

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

export interface FetchBounds {
  /** Per request: connecting, headers and the whole body. */
  timeoutMs: number
  /** Largest body read; a list page of 100 comments is far below it. */
  maxResponseBytes: number
}

type Fetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>

/** Statuses whose Response may not carry a body (the constructor refuses one). */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304])

/**
 * Wraps `inner` so that every request has a deadline (AbortSignal.timeout, which also stops a body that
 * trickles) and its body is read whole, up to the byte budget, before the caller sees the response.
 * Failures that got no usable answer are GitHubApiErrors without a status.
 */
export function boundedFetch(inner: Fetch, bounds: FetchBounds): Fetch {
  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input))
    const what = `${init?.method ?? 'GET'} ${url.pathname}`
    const deadline = AbortSignal.timeout(bounds.timeoutMs)
    const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline
    let response: Response
    try {
      response = await inner(input, { ...init, signal })
    } catch (error) {
      throw new GitHubApiError(`${what}: no answer from ${url.origin} (${describe(error)})`, undefined, { cause: error })
    }
    const body = await readWhole(response, bounds.maxResponseBytes, what)
    const bounded = new Response(NULL_BODY_STATUSES.has(response.status) ? null : body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    })
    // A constructed Response has no URL; the client reports it in its errors.
    Object.defineProperty(bounded, 'url', { value: response.url })
    return bounded
  }
}

async function readWhole(response: Response, maxBytes: number, what: string): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array()
  const reader = (response.body as ReadableStream<Uint8Array>).getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > maxBytes) {
        await reader.cancel().catch(() => {})
        throw new GitHubApiError(`${what}: the answer exceeds ${maxBytes} bytes`)
      }
      chunks.push(value)
    }
  } catch (error) {
    if (error instanceof GitHubApiError) throw error
    if (describe(error) === 'timed out')
      throw new GitHubApiError(`${what}: the answer did not finish within the deadline`, undefined, { cause: error })
    throw new GitHubApiError(`${what}: the answer was cut off (${describe(error)})`, undefined, { cause: error })
  }
  return Buffer.concat(chunks)
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    if (error.name === 'TimeoutError' || error.name === 'AbortError') return 'timed out'
    // fetch says "fetch failed" and keeps the reason (ECONNREFUSED, ...) in its cause.
    if (error.cause instanceof Error) return error.cause.message
    return error.message
  }
  return String(error)
}

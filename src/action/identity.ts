import type { GitHubClient } from './github-client.js'
import { GitHubApiError } from './bounded-fetch.js'

/** The author of what the workflow's own GITHUB_TOKEN posts. */
export const ACTIONS_BOT = 'github-actions[bot]'

/**
 * The login the token posts as, so that the action only ever edits or deletes its own comments and issues.
 * A personal token may ask `GET /user`; the workflow's GITHUB_TOKEN may not (403), and posts as
 * github-actions[bot]. Any other failure is thrown: not knowing who we are, we touch nothing.
 */
export async function tokenLogin(client: GitHubClient): Promise<string> {
  try {
    const { data } = await client.rest.users.getAuthenticated()
    return data.login
  } catch (error) {
    if (error instanceof GitHubApiError && error.status === 403) return ACTIONS_BOT
    throw error
  }
}

/** Ours: written by the token's identity and carrying the marker; a quote of the marker by someone else is not. */
export function isOwn(item: { user?: { login?: string } | null; body?: string | null }, login: string, marker: string): boolean {
  return item.user?.login === login && typeof item.body === 'string' && item.body.includes(marker)
}

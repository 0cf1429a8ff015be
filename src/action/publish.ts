import * as core from '@actions/core'
import type { Report } from '../engine/report.js'
import { GitHubApiError, createGitHubClient, type GitHubClient } from './github-client.js'
import { syncExpiryIssue } from './expiry-issue.js'
import { tokenLogin } from './identity.js'
import type { RepoRef, RunEvent } from './run-event.js'
import { upsertStickyComment, type RunLink } from './sticky-comment.js'

/** What the REST calls need: who we are, where the API is, what to link to, how to find our own posts. */
export interface GitHubTarget {
  token: string
  /** GITHUB_API_URL */
  apiUrl?: string
  link: RunLink
  /** Keeps the comments and issues of different configs (or shards) apart: the config path, and the shard. */
  key: string
}

/** The client, and the login it posts as: only what that login wrote is ever edited or deleted. */
export interface Publisher {
  client: GitHubClient
  login: string
}

export const FORK_HINT = 'For pull requests from forks, use the workflow_run pattern in the README ("Fork pull requests").'

/** The sticky comment on a pull request. Never throws: no permission is a notice, any other failure a warning. */
export async function publishComment(
  report: Report,
  event: Extract<RunEvent, { kind: 'pull_request' }>,
  target: GitHubTarget,
): Promise<void> {
  if (!target.token) {
    core.notice(`No github-token: the pull-request comment was skipped. ${FORK_HINT}`)
    return
  }
  try {
    const { client, login } = await publisher(target)
    const result = await upsertStickyComment(client, event.repo, event.number, report, target.key, target.link, login)
    core.info(
      `Pull-request comment on #${event.number}: ${result.action}` +
        `${result.id ? ` (id ${result.id})` : ''}${result.removed ? `, ${result.removed} duplicate(s) removed` : ''}.`,
    )
  } catch (error) {
    if (error instanceof GitHubApiError && error.forbidden) {
      const why = event.fromFork
        ? 'a pull request from a fork gets a read-only token'
        : 'the workflow needs `permissions: pull-requests: write`'
      core.notice(
        `The token cannot comment on pull request #${event.number} (${error.message}): ${why}. ` +
          `No comment was posted; the annotations and the job summary carry the report. ${FORK_HINT}`,
      )
    } else {
      core.warning(`The pull-request comment could not be updated (${describe(error)}); the gate's verdict does not depend on it.`)
    }
  }
}

/** The sweep's expiry issue. Never throws: a failure is a warning naming the missing permission. */
export async function publishExpiryIssue(report: Report, repo: RepoRef | undefined, target: GitHubTarget): Promise<void> {
  if (!target.token || !repo) {
    core.warning('expiry-issue: no github-token or repository; the expiry issue was not updated.')
    return
  }
  try {
    const { client, login } = await publisher(target)
    const result = await syncExpiryIssue(client, repo, report, target.key, target.link, login)
    core.info(`Expiry issue: ${result.action}${result.number ? ` (#${result.number})` : ''}.`)
  } catch (error) {
    const fix = error instanceof GitHubApiError && error.forbidden ? ': the workflow needs `permissions: issues: write`' : ''
    core.warning(`expiry-issue: the issue could not be updated (${describe(error)})${fix}.`)
  }
}

export async function publisher(target: GitHubTarget): Promise<Publisher> {
  const client = createGitHubClient({ token: target.token, ...(target.apiUrl ? { baseUrl: target.apiUrl } : {}) })
  return { client, login: await tokenLogin(client) }
}

/** The run's page, from what every runner sets (through @actions/github's `context`). */
export function runLink(run: { serverUrl: string; runId: number; repo?: RepoRef | undefined; sha?: string | undefined }): RunLink {
  const link: RunLink = {}
  if (run.serverUrl && run.repo && Number.isInteger(run.runId))
    link.url = `${run.serverUrl}/${run.repo.owner}/${run.repo.repo}/actions/runs/${run.runId}`
  if (run.sha) link.sha = run.sha
  return link
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

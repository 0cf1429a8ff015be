import * as core from '@actions/core'
import type { Report } from '../report/types.js'
import type { RunEvent } from './event.js'
import { syncExpiryIssue } from './expiry-issue.js'
import { GitHubApiError, createGitHubApi, type GitHubApi } from './github-api.js'
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

export const FORK_HINT = 'For pull requests from forks, use the workflow_run pattern in the README ("Fork pull requests").'

/** The sticky comment on a pull request. Never throws: no permission is a notice, any other failure a warning. */
export async function publishComment(report: Report, event: Extract<RunEvent, { kind: 'pull_request' }>, target: GitHubTarget): Promise<void> {
  if (!target.token) {
    core.notice(`No github-token: the pull-request comment was skipped. ${FORK_HINT}`)
    return
  }
  await withApi(target, async (api) => {
    try {
      const result = await upsertStickyComment(api, event.repo, event.number, report, target.key, target.link)
      core.info(`Pull-request comment on #${event.number}: ${result.action}${result.id ? ` (id ${result.id})` : ''}${result.removed ? `, ${result.removed} duplicate(s) removed` : ''}.`)
    } catch (error) {
      if (error instanceof GitHubApiError && error.forbidden) {
        const why = event.fromFork ? 'a pull request from a fork gets a read-only token' : 'the workflow needs `permissions: pull-requests: write`'
        core.notice(`The token cannot comment on pull request #${event.number} (${error.message}): ${why}. No comment was posted; the annotations and the job summary carry the report. ${FORK_HINT}`)
      } else {
        core.warning(`The pull-request comment could not be updated (${describe(error)}); the gate's verdict does not depend on it.`)
      }
    }
  })
}

/** The sweep's expiry issue. Never throws: a failure is a warning naming the missing permission. */
export async function publishExpiryIssue(report: Report, repo: string, target: GitHubTarget): Promise<void> {
  if (!target.token || !repo) {
    core.warning('expiry-issue: no github-token or repository; the expiry issue was not updated.')
    return
  }
  await withApi(target, async (api) => {
    try {
      const result = await syncExpiryIssue(api, repo, report, target.key, target.link)
      core.info(`Expiry issue: ${result.action}${result.number ? ` (#${result.number})` : ''}.`)
    } catch (error) {
      const fix = error instanceof GitHubApiError && error.forbidden ? ': the workflow needs `permissions: issues: write`' : ''
      core.warning(`expiry-issue: the issue could not be updated (${describe(error)})${fix}.`)
    }
  })
}

export async function withApi(target: GitHubTarget, use: (api: GitHubApi) => Promise<void>): Promise<void> {
  const api = createGitHubApi({ token: target.token, ...(target.apiUrl ? { baseUrl: target.apiUrl } : {}) })
  try {
    await use(api)
  } finally {
    await api.close()
  }
}

/** The run's page, from the variables every runner sets. */
export function runLink(env: NodeJS.ProcessEnv, sha?: string): RunLink {
  const server = env['GITHUB_SERVER_URL']
  const repo = env['GITHUB_REPOSITORY']
  const runId = env['GITHUB_RUN_ID']
  const link: RunLink = {}
  if (server && repo && runId) link.url = `${server}/${repo}/actions/runs/${runId}`
  const commit = sha || env['GITHUB_SHA']
  if (commit) link.sha = commit
  return link
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

import * as core from '@actions/core'
import type { Report } from '../engine/report.js'
import { GitHubApiError, listAll, type GitHubClient } from './github-client.js'
import { publisher, type GitHubTarget } from './publish.js'
import type { RepoRef, WorkflowRunHead } from './run-event.js'
import { upsertStickyComment } from './sticky-comment.js'

/**
 * The pull request a finished run was for. GitHub leaves `pull_requests` empty for runs from forks, so
 * those are looked up by the head branch, and only a pull request whose head is still the run's commit
 * is taken (nothing a fork wrote into the artifact decides where the comment goes).
 */
export async function findPullRequest(client: GitHubClient, repo: RepoRef, head: WorkflowRunHead): Promise<number | undefined> {
  const attached = head.pullRequests.find((pull) => pull.headSha === head.headSha)
  if (attached) return attached.number
  if (!head.headOwner || !head.headBranch) return undefined
  const pulls = await listAll(
    client.paginate.iterator(client.rest.pulls.list, {
      ...repo,
      state: 'open',
      head: `${head.headOwner}:${head.headBranch}`,
      per_page: 100,
    }),
    3,
  )
  return pulls.find((pull) => pull.head.sha === head.headSha)?.number
}

/**
 * `workflow_run` after a pull-request run: posts that run's report (downloaded as an artifact) as the
 * sticky comment, with this run's write token. Never throws; the verdict belongs to the pull-request run.
 */
export async function commentForPullRequestRun(
  report: Report,
  repo: RepoRef | undefined,
  head: WorkflowRunHead,
  target: GitHubTarget,
): Promise<void> {
  if (head.event !== 'pull_request' && head.event !== 'pull_request_target') {
    core.notice(`workflow_run: the run that finished was triggered by ${head.event || 'an unknown event'}, not a pull request; no comment.`)
    return
  }
  if (!target.token || !repo) {
    core.notice('workflow_run: no github-token or repository; no comment.')
    return
  }
  try {
    const { client, login } = await publisher(target)
    const number = await findPullRequest(client, repo, head)
    if (number === undefined) {
      core.notice(`workflow_run: no open pull request has head ${head.headSha.slice(0, 7)} any more; no comment.`)
      return
    }
    const result = await upsertStickyComment(client, repo, number, report, target.key, { ...target.link, sha: head.headSha }, login)
    core.info(`Pull-request comment on #${number}: ${result.action}.`)
  } catch (error) {
    const fix = error instanceof GitHubApiError && error.forbidden ? ': this workflow needs `permissions: pull-requests: write`' : ''
    core.warning(
      `workflow_run: the pull-request comment could not be updated (${error instanceof Error ? error.message : String(error)})${fix}.`,
    )
  }
}

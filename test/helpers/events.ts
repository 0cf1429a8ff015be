/** Event payloads as GitHub delivers them in GITHUB_EVENT_PATH, reduced to the fields a consumer reads. */

export const REPO = 'acme/shop'
export const HEAD_SHA = '9f8e7d6c5b4a39281706f5e4d3c2b1a098765432'

export function pullRequestEvent(number: number, options: { fork?: boolean; headSha?: string } = {}) {
  const headRepo = options.fork ? 'forker/shop' : REPO
  return {
    name: 'pull_request',
    payload: {
      action: 'synchronize',
      number,
      pull_request: {
        number,
        state: 'open',
        head: { ref: 'fix-origin', sha: options.headSha ?? HEAD_SHA, repo: { full_name: headRepo, fork: Boolean(options.fork) } },
        base: { ref: 'main', sha: '1111111111111111111111111111111111111111', repo: { full_name: REPO } },
      },
      repository: { full_name: REPO, name: 'shop', owner: { login: 'acme' } },
      sender: { login: options.fork ? 'forker' : 'dev' },
    },
  }
}

export function scheduleEvent(cron = '17 5 * * *') {
  return { name: 'schedule', payload: { schedule: cron, repository: { full_name: REPO } } }
}

export function workflowDispatchEvent(inputs: Record<string, string>) {
  return { name: 'workflow_dispatch', payload: { inputs, ref: 'refs/heads/main', repository: { full_name: REPO } } }
}

/** The run of the pull-request workflow finished; for a fork GitHub attaches no pull request to it. */
export function workflowRunEvent(options: {
  headSha: string
  headOwner: string
  headBranch: string
  pullRequests?: { number: number; headSha: string }[]
}) {
  return {
    name: 'workflow_run',
    payload: {
      action: 'completed',
      workflow_run: {
        id: 777,
        name: 'origin-preflight',
        event: 'pull_request',
        conclusion: 'failure',
        head_sha: options.headSha,
        head_branch: options.headBranch,
        head_repository: { full_name: `${options.headOwner}/shop`, owner: { login: options.headOwner } },
        pull_requests: (options.pullRequests ?? []).map((pull) => ({ number: pull.number, head: { sha: pull.headSha } })),
      },
      repository: { full_name: REPO },
    },
  }
}

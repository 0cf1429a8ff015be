/** owner and name, as octokit's calls take them. */
export interface RepoRef {
  owner: string
  repo: string
}

/** What triggered the run, as far as the action cares; `repo` is absent only outside a real workflow run. */
export type RunEvent =
  | { kind: 'pull_request'; name: string; repo: RepoRef; number: number; fromFork: boolean; headSha: string }
  | { kind: 'schedule'; name: string; repo?: RepoRef }
  | { kind: 'workflow_dispatch'; name: string; repo?: RepoRef }
  | { kind: 'workflow_run'; name: string; repo?: RepoRef; run: WorkflowRunHead }
  | { kind: 'other'; name: string; repo?: RepoRef }

/** The pull-request run a `workflow_run` event follows: enough to find its pull request. */
export interface WorkflowRunHead {
  event: string
  headSha: string
  headBranch: string
  /** `owner` of the head repository (the fork). */
  headOwner: string
  /** Pull requests GitHub attached to the run (empty for forks). */
  pullRequests: { number: number; headSha: string }[]
}

/** The part of @actions/github's `context` read here (the event name, its payload, the repository). */
export interface EventContext {
  eventName: string
  payload: object
  readonly repo: RepoRef
}

/** The run's event from `context`; payload fields of the wrong type read as absent, never as a crash. */
export function runEventOf(context: EventContext): RunEvent {
  const name = context.eventName ?? ''
  const payload = context.payload
  const repo = repoOf(context)
  switch (name) {
    case 'pull_request':
    case 'pull_request_target': {
      const number = num(get(payload, 'pull_request', 'number')) ?? num(get(payload, 'number'))
      if (number === undefined || !repo) return { kind: 'other', name, ...(repo ? { repo } : {}) }
      const head = str(get(payload, 'pull_request', 'head', 'repo', 'full_name'))
      const base = str(get(payload, 'pull_request', 'base', 'repo', 'full_name')) || `${repo.owner}/${repo.repo}`
      return {
        kind: 'pull_request',
        name,
        repo,
        number,
        fromFork: head !== '' && head !== base,
        headSha: str(get(payload, 'pull_request', 'head', 'sha')),
      }
    }
    case 'schedule':
    case 'workflow_dispatch':
      return { kind: name, name, ...(repo ? { repo } : {}) }
    case 'workflow_run': {
      const run = get(payload, 'workflow_run')
      const pulls = get(run, 'pull_requests')
      return {
        kind: 'workflow_run',
        name,
        ...(repo ? { repo } : {}),
        run: {
          event: str(get(run, 'event')),
          headSha: str(get(run, 'head_sha')),
          headBranch: str(get(run, 'head_branch')),
          headOwner: str(get(run, 'head_repository', 'owner', 'login')),
          pullRequests: (Array.isArray(pulls) ? pulls : []).flatMap((pull) => {
            const number = num(get(pull, 'number'))
            return number === undefined ? [] : [{ number, headSha: str(get(pull, 'head', 'sha')) }]
          }),
        },
      }
    }
    default:
      return { kind: 'other', name, ...(repo ? { repo } : {}) }
  }
}

/** `context.repo` throws when neither GITHUB_REPOSITORY nor the payload names one. */
function repoOf(context: EventContext): RepoRef | undefined {
  try {
    const { owner, repo } = context.repo
    return owner && repo ? { owner, repo } : undefined
  } catch {
    return undefined
  }
}

function get(value: unknown, ...keys: string[]): unknown {
  let current = value
  for (const key of keys) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<string, unknown>)[key]
  }
  return current
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : ''
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined
}

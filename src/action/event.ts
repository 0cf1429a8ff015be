import { readFileSync, statSync } from 'node:fs'

/** What triggered the run, as far as the action cares. */
export type RunEvent =
  | { kind: 'pull_request'; name: string; repo: string; number: number; fromFork: boolean; headSha: string }
  | { kind: 'schedule'; name: string; repo: string }
  | { kind: 'workflow_dispatch'; name: string; repo: string }
  | { kind: 'workflow_run'; name: string; repo: string; run: WorkflowRunHead }
  | { kind: 'other'; name: string; repo: string }

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

/** Event payloads are a few hundred KiB at most; a larger file is not one. */
const MAX_EVENT_BYTES = 25 * 1024 * 1024

/** Reads GITHUB_EVENT_NAME, GITHUB_REPOSITORY and the payload at GITHUB_EVENT_PATH. */
export function readRunEvent(env: NodeJS.ProcessEnv): RunEvent {
  const name = env['GITHUB_EVENT_NAME'] ?? ''
  const payload = readPayload(env['GITHUB_EVENT_PATH'])
  const repo = env['GITHUB_REPOSITORY'] || str(get(payload, 'repository', 'full_name'))
  switch (name) {
    case 'pull_request':
    case 'pull_request_target': {
      const number = num(get(payload, 'pull_request', 'number')) ?? num(get(payload, 'number'))
      if (number === undefined || !repo) return { kind: 'other', name, repo }
      const head = str(get(payload, 'pull_request', 'head', 'repo', 'full_name'))
      const base = str(get(payload, 'pull_request', 'base', 'repo', 'full_name')) || repo
      return { kind: 'pull_request', name, repo, number, fromFork: head !== '' && head !== base, headSha: str(get(payload, 'pull_request', 'head', 'sha')) }
    }
    case 'schedule':
    case 'workflow_dispatch':
      return { kind: name, name, repo }
    case 'workflow_run': {
      const run = get(payload, 'workflow_run')
      const pulls = get(run, 'pull_requests')
      return {
        kind: 'workflow_run',
        name,
        repo,
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
      return { kind: 'other', name, repo }
  }
}

function readPayload(file: string | undefined): unknown {
  if (!file) return {}
  try {
    if (statSync(file).size > MAX_EVENT_BYTES) return {}
    return JSON.parse(readFileSync(file, 'utf8')) as unknown
  } catch {
    return {}
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

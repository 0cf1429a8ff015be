import { COMMENT_LIMIT_BYTES, byteLength, fitMarkdown } from '../report/fit.js'
import { describeSubjects, plural } from '../report/text.js'
import type { Report } from '../engine/report.js'
import { listAll, type GitHubClient } from './github-client.js'
import { isOwn } from './identity.js'
import type { RepoRef } from './run-event.js'

/** Where the comment links to, and which commit it speaks of. */
export interface RunLink {
  url?: string
  sha?: string
}

/** The hidden line that finds our comment again; the key keeps two configs (or shards) apart on one PR. */
export function commentMarker(key: string): string {
  return `<!-- origin-preflight:comment ${encodeURIComponent(key)} -->`
}

export type CommentPlan = { action: 'none' } | { action: 'create' | 'update'; body: string }

/**
 * What the comment should say now, given what it said before: the report while the gate fails; once it
 * passes after a failure, one "all clear" line in place of the old report; nothing on a PR that never failed.
 */
/** `report` is already masked (src/report/mask.ts): nothing here sees a secret. */
export function planComment(report: Report, marker: string, existingBody: string | undefined, link: RunLink): CommentPlan {
  let body: string
  if (!report.passed) {
    const footer = `\n<sub>${describeRun(link)}</sub>\n`
    const budget = COMMENT_LIMIT_BYTES - byteLength(marker) - byteLength(footer) - 64
    body = `${marker}\n${defuseMentions(fitMarkdown(report, budget).markdown)}${footer}`
  } else if (existingBody !== undefined) {
    const { warnings } = report.summary
    const extra = warnings > 0 ? `, ${plural(warnings, 'warning')}` : ''
    body = `${marker}✔ **origin-preflight: all clear**: ${describeSubjects(report)} passed${extra} (${describeRun(link)}).`
  } else {
    return { action: 'none' }
  }
  if (existingBody === undefined) return { action: 'create', body }
  return existingBody === body ? { action: 'none' } : { action: 'update', body }
}

export interface CommentResult {
  action: 'created' | 'updated' | 'unchanged' | 'none'
  id?: number
  /** Older copies of the marker (two runs racing) that were deleted. */
  removed: number
}

/** Comments of one pull request read at most: 20 pages of 100. */
const MAX_COMMENT_PAGES = 20

/**
 * Finds our comment (the marker, written by `login`), then creates, updates or leaves it; extra copies of
 * ours from a race are deleted. Nobody else's comment is ever edited or deleted, marker or not.
 */
export async function upsertStickyComment(
  client: GitHubClient,
  repo: RepoRef,
  issueNumber: number,
  report: Report,
  key: string,
  link: RunLink,
  login: string,
): Promise<CommentResult> {
  const marker = commentMarker(key)
  const comments = await listAll(
    client.paginate.iterator(client.rest.issues.listComments, { ...repo, issue_number: issueNumber, per_page: 100 }),
    MAX_COMMENT_PAGES,
  )
  const [existing, ...duplicates] = comments.filter((comment) => isOwn(comment, login, marker))
  const plan = planComment(report, marker, existing?.body ?? undefined, link)
  let result: CommentResult
  if (plan.action === 'create') {
    const { data } = await client.rest.issues.createComment({ ...repo, issue_number: issueNumber, body: plan.body })
    result = { action: 'created', id: data.id, removed: 0 }
  } else if (plan.action === 'update' && existing) {
    await client.rest.issues.updateComment({ ...repo, comment_id: existing.id, body: plan.body })
    result = { action: 'updated', id: existing.id, removed: 0 }
  } else {
    result = existing ? { action: 'unchanged', id: existing.id, removed: 0 } : { action: 'none', removed: 0 }
  }
  for (const duplicate of duplicates) {
    await client.rest.issues.deleteComment({ ...repo, comment_id: duplicate.id })
    result.removed++
  }
  return result
}

export function describeRun(link: RunLink): string {
  const commit = link.sha ? ` at ${link.sha.slice(0, 7)}` : ''
  return link.url ? `[workflow run](${link.url})${commit}` : `workflow run${commit}`
}

/**
 * Certificate subjects and response bytes come from the origin; in a comment an `@name` in them would
 * notify someone. A zero-width space after the `@` keeps the text and drops the mention.
 */
export function defuseMentions(markdown: string): string {
  return markdown.replace(/@(?=[A-Za-z0-9])/g, '@&#8203;')
}

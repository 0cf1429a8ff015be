import { describeDaysLeft, isExpiryFinding } from '../report/expiry.js'
import { COMMENT_LIMIT_BYTES, byteLength, fitMarkdown } from '../report/fit.js'
import type { OriginReport, Report } from '../engine/report.js'
import { listAll, type GitHubClient } from './github-client.js'
import { isOwn } from './identity.js'
import type { RepoRef } from './run-event.js'
import { defuseMentions, describeRun, type RunLink } from './sticky-comment.js'

export function expiryIssueMarker(key: string): string {
  return `<!-- origin-preflight:expiry-issue ${encodeURIComponent(key)} -->`
}

/** An origin whose certificate is past its warn-days (or expired), with the date that made it so. */
interface Expiring {
  origin: string
  notAfter: string
  daysLeft: number
}

/** Origins with an expiry finding, soonest first. */
export function expiringOrigins(report: Report): Expiring[] {
  return report.origins
    .flatMap((origin) => {
      const dated = expiringCertificate(origin, Date.parse(report.startedAt))
      return dated ? [{ origin: origin.name, ...dated }] : []
    })
    .sort((a, b) => a.notAfter.localeCompare(b.notAfter))
}

function expiringCertificate(origin: OriginReport, now: number): { notAfter: string; daysLeft: number } | undefined {
  const findings = origin.findings.filter(isExpiryFinding)
  if (findings.length === 0) return undefined
  if (origin.certificate) return { notAfter: origin.certificate.notAfter, daysLeft: origin.certificate.daysLeft }
  // No leaf was recorded: the finding's own date (an intermediate's) still names the day.
  const notAfter = findings.map((finding) => finding.details['notAfter']).find((value) => typeof value === 'string')
  return typeof notAfter === 'string' ? { notAfter, daysLeft: Math.floor((Date.parse(notAfter) - now) / 86_400_000) } : undefined
}

/** `origin-preflight: certificate of api expires 2025-03-13 (in 12 days), and 2 more`. */
export function expiryIssueTitle(expiring: readonly Expiring[]): string {
  const [soonest] = expiring
  if (!soonest) return 'origin-preflight: certificates healthy'
  const verb = soonest.daysLeft < 0 ? 'expired' : 'expires'
  const more = expiring.length > 1 ? `, and ${expiring.length - 1} more` : ''
  return (
    `origin-preflight: certificate of ${soonest.origin} ${verb} ${soonest.notAfter.slice(0, 10)} ` +
    `(${describeDaysLeft(soonest.daysLeft)})${more}`
  )
}

export type ExpiryIssuePlan = { open: true; title: string; body: string } | { open: false; body: string }

export function planExpiryIssue(report: Report, marker: string, link: RunLink): ExpiryIssuePlan {
  const expiring = expiringOrigins(report)
  if (expiring.length === 0) {
    return {
      open: false,
      body: `${marker}\n✔ Every certificate is outside its warn-days again (${describeRun(link)}); closed by origin-preflight.\n`,
    }
  }
  const intro =
    `${marker}\nKept up to date by the scheduled origin-preflight sweep (${describeRun(link)}), ` +
    'closed once no certificate is within its warn-days.\n\n'
  const budget = COMMENT_LIMIT_BYTES - byteLength(intro) - 64
  const body = intro + defuseMentions(fitMarkdown(report, budget, { expiryCalendar: true }).markdown)
  return { open: true, title: expiryIssueTitle(expiring), body }
}

export interface ExpiryIssueResult {
  action: 'created' | 'updated' | 'closed' | 'none'
  number?: number
}

/** Open issues searched for ours: 20 pages of 100. */
const MAX_ISSUE_PAGES = 20

/**
 * Keeps one open issue (the marker, opened by `login`) in step with the sweep: created, updated in place,
 * or closed. An issue someone else opened is never touched, whatever it quotes.
 */
export async function syncExpiryIssue(
  client: GitHubClient,
  repo: RepoRef,
  report: Report,
  key: string,
  link: RunLink,
  login: string,
): Promise<ExpiryIssueResult> {
  const marker = expiryIssueMarker(key)
  const open = await listAll(
    client.paginate.iterator(client.rest.issues.listForRepo, { ...repo, state: 'open', per_page: 100 }),
    MAX_ISSUE_PAGES,
  )
  const existing = open.find((issue) => !issue.pull_request && isOwn(issue, login, marker))
  const plan = planExpiryIssue(report, marker, link)
  if (plan.open && existing) {
    await client.rest.issues.update({ ...repo, issue_number: existing.number, title: plan.title, body: plan.body })
    return { action: 'updated', number: existing.number }
  }
  if (plan.open) {
    const { data } = await client.rest.issues.create({ ...repo, title: plan.title, body: plan.body })
    return { action: 'created', number: data.number }
  }
  if (existing) {
    await client.rest.issues.update({ ...repo, issue_number: existing.number, state: 'closed', state_reason: 'completed', body: plan.body })
    return { action: 'closed', number: existing.number }
  }
  return { action: 'none' }
}

import { describeDaysLeft, isExpiryFinding } from '../report/expiry.js'
import { COMMENT_LIMIT_BYTES, byteLength, fitMarkdown } from '../report/fit.js'
import type { OriginReport, Report } from '../report/types.js'
import type { GitHubApi } from './github-api.js'
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
  return `origin-preflight: certificate of ${soonest.origin} ${verb} ${soonest.notAfter.slice(0, 10)} (${describeDaysLeft(soonest.daysLeft)})${more}`
}

export type ExpiryIssuePlan = { open: true; title: string; body: string } | { open: false; body: string }

export function planExpiryIssue(report: Report, marker: string, link: RunLink): ExpiryIssuePlan {
  const expiring = expiringOrigins(report)
  if (expiring.length === 0) {
    return { open: false, body: `${marker}\n✔ Every certificate is outside its warn-days again (${describeRun(link)}); closed by origin-preflight.\n` }
  }
  const intro = `${marker}\nKept up to date by the scheduled origin-preflight sweep (${describeRun(link)}), closed once no certificate is within its warn-days.\n\n`
  const budget = COMMENT_LIMIT_BYTES - byteLength(intro) - 64
  const body = intro + defuseMentions(fitMarkdown(report, budget, { expiryCalendar: true }).markdown)
  return { open: true, title: expiryIssueTitle(expiring), body }
}

interface Issue {
  number: number
  body?: string | null
  pull_request?: unknown
}

export interface ExpiryIssueResult {
  action: 'created' | 'updated' | 'closed' | 'none'
  number?: number
}

/** Keeps one open issue (found by its marker) in step with the sweep: created, updated in place, or closed. */
export async function syncExpiryIssue(api: GitHubApi, repo: string, report: Report, key: string, link: RunLink): Promise<ExpiryIssueResult> {
  const marker = expiryIssueMarker(key)
  const open = await api.list<Issue>(`/repos/${repo}/issues?state=open`)
  const existing = open.find((issue) => issue.pull_request === undefined && typeof issue.body === 'string' && issue.body.includes(marker))
  const plan = planExpiryIssue(report, marker, link)
  if (plan.open && existing) {
    await api.call('PATCH', `/repos/${repo}/issues/${existing.number}`, { title: plan.title, body: plan.body })
    return { action: 'updated', number: existing.number }
  }
  if (plan.open) {
    const created = await api.call<Issue>('POST', `/repos/${repo}/issues`, { title: plan.title, body: plan.body })
    return { action: 'created', number: created.number }
  }
  if (existing) {
    await api.call('PATCH', `/repos/${repo}/issues/${existing.number}`, { state: 'closed', state_reason: 'completed', body: plan.body })
    return { action: 'closed', number: existing.number }
  }
  return { action: 'none' }
}

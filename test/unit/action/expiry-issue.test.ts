import { describe, expect, it } from 'vitest'
import { expiringOrigins, expiryIssueMarker, expiryIssueTitle, syncExpiryIssue } from '../../../src/action/expiry-issue.js'
import { useFakeGitHub } from '../../helpers/fake-github.js'
import { passingReport, sampleReport } from '../report/fixtures.js'

const KEY = '.github/origin-preflight.yml'
const link = { url: 'https://github.example/acme/shop/actions/runs/9' }

describe('the expiry issue title', () => {
  it('names the soonest expiry among the origins with an expiry finding', () => {
    const expiring = expiringOrigins(sampleReport())
    expect(expiring.map((e) => e.origin)).toEqual(['checkout-api', 'static-assets'])
    expect(expiryIssueTitle(expiring)).toBe('origin-preflight: certificate of checkout-api expired 2024-01-31 (2 days ago), and 1 more')
    expect(expiryIssueTitle(expiring.slice(1))).toBe('origin-preflight: certificate of static-assets expires 2025-03-13 (in 12 days)')
  })
})

describe('syncExpiryIssue against the REST stand-in', () => {
  const fake = useFakeGitHub((github) => {
    github.issues.push({ number: 1, title: 'Unrelated', body: 'bug', state: 'open', user: { login: 'dev' } })
    github.issues.push({
      number: 2,
      title: 'A PR',
      body: expiryIssueMarker(KEY),
      state: 'open',
      pull_request: { url: 'x' },
      user: { login: BOT },
    })
    github.issues.push({
      number: 3,
      title: 'Copied',
      body: `${expiryIssueMarker(KEY)}\ncopied by hand`,
      state: 'open',
      user: { login: 'dev' },
    })
  })
  const BOT = 'github-actions[bot]'
  const repo = { owner: 'acme', repo: 'shop' }

  it('opens one issue, updates it in place as the soonest expiry changes, closes it when healthy', async () => {
    const github = fake.github()
    const client = fake.client()
    const sync = (report: ReturnType<typeof sampleReport>) => syncExpiryIssue(client, repo, report, KEY, link, BOT)
    expect(await sync(sampleReport())).toMatchObject({ action: 'created' })
    const ours = () =>
      github.issues.filter((i) => i.pull_request === undefined && i.user.login === BOT && i.body.includes(expiryIssueMarker(KEY)))
    expect(ours()).toHaveLength(1)
    expect(ours()[0]!.title).toContain('checkout-api expired 2024-01-31')
    expect(ours()[0]!.body).toContain('### Certificate expiry')

    const onlyAssets = sampleReport()
    onlyAssets.origins = onlyAssets.origins.slice(1)
    expect(await sync(onlyAssets)).toMatchObject({ action: 'updated', number: ours()[0]!.number })
    expect(ours()).toHaveLength(1)
    expect(ours()[0]!.title).toBe('origin-preflight: certificate of static-assets expires 2025-03-13 (in 12 days)')

    expect(await sync(passingReport())).toMatchObject({ action: 'closed' })
    expect(ours()[0]!.state).toBe('closed')
    expect(ours()[0]!.body).toContain('outside its warn-days again')
    expect(await sync(passingReport())).toEqual({ action: 'none' })
    expect(github.issues.find((i) => i.number === 1)!.state).toBe('open')
    // Someone else's issue that carries the marker is neither taken over nor closed.
    expect(github.issues.find((i) => i.number === 3)).toMatchObject({ state: 'open', body: `${expiryIssueMarker(KEY)}\ncopied by hand` })
    expect(github.calls.filter((c) => c.path === '/repos/acme/shop/issues/3')).toEqual([])
  })
})

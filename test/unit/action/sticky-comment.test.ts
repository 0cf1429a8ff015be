import { describe, expect, it } from 'vitest'
import { commentMarker, defuseMentions, planComment, upsertStickyComment } from '../../../src/action/sticky-comment.js'
import { COMMENT_LIMIT_BYTES } from '../../../src/report/fit.js'
import { useFakeGitHub } from '../../helpers/fake-github.js'
import { findings, originReport, passingReport, sampleReport } from '../report/fixtures.js'

const KEY = '.github/origin-preflight.yml'
const link = { url: 'https://github.example/acme/shop/actions/runs/42', sha: '0123456789abcdef' }

describe('planComment', () => {
  const marker = commentMarker(KEY)

  it('posts the report while the gate fails, behind the hidden marker, linking the run', () => {
    const plan = planComment(sampleReport(), marker, undefined, link)
    expect(plan.action).toBe('create')
    const body = (plan as { body: string }).body
    expect(body.startsWith('<!-- origin-preflight:comment .github%2Forigin-preflight.yml -->\n## origin-preflight')).toBe(true)
    expect(body).toContain('### ✖ checkout-api')
    expect(body).toContain('[workflow run](https://github.example/acme/shop/actions/runs/42) at 0123456')
  })

  it('posts nothing on a pull request that never failed', () => {
    expect(planComment(passingReport(), marker, undefined, link)).toEqual({ action: 'none' })
  })

  it('collapses to one "all clear" line when the gate passes after a failure', () => {
    const plan = planComment(passingReport(), marker, `${marker}\n## origin-preflight\n…failing…`, link)
    expect(plan.action).toBe('update')
    const body = (plan as { body: string }).body
    expect(body.split('\n')).toHaveLength(1)
    expect(body).toBe(`${marker}✔ **origin-preflight: all clear**: 1 origin passed ([workflow run](${link.url}) at 0123456).`)
    expect(planComment(passingReport(), marker, body, link)).toEqual({ action: 'none' })
  })

  it('stays within GitHub’s comment limit, every failing origin named', () => {
    const origins = Array.from({ length: 400 }, (_, i) =>
      originReport({ name: `origin-${i}`, passed: false, findings: [{ ...findings.refused(`origin-${i}`), message: 'x'.repeat(2000) }] }),
    )
    const report = sampleReport({ origins, summary: { origins: 400, failed: 400, errors: 400, warnings: 0, notices: 0 } })
    const body = (planComment(report, marker, undefined, link) as { body: string }).body
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(COMMENT_LIMIT_BYTES)
    for (const origin of origins) expect(body).toContain(origin.name)
  })

  it('defuses mentions in text from the origin', () => {
    const hostile = { ...findings.refused('api'), message: 'served by @octocat' }
    const report = sampleReport({ origins: [originReport({ name: 'api', passed: false, findings: [hostile] })] })
    const body = (planComment(report, marker, undefined, link) as { body: string }).body
    expect(body).toContain('served by @&#8203;octocat')
    expect(defuseMentions('a@b.example and @team')).toBe('a@&#8203;b.example and @&#8203;team')
  })
})

describe('upsertStickyComment against the REST stand-in', () => {
  const fake = useFakeGitHub((github) => {
    github.comments.push({ id: 1, issue: 7, body: 'LGTM', user: { login: 'reviewer' } })
  })
  const BOT = 'github-actions[bot]'
  const repo = { owner: 'acme', repo: 'shop' }

  it('creates the comment once, then updates it in place, then collapses it', async () => {
    const github = fake.github()
    const client = fake.client()
    expect(await upsertStickyComment(client, repo, 7, sampleReport(), KEY, link, BOT)).toMatchObject({ action: 'created' })
    expect(await upsertStickyComment(client, repo, 7, sampleReport(), KEY, { ...link, sha: 'fedcba9876' }, BOT)).toMatchObject({
      action: 'updated',
    })
    const ours = () => github.comments.filter((c) => c.body.includes(commentMarker(KEY)))
    expect(ours()).toHaveLength(1)
    expect(ours()[0]!.body).toContain('at fedcba9')
    await upsertStickyComment(client, repo, 7, passingReport(), KEY, link, BOT)
    expect(ours()).toHaveLength(1)
    expect(ours()[0]!.body).toContain('all clear')
    expect(github.comments.find((c) => c.id === 1)!.body).toBe('LGTM')
    expect(github.calls.filter((c) => c.method === 'POST')).toHaveLength(1)
  })

  it('keeps two configs apart and removes duplicates of its own left by racing runs', async () => {
    const github = fake.github()
    const client = fake.client()
    const marker = commentMarker(KEY)
    github.comments.push(
      { id: 2, issue: 7, body: `${marker}\nold`, user: { login: BOT } },
      { id: 3, issue: 7, body: `${marker}\nolder`, user: { login: BOT } },
    )
    const result = await upsertStickyComment(client, repo, 7, sampleReport(), KEY, link, BOT)
    expect(result).toEqual({ action: 'updated', id: 2, removed: 1 })
    await upsertStickyComment(client, repo, 7, sampleReport(), 'ops/other.yml', link, BOT)
    expect(github.comments.map((c) => c.id)).toEqual([1, 2, expect.any(Number)])
  })

  it('never edits nor deletes a comment someone else wrote, even one carrying the marker', async () => {
    const github = fake.github()
    const client = fake.client()
    const marker = commentMarker(KEY)
    const quoted = `> ${marker}\n> the gate said this; I disagree`
    github.comments.push(
      { id: 4, issue: 7, body: quoted, user: { login: 'mallory' } },
      { id: 5, issue: 7, body: `${marker}\nby a personal token`, user: { login: 'octo-ops' } },
    )
    expect(await upsertStickyComment(client, repo, 7, sampleReport(), KEY, link, BOT)).toMatchObject({ action: 'created', removed: 0 })
    expect(github.comments.find((c) => c.id === 4)!.body).toBe(quoted)
    expect(github.comments.find((c) => c.id === 5)!.body).toBe(`${marker}\nby a personal token`)
    expect(github.calls.filter((c) => c.method === 'PATCH' || c.method === 'DELETE')).toEqual([])
    // The same stand-in, seen from the personal token: now comment 5 is ours to update.
    expect(await upsertStickyComment(client, repo, 7, sampleReport(), KEY, link, 'octo-ops')).toEqual({
      action: 'updated',
      id: 5,
      removed: 0,
    })
  })
})

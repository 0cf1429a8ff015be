import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../../src/config/load.js'
import { runPreflight } from '../../src/engine/run.js'
import { startLab, type Lab } from '../../src/lab/lab.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import { renderDnsPath } from '../../src/report/pictures/dns-path.js'
import { renderExpiryGantt } from '../../src/report/pictures/expiry-gantt.js'
import { renderTlsOffer } from '../../src/report/pictures/tls-offer.js'
import type { Report } from '../../src/engine/report.js'

/** The pictures drawn from what the engine observed on the lab's planted faults. */
describe('pictures of the lab’s faults', () => {
  let lab: Lab
  let report: Report
  const origin = (name: string) => report.origins.find((o) => o.name === name)!

  beforeAll(async () => {
    lab = await startLab()
    report = await runPreflight(loadConfig(lab.configPath, {}), {
      origins: ['lame-delegation', 'all-ns-dead', 'tls10-only', 'expired', 'expires-soon', 'healthy'],
    })
  })
  afterAll(() => lab.close())

  it('marks the lame server on the delegation path, and only it', () => {
    const lines = renderDnsPath(origin('lame-delegation'))!.split('\n')
    const failing = lines.filter((line) => line.endsWith(':::fail'))
    expect(failing).toHaveLength(1)
    expect(failing[0]).toMatch(/#10006; DNS_LAME_DELEGATION"\]:::fail$/)
    expect(lines[lines.length - 2]).toBe('  n0 --> end0')
  })

  it('ends a walk whose servers are all dead in a failure', () => {
    const drawn = renderDnsPath(origin('all-ns-dead'))!
    expect(drawn.split('\n').filter((line) => line.includes('DNS_NS_UNREACHABLE') && line.endsWith(':::fail')).length).toBeGreaterThan(0)
    expect(drawn).toMatch(/end0\["unresolved [^"]*"\]:::fail/)
  })

  it('shows TLS 1.2 refused by an origin that speaks only TLS 1.0', () => {
    const drawn = renderTlsOffer(origin('tls10-only'))!
    expect(drawn).toMatch(/t0o0\["TLSv1\.2 [^"]+"\]:::fail/)
    expect(drawn).toContain('t0also["also speaks TLSv1"]')
    expect(renderTlsOffer(origin('healthy'))).toBeUndefined()
  })

  it('draws the sweep’s calendar with the lab’s expired and expiring certificates', () => {
    const gantt = renderExpiryGantt(report)!
    expect(gantt).toMatch(/\n {2}expired \d{4}-\d{2}-\d{2} :crit, c0, /)
    expect(gantt).toMatch(/\n {2}expires-soon \d{4}-\d{2}-\d{2} :crit, c1, /)
    expect(gantt).toContain(':crit, milestone, f7, ')
    expect(renderMarkdown(report, { expiryCalendar: true })).toContain(gantt)
  })
})

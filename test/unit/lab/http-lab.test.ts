/** The lab's HTTP origins through the whole engine: each planted fault with exactly its code and evidence, within the read timeout. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../../../src/config/load.js'
import { runPreflight } from '../../../src/engine/run.js'
import { HTTP_SCENARIOS } from '../../../src/lab/http-scenarios.js'
import { startLab, type Lab } from '../../../src/lab/lab.js'
import { judgeLab } from '../../../src/lab/scenario-outcome.js'
import type { Finding } from '../../../src/findings/finding.js'
import type { Report } from '../../../src/engine/report.js'

/** The lab config's timeouts: a run must not last longer than the worst of them, their sum. */
const CONNECT_MS = 2000
const READ_MS = 3000

let lab: Lab
let report: Report

beforeAll(async () => {
  lab = await startLab(HTTP_SCENARIOS)
  report = await runPreflight(loadConfig(lab.configPath, {}))
})
afterAll(() => lab?.close())

function findingsOf(name: string): Finding[] {
  const origin = report.origins.find((o) => o.name === name)
  if (!origin) throw new Error(`no origin ${name}`)
  return origin.findings
}

describe("the lab's HTTP origins", () => {
  it('are each caught with exactly their codes; healthy ones stay clean', () => {
    const verdicts = judgeLab(report, HTTP_SCENARIOS)
    expect(verdicts.filter((v) => !v.caught)).toEqual([])
    expect(verdicts.filter((v) => v.expected.length === 0).map((v) => v.scenario)).toEqual([
      'http-healthy',
      'https-healthy-chunked',
      'http-head-healthy',
    ])
  })

  it('take no longer than the worst timeout, though long waits run in most origins', () => {
    expect(report.durationMs).toBeLessThan(CONNECT_MS + READ_MS)
    for (const origin of report.origins) expect(origin.durationMs, origin.name).toBeLessThan(READ_MS + 500)
  })

  it('the slow drip costs no more than the read timeout, and says what arrived', () => {
    const origin = report.origins.find((o) => o.name === 'http-slow-drip')!
    expect(origin.durationMs).toBeLessThan(READ_MS + 500)
    expect(origin.durationMs).toBeGreaterThanOrEqual(READ_MS)
    expect(origin.findings[0]?.details).toMatchObject({ stage: 'response', bytes: expect.stringMatching(/^HTTP?$/) })
    expect(origin.findings[0]?.message).toMatch(
      /: only [1-3] bytes? arrived within the read timeout of 3000 ms, and the header block had not ended\.$/,
    )
  })

  it.each([
    ['http-bad-status-line', 'HTTP/1.1 OK\\r\\n'],
    ['http-obs-fold', 'X-Trace: a\\r\\n b\\r\\n'],
    ['https-extra-crlf', 'X-Request-Id: 42\\r\\n\\r\\nContent-Type: text/plain\\r\\nContent-Length: 3\\r\\n\\r\\n'],
    ['http-content-length-invalid', 'Content-Length: 3abc\\r\\n'],
    ['http-content-length-conflict', 'Content-Length: 3\\r\\nContent-Length: 4\\r\\n'],
    ['http-body-exceeds', 'EXTRA'],
    ['http-no-framing', 'ok\\n'],
    ['http-cl-and-te', 'Content-Length: 3\\r\\nTransfer-Encoding: chunked\\r\\n'],
    ['http-bad-chunking', 'zz\\r\\n'],
  ])('%s carries the offending bytes, escaped', (name, bytes) => {
    const [finding] = findingsOf(name)
    expect(finding?.details['bytes']).toBe(bytes)
  })

  it('the 32 KiB header block, the redirect and both keep-alive faults carry their evidence', () => {
    const tooLarge = findingsOf('http-headers-over-32k')[0]
    expect(tooLarge?.details).toMatchObject({ defect: 'header-block-too-large', problem: 'header-block-too-large', limit: 32768 })
    expect(tooLarge?.message).toMatch(
      / to GET \/healthz is malformed: the header block is over 32768 bytes \("HTTP\/1\.1 200 OK\\r\\nSet-Cookie: s=x+"\)\.$/,
    )
    expect(findingsOf('https-extra-crlf')[0]?.name).toBe('https-extra-crlf.http.lab.origin-preflight.test')
    const redirect = findingsOf('http-redirect-elsewhere')[0]
    expect(redirect?.details).toMatchObject({
      status: 301,
      redirectOutcome: 'followed',
      redirect: { location: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/landing$/), followed: { status: 200 } },
    })
    expect(redirect?.message).toMatch(
      new RegExp(
        /answered 301 to GET \/healthz; expected 200; it redirects to another host, /.source +
          /127\.0\.0\.1:\d+ \(http:\/\/127\.0\.0\.1:\d+\/landing answers 200\)\.$/.source,
      ),
    )
    const nodeAlb = findingsOf('http-keepalive-node-alb')[0]
    expect(nodeAlb?.details).toMatchObject({
      closedAfterMs: 5000,
      edgeMs: 60_000,
      source: 'announced',
      announcedTimeoutS: 5,
      edgeWindowFrom: 'default',
      edge: 'alb',
    })
    expect(nodeAlb?.message).toMatch(
      new RegExp(
        /closes idle connections after 5000 ms \(announced as Keep-Alive: timeout=5\); /.source +
          /the edge reuses them for up to 60000 ms \(alb default\)\.$/.source,
      ),
    )
    const early = findingsOf('http-keepalive-closes-early')[0]?.details
    expect(early).toMatchObject({ edgeMs: 5000, source: 'observed' })
    expect(early?.['closedAfterMs']).toBeGreaterThanOrEqual(900)
    expect(early?.['closedAfterMs']).toBeLessThan(1500)
  })

  it('a reset after a status line and some headers is HTTP_CONNECTION_RESET, with what had arrived', () => {
    const [finding, ...rest] = findingsOf('http-reset-mid-response')
    expect(rest).toEqual([])
    expect(finding).toMatchObject({ code: 'HTTP_CONNECTION_RESET', severity: 'error' })
    expect(finding?.details).toMatchObject({
      problem: 'ended-in-head',
      end: 'reset',
      bytesReceived: 54,
      bytes: 'HTTP/1.1 200 OK\\r\\nContent-Type: text/plain\\r\\nContent-Len',
    })
    expect(finding?.message).toMatch(
      new RegExp(
        /^127\.0\.0\.1:\d+ reset the connection \(TCP RST\) in the middle of its response to GET \/healthz: /.source +
          /after 54 bytes, before the header block ended\.$/.source,
      ),
    )
  })

  it('an endless chunked body is a notice that says what went unchecked, well within the read timeout', () => {
    const origin = report.origins.find((o) => o.name === 'http-endless-chunked')!
    expect(origin.findings.map((f) => [f.code, f.severity])).toEqual([['HTTP_BODY_UNREAD', 'notice']])
    expect(origin.findings[0]?.details).toMatchObject({
      defect: 'body-unread',
      problem: 'body-over-byte-budget',
      framing: 'chunked',
      limit: 1024 * 1024,
    })
    expect(origin.findings[0]?.details['bodyBytes']).toBeGreaterThan(1024 * 1024 - 0x4000)
    expect(origin.findings[0]?.message).toMatch(
      new RegExp(
        /^127\.0\.0\.1:\d+ was still sending the chunked body for GET \/healthz /.source +
          /when the reading stopped at its bound of 1048576 bytes: \d+ body bytes read; /.source +
          /whether the body ends, and ends where announced, went unchecked\.$/.source,
      ),
    )
    expect(origin.durationMs).toBeLessThan(READ_MS)
  })
})

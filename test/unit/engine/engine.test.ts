import { createServer } from 'node:net'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadConfig, parseConfig } from '../../../src/config/load.js'
import type { Config } from '../../../src/config/types.js'
import { runPreflight } from '../../../src/engine/run.js'
import { UsageError } from '../../../src/errors.js'
import { startLab, type Lab } from '../../../src/lab/lab.js'
import type { OriginReport, Report } from '../../../src/engine/report.js'
import { LOOPBACK, createAuthority, listenOnLoopback, startTap, startTlsServer, type Listening, type TestAuthority } from './servers.js'

const PLACEHOLDER = /\{[A-Za-z]+\}/
function countBy(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1
  return counts
}

let ca: TestAuthority
const running: Listening[] = []

beforeAll(() => {
  ca = createAuthority()
})

afterAll(async () => {
  await Promise.all(running.map((r) => r.close()))
  ca?.cleanup()
})

async function track<T extends Listening>(listening: Promise<T>): Promise<T> {
  const started = await listening
  running.push(started)
  return started
}

interface OriginSpec {
  name: string
  domain: string
  port?: number
  /** Further `key: value` lines of the origin, unindented. */
  extra?: string[]
}

/** A config (as text, through the real parser) pinning every origin to loopback and trusting the test root. */
function configOf(origins: OriginSpec[], defaults: string[] = []): Config {
  const lines = [
    'version: 1',
    'defaults:',
    '  timeouts: { connect-ms: 2000, read-ms: 3000 }',
    // Made-up names pinned to loopback: no DNS to walk (the lab and dns-walk.test.ts cover DNS).
    '  checks: { skip: [dns] }',
    ...defaults.map((line) => `  ${line}`),
    'overrides:',
    '  trust-roots: [root.pem]',
    'origins:',
  ]
  for (const origin of origins) {
    lines.push(`  - name: ${origin.name}`, `    domain: ${origin.domain}`, `    addresses: [${LOOPBACK}]`)
    if (origin.port !== undefined) lines.push(`    https-port: ${origin.port}`)
    lines.push(...(origin.extra ?? []).map((line) => `    ${line}`))
  }
  return parseConfig(`${lines.join('\n')}\n`, join(ca.dir, 'origin-preflight.yml'))
}

function originNamed(report: Report, name: string): OriginReport {
  const origin = report.origins.find((o) => o.name === name)
  if (!origin) throw new Error(`no origin ${name} in the report (have ${report.origins.map((o) => o.name).join(', ')})`)
  return origin
}

const codesOf = (origin: OriginReport) => origin.findings.map((f) => f.code)

describe('runPreflight shares probes between origins', () => {
  it('connects once per distinct TCP target and once per distinct hello', async () => {
    const leaf = ca.leaf(['shared.lab.test'])
    const tls = await track(startTlsServer(leaf, [ca.intermediate]))
    const tap = await track(startTap(tls.port))
    const config = configOf([
      { name: 'shared-a', domain: 'shared.lab.test', port: tap.port },
      { name: 'shared-b', domain: 'shared.lab.test', port: tap.port },
      { name: 'other-name', domain: 'other.lab.test', port: tap.port },
    ])

    const report = await runPreflight(config)

    // One bare connect, one scan per SNI name (the edge's hello and the enumeration) and one hello
    // without SNI: not one set per origin. The bare connect's connection carries the first hello.
    const perName = originNamed(report, 'shared-a').tls?.[0]?.probes ?? 0
    expect(perName).toBeGreaterThan(1)
    expect(originNamed(report, 'other-name').tls?.[0]?.probes).toBe(perName)
    await expect.poll(() => tap.seen().length).toBe(1 + 2 * perName)
    const seen = tap.seen()
    expect(seen.filter((c) => c.kind === 'silent')).toHaveLength(0)
    const hellos = seen.flatMap((c) => (c.kind === 'hello' ? [c.sni ?? '(none)'] : []))
    expect(countBy(hellos)).toEqual({ '(none)': 1, 'other.lab.test': perName, 'shared.lab.test': perName })
    expect(tls.counters.connections).toBe(1 + 2 * perName)
    expect(countBy(tls.counters.sniNames)).toEqual({ 'other.lab.test': perName, 'shared.lab.test': perName })
    expect(tls.counters.secure).toBe(0)

    // Sharing the probes does not blur whose finding is whose.
    expect(codesOf(originNamed(report, 'shared-a'))).toEqual([])
    expect(codesOf(originNamed(report, 'shared-b'))).toEqual([])
    expect(originNamed(report, 'other-name').findings).toMatchObject([
      {
        code: 'CERT_NAME_MISMATCH',
        origin: 'other-name',
        name: 'other.lab.test',
        port: tap.port,
        details: { requiredNames: ['other.lab.test'] },
      },
    ])
  })

  it('probes again in a new run: the cache lives for one run only', async () => {
    const leaf = ca.leaf(['again.lab.test'])
    const tls = await track(startTlsServer(leaf, [ca.intermediate]))
    const tap = await track(startTap(tls.port))
    const config = configOf([{ name: 'again', domain: 'again.lab.test', port: tap.port }])

    const perName = (await runPreflight(config)).origins[0]?.tls?.[0]?.probes ?? 0
    await expect.poll(() => tap.seen().length).toBe(1 + perName)
    await runPreflight(config)
    await expect.poll(() => tap.seen().length).toBe(2 * (1 + perName))
  })
})

describe('runPreflight with only some check families', () => {
  it('with only ports, connects without a ClientHello and reports no certificate problem', async () => {
    const selfSigned = ca.leaf(['only.lab.test'], { issuer: undefined })
    const tls = await track(startTlsServer(selfSigned, []))
    const tap = await track(startTap(tls.port))
    const config = configOf([{ name: 'only-ports', domain: 'only.lab.test', port: tap.port }])

    const report = await runPreflight(config, { only: ['ports'] })

    await expect.poll(() => tap.seen().length).toBe(1)
    expect(tap.seen()).toEqual([{ kind: 'silent' }])
    expect(tls.counters.connections).toBe(0)
    expect(tls.counters.sniNames).toEqual([])
    const origin = originNamed(report, 'only-ports')
    expect(origin.checks).toEqual(['ports'])
    expect(origin.findings).toEqual([])
    expect(origin.certificate).toBeUndefined()
    expect(origin.passed).toBe(true)

    // The same origin checked in full: the self-signed certificate is found.
    const full = await runPreflight(config)
    expect(codesOf(originNamed(full, 'only-ports'))).toEqual(['CERT_SELF_SIGNED'])
    expect(tap.seen().filter((c) => c.kind === 'hello').length).toBeGreaterThan(0)
  })

  it('honours checks.skip on one origin and not on its neighbour', async () => {
    const selfSigned = ca.leaf(['skip.lab.test'], { issuer: undefined })
    const tls = await track(startTlsServer(selfSigned, []))
    const config = configOf([
      { name: 'skips-certificate', domain: 'skip.lab.test', port: tls.port, extra: ['checks: { skip: [dns, certificate] }'] },
      { name: 'checks-certificate', domain: 'skip.lab.test', port: tls.port },
    ])

    const report = await runPreflight(config)

    const skipping = originNamed(report, 'skips-certificate')
    expect(skipping.checks).not.toContain('certificate')
    expect(skipping.checks).toEqual(expect.arrayContaining(['ports', 'tls']))
    expect(skipping.findings).toEqual([])
    expect(skipping.certificate).toBeUndefined()
    expect(skipping.passed).toBe(true)

    const checking = originNamed(report, 'checks-certificate')
    expect(checking.checks).toContain('certificate')
    expect(checking.findings).toMatchObject([
      { code: 'CERT_SELF_SIGNED', severity: 'error', details: { subject: 'CN=skip.lab.test, O=Engine Lab' } },
    ])
    expect(checking.certificate?.subject).toBe('CN=skip.lab.test, O=Engine Lab')
    expect(checking.passed).toBe(false)
  })
})

describe('runPreflight origin selection', () => {
  // DNS only, with fixed addresses: nothing is probed, so selection is all that is tested.
  const six = () => configOf([1, 2, 3, 4, 5, 6].map((n) => ({ name: `o${n}`, domain: `o${n}.lab.test` })))

  it('runs each origin in the shard its name hashes to: two shards together run every origin once', async () => {
    const first = await runPreflight(six(), { only: ['dns'], shard: { index: 1, count: 2 } })
    const second = await runPreflight(six(), { only: ['dns'], shard: { index: 2, count: 2 } })

    expect(first.origins.map((o) => o.name)).toEqual(['o4', 'o6'])
    expect(second.origins.map((o) => o.name)).toEqual(['o1', 'o2', 'o3', 'o5'])
    expect(first.summary.origins).toBe(2)
    expect(first.shard).toEqual({ index: 1, count: 2 })
  })

  it('shards what --origin selected', async () => {
    const report = await runPreflight(six(), { only: ['dns'], origins: ['o2', 'o3', 'o6'], shard: { index: 1, count: 2 } })

    expect(report.origins.map((o) => o.name)).toEqual(['o6'])
  })

  it('refuses an origin name the config does not have, naming it and the known ones', async () => {
    const run = runPreflight(six(), { origins: ['o2', 'o7'] })

    await expect(run).rejects.toBeInstanceOf(UsageError)
    await expect(run).rejects.toMatchObject({ code: 'OP_ERR_USAGE', message: expect.stringContaining('no origin named o7') })
    await expect(run).rejects.toThrow(/known: o1, o2, o3, o4, o5, o6/)
  })
})

describe('runPreflight verdicts', () => {
  let weakPort: number
  let expiredPort: number

  beforeAll(async () => {
    const sha1Leaf = ca.leaf(['weak.lab.test'], { signatureHash: 'sha1' })
    weakPort = (await track(startTlsServer(sha1Leaf, [ca.intermediate]))).port
    const expiredLeaf = ca.leaf(['expired.lab.test'], { validDays: [-90, -2] })
    expiredPort = (await track(startTlsServer(expiredLeaf, [ca.intermediate]))).port
  })

  it('fails an origin with only a weak-signature warning at fail-on warning, passes it at fail-on error', async () => {
    const config = configOf([
      { name: 'weak-strict', domain: 'weak.lab.test', port: weakPort, extra: ['fail-on: warning'] },
      { name: 'weak-lenient', domain: 'weak.lab.test', port: weakPort, extra: ['fail-on: error'] },
    ])

    const report = await runPreflight(config)

    for (const name of ['weak-strict', 'weak-lenient']) {
      expect(originNamed(report, name).findings).toMatchObject([
        {
          code: 'CERT_SIGNATURE_WEAK',
          severity: 'warning',
          details: { position: 'leaf', algorithm: expect.stringMatching(/sha-?1/i), subject: 'CN=weak.lab.test, O=Engine Lab' },
        },
      ])
    }
    expect(originNamed(report, 'weak-strict').passed).toBe(false)
    expect(originNamed(report, 'weak-lenient').passed).toBe(true)
    expect(report.passed).toBe(false)
    expect(report.summary).toMatchObject({ origins: 2, failed: 1, errors: 0, warnings: 2 })
  })

  it("lets the run-wide fail-on override each origin's own", async () => {
    const config = configOf([{ name: 'weak-lenient', domain: 'weak.lab.test', port: weakPort, extra: ['fail-on: error'] }])

    const report = await runPreflight(config, { failOn: 'warning' })

    expect(report.failOn).toBe('warning')
    expect(originNamed(report, 'weak-lenient').passed).toBe(false)
  })

  it('reports an expired certificate behind an ALB as a warning that does not fail the origin', async () => {
    const config = configOf([
      { name: 'expired-alb', domain: 'expired.lab.test', port: expiredPort, extra: ['edge: alb'] },
      { name: 'expired-cloudfront', domain: 'expired.lab.test', port: expiredPort, extra: ['edge: cloudfront'] },
    ])

    const report = await runPreflight(config)

    const alb = originNamed(report, 'expired-alb')
    expect(alb.findings).toMatchObject([
      {
        code: 'CERT_EXPIRED',
        severity: 'warning',
        details: { position: 'leaf', subject: 'CN=expired.lab.test, O=Engine Lab', edgeValidatesCertificates: false },
      },
    ])
    expect(alb.passed).toBe(true)
    expect(alb.edge).toBe('alb')

    const cloudfront = originNamed(report, 'expired-cloudfront')
    expect(cloudfront.findings).toHaveLength(1)
    expect(cloudfront.findings[0]).toMatchObject({ code: 'CERT_EXPIRED', severity: 'error' })
    expect(cloudfront.findings[0]?.details).not.toHaveProperty('edgeValidatesCertificates')
    expect(cloudfront.passed).toBe(false)
  })
})

describe('runPreflight against a server that accepts and never answers', () => {
  it('gives up at the read deadline and reports a handshake timeout', async () => {
    const silent = await track(listenOnLoopback(createServer((socket) => socket.on('error', () => undefined))))
    const config = configOf([
      { name: 'silent', domain: 'silent.lab.test', port: silent.port, extra: ['timeouts: { connect-ms: 1000, read-ms: 500 }'] },
    ])

    const started = performance.now()
    const report = await runPreflight(config)
    const elapsed = performance.now() - started

    expect(elapsed).toBeLessThan(3_000)
    const origin = originNamed(report, 'silent')
    expect(origin.findings).toMatchObject([
      {
        code: 'TLS_HANDSHAKE_FAILED',
        severity: 'error',
        address: LOOPBACK,
        port: silent.port,
        name: 'silent.lab.test',
        details: { kind: 'timeout', offered: 'TLSv1.2', error: expect.stringContaining('500 ms') },
      },
    ])
    expect(origin.findings[0]?.details['ms']).toBeGreaterThanOrEqual(450)
    expect(origin.passed).toBe(false)
  })
})

describe('runPreflight over the lab', () => {
  let lab: Lab
  let report: Report

  beforeAll(async () => {
    lab = await startLab()
    report = await runPreflight(loadConfig(lab.configPath))
  })

  afterAll(async () => {
    await lab?.close()
  })

  it("fills every placeholder of every finding's message and remedy, the edge functions' too", () => {
    const findings = [...report.origins, ...(report.functions ?? [])].flatMap((o) => o.findings)
    expect(report.functions?.some((f) => f.findings.length > 0)).toBe(true)
    expect(findings.length).toBeGreaterThan(0)
    const unfilled = findings
      .filter((f) => PLACEHOLDER.test(f.message) || PLACEHOLDER.test(f.remedy))
      .map((f) => `${f.origin} ${f.code}: ${f.message} / ${f.remedy}`)
    expect(unfilled).toEqual([])
  })

  it('reports at least the codes the lab plants', () => {
    const planted = new Set(lab.scenarios.flatMap((s) => s.expect.map((e) => e.code)))
    const found = new Set(report.origins.flatMap((o) => o.findings.map((f) => f.code)))
    expect([...planted].filter((code) => !found.has(code))).toEqual([])
  })
})

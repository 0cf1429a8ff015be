import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { loadConfig } from '../../../src/config/load.js'
import { runPreflight } from '../../../src/engine/run.js'
import { DNS_SCENARIOS } from '../../../src/lab/dns-scenarios.js'
import { startLab, type Lab } from '../../../src/lab/lab.js'
import { judgeLab } from '../../../src/lab/scenario-outcome.js'
import type { Report } from '../../../src/engine/report.js'

/** The lab's DNS scenarios alone: found through the lab's own root, each fault named down to its server. */
describe("the lab's planted DNS faults", () => {
  let lab: Lab
  let report: Report
  let ms: number

  beforeAll(async () => {
    lab = await startLab(DNS_SCENARIOS)
    const started = performance.now()
    report = await runPreflight(loadConfig(lab.configPath))
    ms = performance.now() - started
  })
  afterAll(() => lab?.close())

  it("resolves those origins through the lab's DNS, not through pinned addresses", () => {
    const config = readFileSync(lab.configPath, 'utf8')
    expect(config).not.toContain('addresses:')
    expect(config).toContain(`dns-roots: [127.0.53.1]\n  dns-port: ${lab.dns.port}\n  dns-timeout-ms: 250`)
  })

  it('catches each with exactly its codes, in seconds', () => {
    expect(judgeLab(report, lab.scenarios).filter((v) => !v.caught)).toEqual([])
    expect(ms).toBeLessThan(5_000)
  })

  it('names the zone, the server and its address, and the question, wherever one server is at fault', () => {
    const perServer = ['DNS_NS_UNREACHABLE', 'DNS_LAME_DELEGATION', 'DNS_SERVFAIL', 'DNS_TCP_UNSUPPORTED']
    const findings = report.origins.flatMap((o) => o.findings.filter((f) => perServer.includes(f.code)))
    expect(findings.length).toBeGreaterThanOrEqual(7)
    for (const f of findings) {
      expect(f.details, f.code).toMatchObject({
        zone: expect.stringMatching(/\.lab\.origin-preflight\.test$/),
        server: expect.stringMatching(/^ns\d\./),
        query: expect.stringMatching(/ SOA$/),
      })
      expect(f.address, f.code).toBe(f.details['address'])
      expect(f.port).toBe(lab.dns.port)
      expect(f.message).toContain(String(f.details['server']))
    }
  })

  it('says which server is lame and why', () => {
    const lame = report.origins.find((o) => o.name === 'lame-delegation')!.findings[0]!
    expect(lame.details).toMatchObject({
      server: 'ns1.lab.origin-preflight.test',
      lame: 'referral',
      answeredFor: 'lame-delegation.lab.origin-preflight.test',
    })
    const wrongSoa = report.origins.find((o) => o.name === 'wrong-soa')!.findings
    expect(wrongSoa.map((f) => [f.details['lame'], f.details['rcode'], f.details['answeredFor']])).toEqual([
      ['other-soa', 'NXDOMAIN', 'lab.origin-preflight.test'],
      ['other-soa', 'NXDOMAIN', 'lab.origin-preflight.test'],
    ])
  })

  it('reports zone-wide faults with the evidence of each server', () => {
    const by = (name: string) => report.origins.find((o) => o.name === name)!.findings[0]!
    expect(by('ns-mismatch').details).toMatchObject({
      parentNs: ['ns1.ns-mismatch.lab.origin-preflight.test', 'ns2.ns-mismatch.lab.origin-preflight.test'],
      childNs: ['ns1.ns-mismatch.lab.origin-preflight.test'],
    })
    expect(by('missing-glue').details).toMatchObject({
      server: 'ns2.missing-glue.lab.origin-preflight.test',
      parent: 'lab.origin-preflight.test',
      foundAddresses: ['127.0.53.20'],
    })
    expect(by('dangling-cname').details).toMatchObject({
      query: 'dangling-cname.lab.origin-preflight.test',
      target: 'gone.dns-healthy.lab.origin-preflight.test',
      zone: 'dns-healthy.lab.origin-preflight.test',
    })
    expect(by('cname-loop').details).toMatchObject({
      chain: ['cname-loop.lab.origin-preflight.test', 'loop-back.lab.origin-preflight.test', 'cname-loop.lab.origin-preflight.test'],
    })
  })

  it("sends the healthy ones' addresses on to the port and TLS checks", () => {
    for (const name of ['dns-healthy', 'cname-across-zones', 'one-ns-dead', 'no-tcp']) {
      const origin = report.origins.find((o) => o.name === name)!
      expect(origin.addresses, name).toEqual(['127.0.0.1'])
      expect(origin.certificate?.names, name).toEqual([origin.domain])
    }
  })
})

/**
 * The lab's DNS served by Knot DNS (one knotd per name server address) must give the findings the
 * in-process name servers give; and `drill -T` (ldnsutils), tracing from the same private root, must end
 * where the walk ends, for every name it can trace (it cannot resolve out-of-zone name server names).
 */
import { execFile } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../../src/config/load.js'
import { runPreflight } from '../../src/engine/run.js'
import { findBinary, startKnotLab, type RunningKnot } from '../helpers/knot.js'
import { LAB_DNS_TIMEOUT_MS, labConfig, labDnsServers, startLab, type Lab } from '../../src/lab/lab.js'
import { judgeLab } from '../../src/lab/scenario-outcome.js'
import type { Report } from '../../src/engine/report.js'

const KNOTD = findBinary('knotd')
const DRILL = findBinary('drill')
const missing = [KNOTD ? '' : 'knotd (Debian package knot)', DRILL ? '' : 'drill (Debian package ldnsutils)'].filter(Boolean)
if (missing.length && process.env['CI']) throw new Error(`CI needs ${missing.join(' and ')}: .ci/run installs them`)
const TITLE = KNOTD ? 'the lab served by Knot DNS' : 'the lab served by Knot DNS: skipped, knotd is not installed'

/** What a finding says, less the DNS port (the two labs listen on different ones). */
function findingsOf(report: Report): string[] {
  return report.origins
    .flatMap((o) =>
      o.findings.map((f) => JSON.stringify([o.name, f.code, f.severity, f.address ?? null, f.message.replace(/:\d+\b/g, ''), f.details])),
    )
    .sort()
}

describe.skipIf(!KNOTD)(TITLE, () => {
  let lab: Lab
  let knot: RunningKnot
  let inProcess: Report
  let served: Report

  beforeAll(async () => {
    lab = await startLab()
    knot = await startKnotLab(labDnsServers(lab.origins))
    // One run after the other, with room in the deadlines: ~30 knotd and the rest of the suite share the CPUs.
    const timeoutMs = LAB_DNS_TIMEOUT_MS * 4
    const inProcessConfig = join(lab.dir, 'in-process.yml')
    writeFileSync(inProcessConfig, labConfig(lab.origins, { ...lab.dns, timeoutMs }))
    const knotConfig = join(lab.dir, 'knot.yml')
    writeFileSync(knotConfig, labConfig(lab.origins, { roots: knot.roots, port: knot.port, timeoutMs }))
    inProcess = await runPreflight(loadConfig(inProcessConfig))
    served = await runPreflight(loadConfig(knotConfig))
  })

  afterAll(async () => {
    await knot?.close()
    await lab?.close()
  })

  /** Knot serves zones as they are; faults only the in-process servers play (a rewritten rcode) are left out. */
  const playable = (name: string) => !lab.scenarios.find((s) => s.name === name)?.dns?.servers?.some((server) => server.behaviour?.rewrite)
  const comparable = (r: Report): Report => ({ ...r, origins: r.origins.filter((o) => playable(o.name)) })

  it('catches every planted fault, and only those', () => {
    const missed = judgeLab(
      served,
      lab.scenarios.filter((s) => playable(s.name)),
    ).filter((v) => !v.caught)
    expect(missed).toEqual([])
  })

  it('gives the same findings as the in-process name servers, server by server', () => {
    const dns = (r: Report) => findingsOf(r).filter((f) => f.includes('"DNS_'))
    expect(dns(served).length).toBeGreaterThanOrEqual(15)
    expect(dns(comparable(served))).toEqual(dns(comparable(inProcess)))
    const codes = (r: Report) =>
      r.origins.map((o) => `${o.name}: ${o.findings.map((f) => `${f.code}/${f.severity}@${f.address ?? ''}`).join(' ')}`)
    expect(codes(comparable(served))).toEqual(codes(comparable(inProcess)))
  })

  it('walks the same zones to the same outcome for every origin', () => {
    for (const origin of comparable(served).origins) {
      const twin = inProcess.origins.find((o) => o.name === origin.name)!
      expect(origin.dns?.outcome, origin.name).toEqual(twin.dns?.outcome)
      expect(
        origin.dns?.zones.map((z) => [z.zone, z.servers.map((s) => `${s.server} ${s.address} ${s.status}`)]),
        origin.name,
      ).toEqual(twin.dns?.zones.map((z) => [z.zone, z.servers.map((s) => `${s.server} ${s.address} ${s.status}`)]))
    }
  })

  it('counts the queries Knot received', async () => {
    expect(await knot.queriesReceived()).toBeGreaterThan(100)
  })

  describe.skipIf(!DRILL)('drill -T from the same root', () => {
    // Names whose delegations all carry glue and whose servers all answer: what drill can trace.
    const TRACEABLE = [
      'healthy',
      'expired',
      'one-bad-address',
      'wildcard-too-deep',
      'serial-mismatch',
      'ns-mismatch',
      'no-tcp',
      'inconsistent-answers',
      'nxdomain',
      'no-address',
      'cname-loop',
    ]

    it.each(['in-process', 'Knot'])('ends where the walk ends, on the %s name servers', async (which) => {
      const port = which === 'Knot' ? knot.port : lab.dns.port
      const report = which === 'Knot' ? served : inProcess
      const hints = join(lab.dir, 'root.hints')
      writeFileSync(hints, '. 3600 IN NS a.root-servers.lab.\na.root-servers.lab. 3600 IN A 127.0.53.1\n')
      for (const name of TRACEABLE) {
        const origin = report.origins.find((o) => o.name === name)!
        const traced = await promisify(execFile)(DRILL!, ['-T', '-r', hints, '-p', String(port), origin.domain, 'A'], {
          timeout: 20_000,
        }).catch((error: { stdout?: string; stderr?: string }) => ({ stdout: error.stdout ?? '', stderr: error.stderr ?? '' }))
        if (origin.dns!.outcome.kind === 'cname-loop') {
          expect(traced.stderr, name).toMatch(/looping/)
          continue
        }
        const last = traced.stdout
          .trim()
          .split('\n')
          .map((line) => line.split(/\s+/))
        const addresses = last.filter((f) => f[0] === `${origin.domain}.` && f[3] === 'A').map((f) => f[4])
        const outcome = origin.dns!.outcome
        if (outcome.kind === 'addresses') expect(addresses.sort(), name).toEqual(outcome.addresses.filter((a) => !a.includes(':')).sort())
        else {
          expect(addresses, name).toEqual([])
          // No address, and the SOA of the zone the walk stopped in.
          expect(last.at(-1)?.slice(0, 4), name).toEqual([`${origin.dns!.chain.at(-1)!.zone}.`, '300', 'IN', 'SOA'])
        }
      }
    })
  })
})

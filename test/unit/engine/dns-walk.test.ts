import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { parseConfig } from '../../../src/config/load.js'
import type { Config } from '../../../src/config/types.js'
import { runPreflight } from '../../../src/engine/run.js'
import type { OriginReport, Report } from '../../../src/engine/report.js'
import { NS2, ROOT, a, closePlanted, plant } from '../probes/dns/hierarchy.js'
import { LOOPBACK, createAuthority, startTlsServer, type Listening, type TestAuthority } from './servers.js'

let ca: TestAuthority
let tls: Listening

beforeAll(async () => {
  ca = createAuthority()
  tls = await startTlsServer(ca.leaf(['app.walk.test', 'pinned.walk.test', 'only-v6.walk.test']), [ca.intermediate])
})
afterAll(async () => {
  await tls?.close()
  ca?.cleanup()
})
afterEach(closePlanted)

function configOf(port: number, origins: string[][]): Config {
  const lines = [
    'version: 1',
    'defaults:',
    `  https-port: ${tls.port}`,
    '  timeouts: { connect-ms: 2000, read-ms: 3000 }',
    'overrides:',
    '  trust-roots: [root.pem]',
    `  dns-roots: [${ROOT}]`,
    `  dns-port: ${port}`,
    '  dns-timeout-ms: 300',
    'origins:',
    ...origins.flatMap((origin) => origin.map((line, i) => `${i === 0 ? '  - ' : '    '}${line}`)),
  ]
  return parseConfig(`${lines.join('\n')}\n`, join(ca.dir, 'origin-preflight.yml'))
}

const named = (report: Report, name: string): OriginReport => report.origins.find((o) => o.name === name)!

describe('the walk feeds the engine', () => {
  it('connects to the addresses the walk found, and the JSON report carries the walk', async () => {
    const lab = await plant({ walkRecords: [a('app.walk.test', LOOPBACK)] })
    const report = await runPreflight(configOf(lab.dns.port, [['name: app', 'domain: app.walk.test']]))

    const app = named(report, 'app')
    expect(app.findings).toEqual([])
    expect(app.addresses).toEqual([LOOPBACK])
    expect(app.checks).toEqual(['dns', 'ports', 'tls', 'certificate'])
    expect(app.certificate?.names).toContain('app.walk.test')
    expect(app.dns).toMatchObject({
      name: 'app.walk.test',
      outcome: { kind: 'addresses', addresses: [LOOPBACK] },
      roots: [ROOT],
      port: lab.dns.port,
    })
    expect(app.dns!.zones.map((z) => z.zone)).toEqual(['.', 'test', 'walk.test'])
    expect(JSON.parse(JSON.stringify(app.dns))).toEqual(app.dns)
    expect(report.overrides).toEqual(expect.arrayContaining([`dns-roots: ${ROOT}`, `dns-port: ${lab.dns.port}`, 'dns-timeout-ms: 300']))
  })

  it('still judges DNS where the config pins the addresses, which win for connecting', async () => {
    const lab = await plant({ down: [NS2], walkRecords: [a('pinned.walk.test', '192.0.2.99')] })
    const report = await runPreflight(configOf(lab.dns.port, [['name: pinned', 'domain: pinned.walk.test', `addresses: [${LOOPBACK}]`]]))

    const pinned = named(report, 'pinned')
    expect(pinned.addresses).toEqual([LOOPBACK])
    expect(pinned.dns?.outcome).toEqual({ kind: 'addresses', addresses: ['192.0.2.99'] })
    expect(pinned.findings).toMatchObject([
      { code: 'DNS_NS_UNREACHABLE', severity: 'warning', check: 'dns', address: NS2, port: lab.dns.port },
    ])
    expect(pinned.passed).toBe(true)
  })

  it('walks nothing for a pinned origin that skips DNS', async () => {
    const lab = await plant()
    const report = await runPreflight(
      configOf(lab.dns.port, [['name: skipped', 'domain: pinned.walk.test', `addresses: [${LOOPBACK}]`, 'checks: { skip: [dns] }']]),
    )
    expect(named(report, 'skipped').dns).toBeUndefined()
    expect(named(report, 'skipped').checks).not.toContain('dns')
    expect(lab.asked(ROOT)).toEqual([])
  })

  it('a name that does not exist stops the origin there, even with DNS skipped', async () => {
    const lab = await plant()
    const report = await runPreflight(configOf(lab.dns.port, [['name: missing', 'domain: missing.walk.test', 'checks: { skip: [dns] }']]))
    const missing = named(report, 'missing')
    expect(missing.findings).toMatchObject([
      {
        code: 'DNS_NXDOMAIN',
        severity: 'error',
        check: 'dns',
        details: { query: 'missing.walk.test', zone: 'walk.test', server: 'ns1.walk.test' },
      },
    ])
    expect(missing.addresses).toEqual([])
    expect(missing.passed).toBe(false)
  })

  it('an origin with only addresses of a family the edge does not use has no address', async () => {
    const lab = await plant({ walkRecords: [{ name: 'only-v6.walk.test', type: 'AAAA', data: '::1' }] })
    const report = await runPreflight(configOf(lab.dns.port, [['name: v6', 'domain: only-v6.walk.test']]))
    expect(named(report, 'v6').findings).toMatchObject([
      { code: 'DNS_NO_ADDRESS', details: { query: 'only-v6.walk.test', families: 'ipv4', found: ['::1'] } },
    ])
  })

  it('walks a name shared by several origins once', async () => {
    const lab = await plant({ walkRecords: [a('app.walk.test', LOOPBACK)] })
    await runPreflight(
      configOf(lab.dns.port, [
        ['name: one', 'domain: app.walk.test'],
        ['name: two', 'domain: app.walk.test'],
        ['name: three', 'domain: APP.walk.test'],
      ]),
    )
    expect(lab.asked(ROOT).filter((q) => q.type === 'SOA' && q.transport === 'udp')).toHaveLength(1)
  })
})

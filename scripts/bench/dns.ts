/**
 * The DNS benchmark: 100 origins spread over 5 zones, served by Knot DNS on loopback. The walk (one
 * walker, its cache shared by every origin; then a fresh walker per origin) against a loop of
 * `drill -T` over the same names. Queries are counted where Knot receives them.
 */
import { execFile } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { delegation, zoneOf, type LabNameServer } from '../../src/lab/dns/hierarchy.js'
import { findBinary, startKnotLab, type RunningKnot } from '../../test/helpers/knot.js'
import type { LabRecord } from '../../src/lab/dns/records.js'
import { DnsWalker } from '../../src/probes/dns/walk.js'

const ZONES = 5
const PER_ZONE = 20
const TIMEOUT_MS = 1_000
const ROUNDS = 3

const a = (name: string, address: string): LabRecord => ({ name, type: 'A', data: address })

/** A root, `test`, and five zones `benchN.test` on two servers each, 20 origins in each zone. */
function benchServers(): { servers: LabNameServer[]; names: string[] } {
  const root = '127.0.58.1'
  const tldNs = [
    { name: 'ns1.nic.test', address: '127.0.58.2' },
    { name: 'ns2.nic.test', address: '127.0.58.3' },
  ]
  const zones = Array.from({ length: ZONES }, (_, z) => {
    const zone = `bench${z}.test`
    const ns = [1, 2].map((n) => ({ name: `ns${n}.${zone}`, address: `127.0.58.${10 + 2 * z + n}` }))
    const names = Array.from({ length: PER_ZONE }, (_, i) => `origin${i}.${zone}`)
    return {
      zone,
      ns,
      names,
      data: zoneOf(
        zone,
        ns.map((n) => n.name),
        [...ns.map((n) => a(n.name, n.address)), ...names.map((n) => a(n, '127.0.0.1'))],
      ),
    }
  })
  const rootZone = zoneOf('.', ['a.root-servers.lab'], [a('a.root-servers.lab', root), ...delegation('test', tldNs)])
  const tld = zoneOf(
    'test',
    tldNs.map((n) => n.name),
    [...tldNs.map((n) => a(n.name, n.address)), ...zones.flatMap((z) => delegation(z.zone, z.ns))],
  )
  const servers: LabNameServer[] = [
    { name: 'a.root-servers.lab', address: root, zones: [rootZone] },
    ...tldNs.map((n) => ({ ...n, zones: [tld] })),
    ...zones.flatMap((z) => z.ns.map((n) => ({ ...n, zones: [z.data] }))),
  ]
  return { servers, names: zones.flatMap((z) => z.names) }
}

interface Figures {
  label: string
  queries: number
  ms: number
}

async function measure(knot: RunningKnot, label: string, work: () => Promise<void>): Promise<Figures> {
  const times: number[] = []
  let queries = 0
  for (let round = 0; round < ROUNDS; round++) {
    const before = await knot.queriesReceived()
    const started = performance.now()
    await work()
    times.push(performance.now() - started)
    queries = (await knot.queriesReceived()) - before
  }
  times.sort((x, y) => x - y)
  return { label, queries, ms: times[Math.floor(ROUNDS / 2)]! }
}

export async function run(): Promise<void> {
  const drill = findBinary('drill')
  if (!findBinary('knotd') || !drill) throw new Error('the DNS benchmark needs knotd (Debian package knot) and drill (ldnsutils)')
  const { servers, names } = benchServers()
  const knot = await startKnotLab(servers)
  try {
    const hints = join(knot.dir, 'root.hints')
    writeFileSync(hints, '. 3600 IN NS a.root-servers.lab.\na.root-servers.lab. 3600 IN A 127.0.58.1\n')
    const walker = () => new DnsWalker({ roots: ['127.0.58.1'], port: knot.port, timeoutMs: TIMEOUT_MS })

    const shared = await measure(knot, 'walk, one cache for all origins', async () => {
      const w = walker()
      const walks = await Promise.all(names.map((n) => w.walk(n)))
      if (walks.some((x) => x.outcome.kind !== 'addresses')) throw new Error('a bench origin did not resolve')
    })
    const alone = await measure(knot, 'walk, a fresh cache per origin', async () => {
      for (const n of names) await walker().walk(n)
    })
    const traced = await measure(knot, 'drill -T, one per origin', async () => {
      for (const n of names) await promisify(execFile)(drill, ['-T', '-r', hints, '-p', String(knot.port), n, 'A'])
    })

    const rows = [shared, alone, traced].map((f) => [f.label, String(f.queries), (f.queries / names.length).toFixed(1), f.ms.toFixed(0)])
    const header = ['', 'queries', 'per origin', 'wall ms']
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
    const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')
    console.log(
      `DNS benchmark: ${names.length} origins over ${ZONES} zones on Knot DNS (${servers.length} knotd on 127.0.58.x:${knot.port}), median of ${ROUNDS} rounds`,
    )
    console.log([line(header), ...rows.map(line)].join('\n'))
    console.log(`wall time, drill -T loop / shared walk: ${(traced.ms / shared.ms).toFixed(1)}x`)
    console.log(`queries, drill -T loop / shared walk: ${(traced.queries / shared.queries).toFixed(2)}x`)
    console.log(
      `queries per origin: ${(shared.queries / names.length).toFixed(1)} with the shared cache, ${(alone.queries / names.length).toFixed(1)} without`,
    )
  } finally {
    await knot.close()
  }
}

/**
 * The whole-gate bench's world: N origins, each on its own loopback address, named in several DNS zones
 * under a private root, served by one nginx, every address and name server behind the delaying proxy
 * (TCP and UDP). One origin in ten carries a planted fault. Addresses:
 *   127.1.x.y  the proxy in front of origin i (what DNS answers)      127.2.x.y  nginx for origin i
 *   127.3.0.z  the proxy in front of name server z (the glue)         127.4.0.z  name server z (in this process)
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createInterface, type Interface } from 'node:readline'
import { delegation, zoneOf, type LabNameServer } from '../../src/lab/dns/hierarchy.js'
import { startLabDns, type RunningLabDns } from '../../src/lab/dns/start.js'
import type { LabRecord } from '../../src/lab/dns/records.js'
import { issueCertificate, issueChain, pemBundle } from '../../src/lab/pki.js'
import { freePort, startNginx, type RunningNginx } from '../../test/helpers/nginx.js'

/** The faults planted, one origin in ten, in turn; each with the code the gate must report for it. */
export const FAULTS = [
  { kind: 'refused', code: 'PORT_REFUSED' },
  { kind: 'expired', code: 'CERT_EXPIRED' },
  { kind: 'name-mismatch', code: 'CERT_NAME_MISMATCH' },
  { kind: 'backend-500', code: 'HTTP_BACKEND_5XX' },
  { kind: 'nxdomain', code: 'DNS_NXDOMAIN' },
  { kind: 'keep-alive-2s', code: 'HTTP_KEEPALIVE_TOO_SHORT' },
] as const
export type FaultKind = (typeof FAULTS)[number]['kind']

export interface GateOrigin {
  name: string
  domain: string
  fault?: FaultKind
}

export interface GateWorld {
  origins: GateOrigin[]
  configPath: string
  /** Name servers, for counting the queries they received. */
  dns: RunningLabDns
  /** TCP connections and UDP datagrams the proxy received so far, per group and protocol. */
  counts(): Promise<Record<string, number>>
  stop(): Promise<void>
}

const address = (net: number, i: number) => `127.${net}.${Math.floor(i / 250)}.${(i % 250) + 2}`

/** `count` origins over `zones` zones, `delayMs` each way. */
export async function startGateWorld(dir: string, count: number, zones: number, delayMs: number): Promise<GateWorld> {
  const origins: GateOrigin[] = Array.from({ length: count }, (_, i) => {
    const name = `o${String(i + 1).padStart(4, '0')}`
    const fault = count > 1 && i % 10 === 9 ? FAULTS[Math.floor(i / 10) % FAULTS.length]!.kind : undefined
    return { name, domain: `${name}.zone${i % zones}.bench.test`, ...(fault ? { fault } : {}) }
  })

  // One chain per zone (a wildcard leaf), one expired leaf and one for another name.
  const zoneNames = Array.from({ length: zones }, (_, z) => `zone${z}.bench.test`)
  const chains = zoneNames.map((zone) => issueChain([`*.${zone}`], { organization: 'Gate Bench' }))
  const roots = chains.map((c) => c.root.pem)
  const pem = (file: string, text: string) => (writeFileSync(join(dir, file), text, { mode: 0o600 }), join(dir, file))
  const zoneFiles = chains.map((c, z) => ({
    cert: pem(`zone${z}.pem`, pemBundle(c.leaf, c.intermediate)),
    key: pem(`zone${z}.key`, c.leaf.keyPem),
  }))
  const expiredLeaf = issueCertificate({
    subject: { CN: `*.${zoneNames[0]}`, O: 'Gate Bench' },
    sans: zoneNames.map((z) => `*.${z}`),
    issuer: chains[0]!.intermediate,
    notBefore: new Date(Date.now() - 400 * 86_400_000),
    notAfter: new Date(Date.now() - 30 * 86_400_000),
  })
  const expired = { cert: pem('expired.pem', pemBundle(expiredLeaf, chains[0]!.intermediate)), key: pem('expired.key', expiredLeaf.keyPem) }
  const otherLeaf = issueCertificate({
    subject: { CN: 'elsewhere.example', O: 'Gate Bench' },
    sans: ['elsewhere.example'],
    issuer: chains[0]!.intermediate,
  })
  const other = { cert: pem('other.pem', pemBundle(otherLeaf, chains[0]!.intermediate)), key: pem('other.key', otherLeaf.keyPem) }
  const rootFile = pem('roots.pem', roots.join(''))

  const port = await freePort('127.2.0.2')
  const served = origins.map((o, i) => ({ ...o, i })).filter((o) => o.fault !== 'refused')
  const servers = served.flatMap(({ fault, i }) => {
    const files = fault === 'expired' ? expired : fault === 'name-mismatch' ? other : zoneFiles[i % zones]!
    return [
      '  server {',
      `    listen ${address(2, i)}:${port} ssl;`,
      `    ssl_certificate ${files.cert};`,
      `    ssl_certificate_key ${files.key};`,
      '    ssl_protocols TLSv1.2 TLSv1.3;',
      `    keepalive_timeout ${fault === 'keep-alive-2s' ? 2 : 75};`,
      `    location / { return ${fault === 'backend-500' ? 500 : 200} "ok\\n"; }`,
      '  }',
    ]
  })
  const nginx: RunningNginx = await startNginx(
    dir,
    servers,
    served.map(({ i }) => ({ address: address(2, i), port })),
    { events: ['worker_connections 16384;'], readyWithinMs: 120_000 },
  )

  // DNS: root, `test`, `bench.test`, then the zones; two name servers each, below `test`.
  const ns: { name: string; proxied: string; real: string }[] = []
  const server = (name: string) => {
    const z = ns.length
    const entry = { name, proxied: address(3, z), real: address(4, z) }
    ns.push(entry)
    return entry
  }
  const a = (name: string, data: string): LabRecord => ({ name, type: 'A', data })
  const rootNs = server('a.root-servers.bench')
  const tldNs = [server('ns1.nic.test'), server('ns2.nic.test')]
  const benchNs = [server('ns1.bench.test'), server('ns2.bench.test')]
  const zoneNs = zoneNames.map((zone) => [server(`ns1.${zone}`), server(`ns2.${zone}`)])
  const glue = (list: typeof ns) => list.map((s) => ({ name: s.name, address: s.proxied }))
  const records = (zone: number) =>
    origins.flatMap((o, i) => (i % zones === zone && o.fault !== 'nxdomain' ? [a(o.domain, address(1, i))] : []))
  const labServers: LabNameServer[] = [
    {
      name: rootNs.name,
      address: rootNs.real,
      zones: [zoneOf('.', [rootNs.name], [a(rootNs.name, rootNs.proxied), ...delegation('test', glue(tldNs))])],
    },
    ...tldNs.map((s) => ({
      name: s.name,
      address: s.real,
      zones: [
        zoneOf(
          'test',
          tldNs.map((n) => n.name),
          [...glue(tldNs).map((g) => a(g.name, g.address)), ...delegation('bench.test', glue(benchNs))],
        ),
      ],
    })),
    ...benchNs.map((s) => ({
      name: s.name,
      address: s.real,
      zones: [
        zoneOf(
          'bench.test',
          benchNs.map((n) => n.name),
          [...glue(benchNs).map((g) => a(g.name, g.address)), ...zoneNames.flatMap((zone, z) => delegation(zone, glue(zoneNs[z]!)))],
        ),
      ],
    })),
    ...zoneNames.flatMap((zone, z) =>
      zoneNs[z]!.map((s) => ({
        name: s.name,
        address: s.real,
        zones: [
          zoneOf(
            zone,
            zoneNs[z]!.map((n) => n.name),
            [...glue(zoneNs[z]!).map((g) => a(g.name, g.address)), ...records(z)],
          ),
        ],
      })),
    ),
  ]
  const dns = await startLabDns(labServers)

  const routes = [
    ...served.map(({ i }) => ({ proto: 'tcp', group: 'origin', listen: `${address(1, i)}:${port}`, upstream: `${address(2, i)}:${port}` })),
    ...ns.flatMap((s) =>
      (['udp', 'tcp'] as const).map((proto) => ({
        proto,
        group: 'dns',
        listen: `${s.proxied}:${dns.port}`,
        upstream: `${s.real}:${dns.port}`,
      })),
    ),
  ]
  const routesFile = join(dir, 'routes.json')
  writeFileSync(routesFile, JSON.stringify(routes))
  const proxy = await startProxy(delayMs, routesFile)

  const configPath = join(dir, 'origin-preflight.yml')
  writeFileSync(
    configPath,
    [
      'version: 1',
      'defaults:',
      '  edge: cloudfront',
      `  https-port: ${port}`,
      '  health: { path: /healthz }',
      '  timeouts: { connect-ms: 3000, read-ms: 10000 }',
      'overrides:',
      `  trust-roots: [${rootFile}]`,
      `  dns-roots: [${rootNs.proxied}]`,
      `  dns-port: ${dns.port}`,
      '  dns-timeout-ms: 2000',
      'origins:',
      ...origins.flatMap((o) => [`  - name: ${o.name}`, `    domain: ${o.domain}`]),
      '',
    ].join('\n'),
  )

  return {
    origins,
    configPath,
    dns,
    counts: () => proxy.counts(),
    async stop() {
      proxy.child.stdin?.end()
      proxy.child.kill('SIGTERM')
      await Promise.all([nginx.stop(), dns.close()])
    },
  }
}

async function startProxy(
  delayMs: number,
  routesFile: string,
): Promise<{ child: ChildProcess; counts(): Promise<Record<string, number>> }> {
  const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx')
  const child = spawn(tsx, [join(import.meta.dirname, 'delay-proxy.ts'), String(delayMs), '--routes', routesFile], {
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const lines: Interface = createInterface({ input: child.stdout })
  const pending: ((line: string) => void)[] = []
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the delaying proxy exited with code ${code}`)))
    lines.on('line', (line) => (line === 'ready' ? resolve() : pending.shift()?.(line)))
  })
  return {
    child,
    counts: () =>
      new Promise((resolve) => {
        pending.push((line) => resolve(JSON.parse(line) as Record<string, number>))
        child.stdin.write('count\n')
      }),
  }
}

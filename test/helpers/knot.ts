import { spawn, execFile, type ChildProcess } from 'node:child_process'
import { createSocket, type Socket as UdpSocket } from 'node:dgram'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { promisify } from 'node:util'
import { DnsClient } from '../../src/probes/dns/client.js'
import { ROOT_ADDRESS, type LabNameServer } from '../../src/lab/dns/hierarchy.js'
import { zoneFile } from '../../src/lab/dns/records.js'

/**
 * The lab's name servers served by Knot DNS instead of this process: one `knotd` per server address
 * (each serves its own copy of its zones), all on one port. A `udp-only` server is Knot behind a
 * UDP-only relay; a `down` one is not started. Used by the cross-check tests and the DNS benchmark.
 */
export interface RunningKnot {
  port: number
  roots: string[]
  dir: string
  /** Queries Knot received so far, all instances together (mod-stats). */
  queriesReceived(): Promise<number>
  close(): Promise<void>
}

export function findBinary(name: string): string | undefined {
  const dirs = [...(process.env['PATH'] ?? '').split(delimiter), '/usr/sbin', '/usr/local/sbin']
  return dirs.map((dir) => join(dir, name)).find((path) => existsSync(path))
}

/** The port Knot listens on beside the relay of a UDP-only server. */
const HIDDEN_PORT_OFFSET = 1

export async function startKnotLab(servers: readonly LabNameServer[]): Promise<RunningKnot> {
  const knotd = findBinary('knotd')
  const knotc = findBinary('knotc')
  if (!knotd || !knotc) throw new Error('knotd and knotc are needed (Debian package knot)')
  const dir = mkdtempSync(join(tmpdir(), 'op-knot-'))
  const live = servers.filter((s) => s.mode !== 'down')
  const port = await freePortOn(
    live.map((s) => s.address),
    2,
  )
  const children: { process: ChildProcess; dir: string }[] = []
  const relays: UdpSocket[] = []
  const close = async () => {
    relays.forEach((r) => r.close())
    await Promise.all(children.map(({ process }) => stop(process)))
    rmSync(dir, { recursive: true, force: true })
  }
  try {
    const starting = live.map((server, index) => {
      const home = join(dir, `${index}-${server.address}`)
      mkdirSync(home)
      const knotPort = server.mode === 'udp-only' ? port + HIDDEN_PORT_OFFSET : port
      writeFileSync(join(home, 'knot.conf'), knotConfig(home, server, knotPort))
      const child = spawn(knotd, ['-c', join(home, 'knot.conf')], { stdio: ['ignore', 'ignore', 'ignore'] })
      children.push({ process: child, dir: home })
      return { server, home, knotPort, child }
    })
    await Promise.all(starting.map(({ server, knotPort, child, home }) => waitUntilAnswering(server, knotPort, child, home)))
    for (const { server, knotPort } of starting) if (server.mode === 'udp-only') relays.push(await udpRelay(server.address, port, knotPort))
  } catch (error) {
    await close()
    throw error
  }
  return {
    port,
    roots: [ROOT_ADDRESS],
    dir,
    queriesReceived: async () => {
      const counts = await Promise.all(children.map(({ dir: home }) => received(knotc, join(home, 'knot.sock'))))
      return counts.reduce((a, b) => a + b, 0)
    },
    close,
  }
}

function knotConfig(home: string, server: LabNameServer, port: number): string {
  const zones = server.zones.map((zone, i) => {
    const file = join(home, `zone-${i}.zone`)
    writeFileSync(file, zoneFile(zone))
    return `  - domain: "${zone.origin === '.' ? '.' : `${zone.origin}.`}"\n    file: "${file}"`
  })
  return [
    'server:',
    `    rundir: "${home}"`,
    `    listen: ${server.address}@${port}`,
    `    pidfile: "${join(home, 'knot.pid')}"`,
    '    udp-workers: 1',
    '    tcp-workers: 1',
    '    background-workers: 1',
    'database:',
    `    storage: "${home}"`,
    'control:',
    `    listen: "${join(home, 'knot.sock')}"`,
    'log:',
    `  - target: "${join(home, 'knot.log')}"`,
    '    any: info',
    'template:',
    '  - id: default',
    `    storage: "${home}"`,
    '    zonefile-sync: -1',
    '    journal-content: none',
    '    global-module: mod-stats',
    ...(zones.length ? ['zone:', ...zones] : []),
    '',
  ].join('\n')
}

/** Polls until the instance answers (its first zone's SOA authoritatively, or anything at all). */
async function waitUntilAnswering(server: LabNameServer, port: number, child: ChildProcess, home: string): Promise<void> {
  const client = new DnsClient({ timeoutMs: 100, udpAttempts: 1 })
  const question = { name: server.zones[0]?.origin ?? 'lab', type: 'SOA' }
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) break
    const exchange = await client.query({ address: server.address, port }, question, 'udp')
    if (exchange.ok && (server.zones.length === 0 || exchange.response.aa)) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  const log = existsSync(join(home, 'knot.log')) ? readFileSync(join(home, 'knot.log'), 'utf8') : '(no log)'
  throw new Error(`knotd for ${server.name} (${server.address}@${port}) did not come up:\n${log}`)
}

async function received(knotc: string, socket: string): Promise<number> {
  const { stdout } = await promisify(execFile)(knotc, ['-s', socket, 'stats', 'mod-stats.request-protocol'])
  return [...stdout.matchAll(/= (\d+)/g)].reduce((sum, m) => sum + Number(m[1]), 0)
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 3_000)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
    child.kill('SIGTERM')
  })
}

/** Forwards each datagram to Knot and its answer back; no TCP listener, so TCP is refused. */
async function udpRelay(address: string, port: number, target: number): Promise<UdpSocket> {
  const socket = createSocket('udp4')
  await new Promise<void>((resolve) => socket.bind(port, address, () => resolve()))
  socket.on('message', (message, peer) => {
    const upstream = createSocket('udp4')
    const timer = setTimeout(() => upstream.close(), 2_000)
    upstream.on('message', (answer) => {
      clearTimeout(timer)
      upstream.close()
      socket.send(answer, peer.port, peer.address)
    })
    upstream.on('error', () => undefined)
    upstream.send(message, target, address)
  })
  return socket
}

/** A port free for UDP and TCP on every address, and `span - 1` ports after it. */
async function freePortOn(addresses: readonly string[], span: number): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 40_000)
    const free = await Promise.all(addresses.flatMap((address) => Array.from({ length: span }, (_, i) => portFree(address, port + i))))
    if (free.every(Boolean)) return port
  }
  throw new Error('no port free on every lab address')
}

function portFree(address: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const tcp = createServer()
    tcp.once('error', () => resolve(false))
    tcp.listen(port, address, () => {
      const udp = createSocket('udp4')
      udp.once('error', () => tcp.close(() => resolve(false)))
      udp.bind(port, address, () => udp.close(() => tcp.close(() => resolve(true))))
    })
  })
}

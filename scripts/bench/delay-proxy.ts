/**
 * The bench's delaying proxy, TCP and UDP: every chunk or datagram, each way, is forwarded `delayMs`
 * after it arrives, in order, and so are the ends of TCP streams. Run as its own process so its timers do
 * not share an event loop with the tool being timed. The proxy accepts the client's TCP connection locally
 * at once (the kernel completes the handshake), so a connection's own set-up round trip is not delayed:
 * each connection is under-charged by one round trip, for every tool alike.
 *
 *   tsx scripts/bench/delay-proxy.ts <delayMs> <listenAddress:port=upstreamAddress:port>...
 *   tsx scripts/bench/delay-proxy.ts <delayMs> --routes routes.json
 *
 * routes.json: [{ "proto": "tcp" | "udp", "group": "origin", "listen": "127.1.0.1:443", "upstream": "127.2.0.1:443" }].
 * Prints `ready` once every listener is up. A line `count` on stdin prints one JSON line of counters:
 * TCP connections accepted and UDP datagrams received from clients, per group and protocol. Stops on
 * SIGTERM or when stdin closes.
 */
import { createSocket, type RemoteInfo, type Socket as UdpSocket } from 'node:dgram'
import { readFileSync } from 'node:fs'
import { connect, createServer, type Server, type Socket } from 'node:net'
import { createInterface } from 'node:readline'

interface Route {
  proto: 'tcp' | 'udp'
  group: string
  listen: string
  upstream: string
}

const delayMs = Number(process.argv[2] ?? 25)
const routes: Route[] =
  process.argv[3] === '--routes'
    ? (JSON.parse(readFileSync(process.argv[4]!, 'utf8')) as Route[])
    : process.argv.slice(3).map((arg) => {
        const [listen, upstream] = arg.split('=') as [string, string]
        return { proto: 'tcp', group: 'origin', listen, upstream }
      })

const counts: Record<string, number> = {}
const count = (key: string) => (counts[key] = (counts[key] ?? 0) + 1)
const later = (work: () => void) => (delayMs > 0 ? setTimeout(work, delayMs) : setImmediate(work))

function split(hostPort: string): { host: string; port: number } {
  const at = hostPort.lastIndexOf(':')
  return { host: hostPort.slice(0, at), port: Number(hostPort.slice(at + 1)) }
}

/** Forwards `from` to `to` late; ends `to` late too. */
function delayed(from: Socket, to: Socket): void {
  from.on('data', (chunk: Buffer) => later(() => to.destroyed || to.write(chunk)))
  from.on('end', () => later(() => to.destroyed || to.end()))
  from.on('close', () => later(() => to.destroy()))
  from.on('error', () => undefined)
}

function tcpRoute(route: Route): Promise<Server> {
  const listen = split(route.listen)
  const upstream = split(route.upstream)
  const server = createServer((client) => {
    count(`${route.group}.tcp`)
    const origin = connect(upstream.port, upstream.host)
    delayed(client, origin)
    delayed(origin, client)
  })
  server.on('error', (error) => {
    process.stderr.write(`delay-proxy: ${route.listen}: ${error.message}\n`)
    process.exit(1)
  })
  return new Promise((resolve) => server.listen({ port: listen.port, host: listen.host, backlog: 4096 }, () => resolve(server)))
}

/** One upstream socket per client address and port, so answers find their way back. */
function udpRoute(route: Route): Promise<UdpSocket> {
  const listen = split(route.listen)
  const upstream = split(route.upstream)
  const socket = createSocket('udp4')
  const peers = new Map<string, UdpSocket>()
  socket.on('message', (message: Buffer, client: RemoteInfo) => {
    count(`${route.group}.udp`)
    const key = `${client.address}:${client.port}`
    let peer = peers.get(key)
    if (!peer) {
      const made = createSocket('udp4')
      made.on('message', (answer: Buffer) => later(() => socket.send(answer, client.port, client.address)))
      made.on('error', () => undefined)
      made.bind(0, '127.0.0.1')
      // A client port is used for one query or a few: forget it after a while.
      setTimeout(() => {
        peers.delete(key)
        made.close()
      }, 30_000).unref()
      peers.set(key, made)
      peer = made
    }
    const target = peer
    later(() => target.send(message, upstream.port, upstream.host))
  })
  return new Promise((resolve) => socket.bind(listen.port, listen.host, () => resolve(socket)))
}

const servers = await Promise.all(routes.map((route) => (route.proto === 'udp' ? udpRoute(route) : tcpRoute(route))))
process.stdout.write('ready\n')

const stop = () => {
  for (const s of servers) s.close()
  process.exit(0)
}
process.on('SIGTERM', stop)
const lines = createInterface({ input: process.stdin })
lines.on('line', (line) => line.trim() === 'count' && process.stdout.write(`${JSON.stringify(counts)}\n`))
lines.on('close', stop)

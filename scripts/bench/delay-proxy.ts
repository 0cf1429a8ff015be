/**
 * The bench's delaying TCP proxy: every chunk, each way, is forwarded 25 ms (or argv[2] ms) after it
 * arrives, in order, and so are the ends of the stream. Run as its own process so its timers do not share
 * an event loop with the tool being timed. The proxy accepts the client's TCP connection locally at once
 * (the kernel completes the handshake), so a connection's own set-up round trip is not delayed: each
 * connection is under-charged by one round trip, for every tool alike.
 *
 *   tsx scripts/bench/delayProxy.ts <delayMs> <listenAddress:port=upstreamAddress:port>...
 *
 * Prints `ready` once every listener is up; stops on SIGTERM.
 */
import { connect, createServer, type Server, type Socket } from 'node:net'

const delayMs = Number(process.argv[2] ?? 25)
const routes = process.argv.slice(3).map((arg) => {
  const [listen, upstream] = arg.split('=') as [string, string]
  const split = (hostPort: string) => {
    const at = hostPort.lastIndexOf(':')
    return { host: hostPort.slice(0, at), port: Number(hostPort.slice(at + 1)) }
  }
  return { listen: split(listen), upstream: split(upstream) }
})

/** Forwards `from` to `to` late; ends `to` late too. */
function delayed(from: Socket, to: Socket): void {
  from.on('data', (chunk: Buffer) => setTimeout(() => to.destroyed || to.write(chunk), delayMs))
  from.on('end', () => setTimeout(() => to.destroyed || to.end(), delayMs))
  from.on('close', () => setTimeout(() => to.destroy(), delayMs))
  from.on('error', () => undefined)
}

const servers: Server[] = routes.map(({ listen, upstream }) => {
  const server = createServer((client) => {
    const origin = connect(upstream.port, upstream.host)
    delayed(client, origin)
    delayed(origin, client)
  })
  server.listen(listen.port, listen.host)
  return server
})

await Promise.all(servers.map((s) => new Promise<void>((resolve) => (s.listening ? resolve() : s.once('listening', () => resolve())))))
process.stdout.write('ready\n')
process.on('SIGTERM', () => {
  for (const s of servers) s.close()
  process.exit(0)
})

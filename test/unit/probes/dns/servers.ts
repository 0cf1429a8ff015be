/** Scriptable name servers for the DNS tests, on 127.0.54.0/24 (the lab uses 127.0.53.0/24). */
import { createSocket } from 'node:dgram'
import { createServer } from 'node:net'
import { startNameServer, type NameServerBehaviour, type RunningNameServer } from '../../../../src/lab/dns/server.js'
import type { LabRecord, LabZone } from '../../../../src/lab/dns/records.js'
import { zoneOf } from '../../../../src/lab/dns/hierarchy.js'

export const started: { close(): Promise<void> }[] = []

export async function closeAll(): Promise<void> {
  await Promise.all(started.splice(0).map((s) => s.close()))
}

let nextHost = 10
/** A fresh loopback address per server, so that tests in one file never share one. */
export function freshAddress(): string {
  nextHost = nextHost >= 250 ? 10 : nextHost + 1
  return `127.0.54.${nextHost}`
}

export async function nameServer(
  zones: LabZone[],
  behaviour: NameServerBehaviour = {},
  address = freshAddress(),
  port = 0,
): Promise<RunningNameServer> {
  const server = await startNameServer({ address, zones, behaviour }, port)
  started.push(server)
  return server
}

export const zone = (origin: string, records: LabRecord[] = [], serial?: number): LabZone =>
  zoneOf(origin, [`ns1.${origin}`], records, serial)

/** A UDP server that answers each query with whatever `reply` makes of it (raw bytes). */
export async function rawUdpServer(reply: (query: Buffer) => Buffer[]): Promise<{ address: string; port: number }> {
  const address = freshAddress()
  const socket = createSocket('udp4')
  await new Promise<void>((resolve) => socket.bind(0, address, () => resolve()))
  socket.on('message', (message, peer) => {
    for (const bytes of reply(message)) socket.send(bytes, peer.port, peer.address)
  })
  started.push({ close: () => new Promise<void>((resolve) => socket.close(() => resolve())) })
  return { address, port: socket.address().port }
}

/** A TCP server that writes `bytes` to every connection. */
export async function rawTcpServer(bytes: Buffer): Promise<{ address: string; port: number }> {
  const address = freshAddress()
  const sockets = new Set<import('node:net').Socket>()
  const server = createServer((socket) => {
    sockets.add(socket)
    socket.on('error', () => undefined)
    socket.once('data', () => socket.write(bytes))
  })
  await new Promise<void>((resolve) => server.listen(0, address, () => resolve()))
  started.push({
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        for (const socket of sockets) socket.destroy()
      }),
  })
  return { address, port: (server.address() as { port: number }).port }
}

import { createServer as createTcpServer, type AddressInfo, type Server, type Socket } from 'node:net'
import type { Server as TlsServer } from 'node:tls'

export const LOOPBACK = '127.0.0.1'

/** Starts a server on a free loopback port and returns the port. */
export async function listen(server: Server | TlsServer): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, LOOPBACK, () => resolve())
  })
  return (server.address() as AddressInfo).port
}

export async function close(server: Server | TlsServer): Promise<void> {
  await new Promise<void>((resolve) => server.close(() => resolve()))
}

/** A plain TCP server that runs `behave` for each connection and tracks sockets so close() is prompt. */
export function rawServer(behave: (socket: Socket) => void): Server {
  const sockets = new Set<Socket>()
  const server = createTcpServer((socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('error', () => undefined)
    behave(socket)
  })
  const originalClose = server.close.bind(server)
  server.close = (callback?: (error?: Error) => void) => {
    for (const socket of sockets) socket.destroy()
    return originalClose(callback)
  }
  return server
}

/** A port with nothing listening on it (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = createTcpServer()
  const port = await listen(server)
  await close(server)
  return port
}

import { createServer as createTcpServer, type Server, type Socket } from 'node:net'

import { close, listen, LOOPBACK } from '../../../helpers/loopback.js'

export { close, listen, LOOPBACK }

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

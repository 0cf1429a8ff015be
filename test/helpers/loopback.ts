/** Loopback for every test: the one address, listening, closing, and a port nothing listens on. */
import { createServer, type AddressInfo, type Server } from 'node:net'
import type { Server as TlsServer } from 'node:tls'

/** Tests use 127.0.0.0/8 only; this is the address unless a test needs several. */
export const LOOPBACK = '127.0.0.1'

/** Starts a server on a free port of a loopback address and returns the port. */
export async function listen(server: Server | TlsServer, address = LOOPBACK, port = 0): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, address, () => resolve())
  })
  return (server.address() as AddressInfo).port
}

export function close(server: Server | TlsServer): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()))
}

/** A port nothing listens on right now (bound by the system, then released). */
export async function freePort(address = LOOPBACK): Promise<number> {
  const server = createServer()
  const port = await listen(server, address)
  await close(server)
  return port
}

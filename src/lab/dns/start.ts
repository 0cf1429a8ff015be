import { startNameServer, type RunningNameServer } from './server.js'
import { ROOT_ADDRESS, type LabNameServer } from './hierarchy.js'

export interface RunningLabDns {
  port: number
  roots: string[]
  servers: RunningNameServer[]
  close(): Promise<void>
}

const ATTEMPTS = 8

/**
 * Starts every lab name server in this process, each on its own loopback address and all on one port
 * (the port `overrides.dns-port` gives the walk). Servers that are `down` are simply not started.
 */
export async function startLabDns(servers: readonly LabNameServer[]): Promise<RunningLabDns> {
  let lastError: unknown
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const running: RunningNameServer[] = []
    try {
      let port = 0
      for (const server of servers.filter((s) => s.mode !== 'down')) {
        const behaviour = { ...server.behaviour, ...(server.mode === 'udp-only' ? { tcp: false } : {}) }
        const started = await startNameServer({ address: server.address, zones: server.zones, behaviour }, port)
        running.push(started)
        port = started.port
      }
      return { port, roots: [ROOT_ADDRESS], servers: running, close: async () => void (await Promise.all(running.map((s) => s.close()))) }
    } catch (error) {
      // The port the first server got is taken on another address: start over on a new one.
      lastError = error
      await Promise.all(running.map((s) => s.close()))
    }
  }
  throw new Error(`the lab's name servers could not share a port: ${(lastError as Error)?.message ?? lastError}`)
}

import type { Socket } from 'node:net'

/**
 * How long an unclaimed connection waits for its probe. The probe may queue behind a thousand origins'
 * hellos first; an origin that closes idle connections sooner only costs the fresh connection it would
 * have cost anyway.
 */
const SPARE_WAIT_MS = 15_000

/** An open connection, and how long its connect took. */
export interface SpareSocket {
  socket: Socket
  connectMs: number
}

interface Spare extends SpareSocket {
  timer: NodeJS.Timeout
  gone: () => void
}

/**
 * Open connections left by the bare TCP connect, each claimable once by the first probe to the same
 * address and port: its question is asked on a connection that already exists instead of a new one. A
 * connection the peer closes or breaks while it waits, or that nobody claims in time, is dropped. Only
 * the first connection to an address and port is kept (two connects to one port, for origins that differ
 * only in their connect attempts, feed one cached hello), a waiting connection keeps no process alive, and
 * `clear` drops them all when the run ends.
 */
export class SpareSockets {
  private readonly spares = new Map<string, Spare>()
  private readonly offered = new Set<string>()
  private cleared = false

  put(address: string, port: number, socket: Socket, connectMs: number): void {
    const key = `${address}|${port}`
    if (this.cleared || this.offered.has(key)) return void socket.destroy()
    this.offered.add(key)
    const spare: Spare = {
      socket,
      connectMs,
      timer: setTimeout(() => this.drop(key), SPARE_WAIT_MS).unref(),
      gone: () => this.spares.get(key) === spare && this.drop(key),
    }
    // Only its own listeners: the socket's own 'end' handling must stay.
    socket.on('error', spare.gone).on('end', spare.gone).on('close', spare.gone)
    socket.unref()
    this.spares.set(key, spare)
  }

  /** The connection, removed from the pool, or undefined when there is none. */
  take(address: string, port: number): SpareSocket | undefined {
    const key = `${address}|${port}`
    const spare = this.spares.get(key)
    if (!spare) return undefined
    this.spares.delete(key)
    clearTimeout(spare.timer)
    spare.socket.off('error', spare.gone).off('end', spare.gone).off('close', spare.gone)
    if (spare.socket.destroyed) return undefined
    spare.socket.ref()
    return { socket: spare.socket, connectMs: spare.connectMs }
  }

  /** Drops every waiting connection, and every one offered later: the run is over. */
  clear(): void {
    this.cleared = true
    for (const key of [...this.spares.keys()]) this.drop(key)
  }

  /** Connections waiting to be claimed. */
  get size(): number {
    return this.spares.size
  }

  private drop(key: string): void {
    const spare = this.spares.get(key)
    if (!spare) return
    this.spares.delete(key)
    clearTimeout(spare.timer)
    spare.socket.destroy()
  }
}

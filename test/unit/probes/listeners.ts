/** Loopback listeners for the TCP probe tests: one that accepts, one that is gone, one that never accepts. */
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer, Socket } from 'node:net'

import { close, listen, LOOPBACK } from '../../helpers/loopback.js'

export { close, listen, LOOPBACK }

/** A port that was just bound and released: nothing listens on it. */
export async function freedPort(): Promise<number> {
  const server = createServer()
  const port = await listen(server)
  await close(server)
  return port
}

export interface FullListener {
  port: number
  /** Connections that completed and now sit in the accept queue. */
  queued: number
  /** Has the listener accept one queued connection, which makes room for one more to complete. */
  acceptOne(): void
  close(): Promise<void>
}

/**
 * A listener whose accept queue is full: a Python process binds, calls listen(0) and never accepts;
 * the test then connects until a connection no longer completes. Further SYNs are dropped by the
 * kernel, so a connect to it neither succeeds nor is refused.
 */
export async function startFullListener(): Promise<FullListener> {
  const script = [
    'import socket, sys',
    's = socket.socket(socket.AF_INET, socket.SOCK_STREAM)',
    `s.bind(('${LOOPBACK}', 0))`,
    's.listen(0)',
    'print(s.getsockname()[1], flush=True)',
    'kept = []',
    'for line in sys.stdin:',
    '    kept.append(s.accept()[0])',
  ].join('\n')
  const child = spawn('python3', ['-c', script], { stdio: ['pipe', 'pipe', 'pipe'] })
  const fillers: Socket[] = []
  const close = async (): Promise<void> => {
    for (const socket of fillers) socket.destroy()
    await stop(child)
  }
  try {
    const port = await readPort(child)
    let queued = 0
    for (let attempt = 0; attempt < 8; attempt++) {
      const socket = new Socket()
      socket.on('error', () => undefined)
      fillers.push(socket)
      if (!(await connectsWithin(socket, port, 250))) {
        // Its SYN would be sent again a second later and take the first place that frees up.
        socket.destroy()
        if (queued === 0) throw new Error('the first connection to the listen(0) socket did not complete')
        return { port, queued, close, acceptOne: () => child.stdin?.write('accept\n') }
      }
      queued++
    }
    throw new Error(`the accept queue of a listen(0) socket held ${queued} connections without filling up`)
  } catch (error) {
    await close()
    throw error
  }
}

function readPort(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let out = ''
    let err = ''
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()))
    child.once('error', reject)
    child.once('exit', (code) => reject(new Error(`python3 exited with ${code} before printing a port: ${err}`)))
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const line = out.split('\n')[0]
      if (out.includes('\n') && line) resolve(Number(line.trim()))
    })
  })
}

function connectsWithin(socket: Socket, port: number, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms)
    socket.once('connect', () => {
      clearTimeout(timer)
      resolve(true)
    })
    socket.once('error', () => {
      clearTimeout(timer)
      resolve(false)
    })
    socket.connect(port, LOOPBACK)
  })
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.stdin?.end()
  child.kill('SIGTERM')
  await exited
}

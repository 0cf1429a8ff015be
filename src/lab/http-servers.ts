/** The lab's HTTP origins: in-process Node servers on loopback, so the lab needs nothing installed. */
import { createServer as createHttpServer } from 'node:http'
import { createServer as createNetServer, type Server, type Socket } from 'node:net'
import { createServer as createTlsServer } from 'node:tls'
import { pemBundle } from './pki.js'
import { issueLeaf, type LabAuthorities } from './pki-lab.js'
import type { AfterAnswer, HttpAnswer, Scenario } from './scenario.js'

const LAB_ADDRESS = '127.0.0.1'
/** How long the bytes before a planted reset get to reach the client. */
const RESET_DELAY_MS = 50
/** A request longer than this is not one the lab answers. */
const MAX_REQUEST_BYTES = 64 * 1024

export interface RunningHttpOrigin {
  scenario: Scenario
  address: string
  port: number
  close(): Promise<void>
}

export async function startHttpOrigin(scenario: Scenario, ca: LabAuthorities): Promise<RunningHttpOrigin> {
  const answer = scenario.http?.answer
  if (!answer) throw new Error(`${scenario.name} has no HTTP answer`)
  const sockets = new Set<Socket>()
  const timers = new Set<NodeJS.Timeout>()
  let port = 0
  const handle = (socket: Socket) => serve(socket, answer, () => port, timers)
  let server: Server
  if (answer.kind === 'node-http') {
    server = createHttpServer((_, response) => response.end('ok\n'))
  } else if (scenario.tls.kind === 'chain') {
    const issued = issueLeaf(scenario.tls.certificate, ca)
    server = createTlsServer({ key: issued.leaf.keyPem, cert: pemBundle(issued.leaf, ...issued.chain) }, handle)
    server.on('tlsClientError', () => undefined)
  } else {
    server = createNetServer(handle)
  }
  server.on('connection', (socket: Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, LAB_ADDRESS, () => resolve((server.address() as { port: number }).port))
  })
  return {
    scenario,
    address: LAB_ADDRESS,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer)
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}

/** Answers each complete request head on the connection as the scenario says. */
function serve(socket: Socket, answer: HttpAnswer, port: () => number, timers: Set<NodeJS.Timeout>): void {
  socket.on('error', () => undefined)
  let pending = ''
  socket.on('data', (chunk: Buffer) => {
    pending += chunk.toString('latin1')
    if (pending.length > MAX_REQUEST_BYTES) return void socket.destroy()
    for (let end = pending.indexOf('\r\n\r\n'); end >= 0; end = pending.indexOf('\r\n\r\n')) {
      const requestLine = pending.slice(0, pending.indexOf('\r\n'))
      pending = pending.slice(end + 4)
      respond(socket, answer, requestLine, port(), timers)
    }
  })
}

function respond(socket: Socket, answer: HttpAnswer, requestLine: string, port: number, timers: Set<NodeJS.Timeout>): void {
  switch (answer.kind) {
    case 'silent-close':
      return void socket.end()
    case 'bytes':
      socket.write(Buffer.from(answer.response, 'latin1'))
      return after(socket, answer.then, timers)
    case 'drip':
      return drip(socket, Buffer.from(answer.response, 'latin1'), timers)
    case 'redirect-elsewhere': {
      const landed = requestLine.includes(' /landing ')
      const response = landed
        ? 'HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nok\n'
        : `HTTP/1.1 301 Moved Permanently\r\nLocation: http://${LAB_ADDRESS}:${port}/landing\r\nContent-Length: 0\r\n\r\n`
      socket.write(response)
      return
    }
    case 'node-http':
      return
    case 'reset-after':
      // Let the bytes leave first: a reset drops whatever is still unsent.
      socket.write(Buffer.from(answer.response, 'latin1'), () =>
        track(
          timers,
          setTimeout(() => socket.resetAndDestroy(), RESET_DELAY_MS),
        ),
      )
      return
    case 'endless-chunked':
      socket.write('HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n')
      return endlessChunks(socket)
  }
}

function after(socket: Socket, then: AfterAnswer, timers: Set<NodeJS.Timeout>): void {
  if (then === 'close') socket.end()
  else if (then !== 'keep-open')
    track(
      timers,
      setTimeout(() => socket.destroy(), then.closeAfterMs),
    )
}

/** One byte a second, for as long as the client listens. */
function drip(socket: Socket, bytes: Buffer, timers: Set<NodeJS.Timeout>): void {
  let at = 0
  const next = () => {
    if (socket.destroyed || at >= bytes.length) return
    socket.write(bytes.subarray(at, at + 1))
    at++
    track(timers, setTimeout(next, 1000))
  }
  next()
}

/** 16 KiB chunks for as long as the client reads them, as fast as it does: past the reader's byte budget at once. */
function endlessChunks(socket: Socket): void {
  const chunk = Buffer.from(`4000\r\n${'x'.repeat(0x4000)}\r\n`, 'latin1')
  const next = (): void => {
    while (!socket.destroyed) if (!socket.write(chunk)) return void socket.once('drain', next)
  }
  next()
}

function track(timers: Set<NodeJS.Timeout>, timer: NodeJS.Timeout): void {
  timers.add(timer)
  timer.unref()
}

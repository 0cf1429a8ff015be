import type { Server } from 'node:net'
import { afterAll, describe, expect, it } from 'vitest'
import { edgeProfile, clientHelloFor } from '../../../../src/edges/index.js'
import { probeTlsHello } from '../../../../src/probes/tls/probe.js'
import { LOOPBACK, close, closedPort, listen, rawServer } from './servers.js'

const spec = clientHelloFor(edgeProfile('cloudfront'), 'TLSv1.2')
const LIMITS = { connectTimeoutMs: 2_000, readTimeoutMs: 3_000 }
const servers: Server[] = []

afterAll(async () => {
  await Promise.all(servers.map(close))
})

async function start(behave: Parameters<typeof rawServer>[0]): Promise<number> {
  const server = rawServer(behave)
  servers.push(server)
  return listen(server)
}

/** Writes `header`, then one more byte every 20 ms until the client goes away. */
function dribbleAfter(header: Buffer): Parameters<typeof rawServer>[0] {
  return (socket) => {
    socket.write(header)
    const timer = setInterval(() => socket.write(Buffer.from([0])), 20)
    socket.on('close', () => clearInterval(timer))
  }
}

describe('probeTlsHello against servers that do not speak TLS properly', () => {
  it('names an HTTP answer as not TLS and shows its first bytes', async () => {
    const port = await start((socket) => socket.end('HTTP/1.1 400 Bad Request\r\n\r\n'))

    const result = await probeTlsHello({ address: LOOPBACK, port }, spec, LIMITS)

    expect(result).toMatchObject({ ok: false, kind: 'not-tls' })
    expect(!result.ok && result.received).toMatch(/^HTTP\/1\.1 400/)
  })

  it('escapes binary garbage in what it received', async () => {
    const port = await start((socket) => socket.write(Buffer.from([0x00, 0xff, 0x41, 0x0a])))

    const result = await probeTlsHello({ address: LOOPBACK, port }, spec, LIMITS)

    expect(result).toMatchObject({ ok: false, kind: 'not-tls', received: '\\x00\\xffA\\x0a' })
  })

  it('gives up at once on a record header announcing more than a record may hold', async () => {
    const port = await start(dribbleAfter(Buffer.from([0x16, 0x03, 0x03, 0xff, 0xff])))

    const result = await probeTlsHello({ address: LOOPBACK, port }, spec, LIMITS)

    expect(result).toMatchObject({ ok: false, kind: 'too-large' })
    expect(result.ms).toBeLessThan(1_000)
  })

  it('gives up at once on a handshake message announcing 10 MB', async () => {
    // A legal record header (16 KiB), then a Certificate message header claiming 10 MB.
    const header = Buffer.from([0x16, 0x03, 0x03, 0x40, 0x00, 0x0b, 0xa0, 0x00, 0x00])
    const port = await start(dribbleAfter(header))

    const result = await probeTlsHello({ address: LOOPBACK, port }, spec, LIMITS)

    expect(result).toMatchObject({ ok: false, kind: 'too-large' })
    expect(result.ms).toBeLessThan(1_000)
  })

  it('stops reading a flood of well-formed records at the byte budget', async () => {
    const heartbeat = Buffer.concat([Buffer.from([0x18, 0x03, 0x03, 0x40, 0x00]), Buffer.alloc(0x4000)])
    const port = await start((socket) => {
      const flood = (): void => {
        while (!socket.destroyed && socket.write(heartbeat));
      }
      socket.on('drain', flood)
      flood()
    })

    const result = await probeTlsHello({ address: LOOPBACK, port }, spec, { ...LIMITS, maxBytes: 100_000 })

    expect(result).toMatchObject({ ok: false, kind: 'too-large' })
  })

  it('times out on a server that accepts and says nothing, within the read deadline', async () => {
    const port = await start(() => undefined)
    const readTimeoutMs = 300

    const result = await probeTlsHello({ address: LOOPBACK, port }, spec, { connectTimeoutMs: 1_000, readTimeoutMs })

    expect(result).toMatchObject({ ok: false, kind: 'timeout' })
    expect(result.ms).toBeGreaterThanOrEqual(readTimeoutMs - 5)
    expect(result.ms).toBeLessThan(readTimeoutMs + 300)
  })

  it('keeps one deadline however slowly a server dribbles valid bytes', async () => {
    const port = await start(dribbleAfter(Buffer.from([0x16, 0x03, 0x03, 0x40, 0x00, 0x0b, 0x00, 0x3f, 0xfc])))
    const readTimeoutMs = 300

    const result = await probeTlsHello({ address: LOOPBACK, port }, spec, { connectTimeoutMs: 1_000, readTimeoutMs })

    expect(result).toMatchObject({ ok: false, kind: 'timeout' })
    expect(result.ms).toBeLessThan(readTimeoutMs + 300)
  })

  it('reports a close without an alert', async () => {
    const port = await start((socket) => socket.end())

    const result = await probeTlsHello({ address: LOOPBACK, port }, spec, LIMITS)

    expect(result).toMatchObject({ ok: false, kind: 'closed' })
  })

  it('reports a reset', async () => {
    const port = await start((socket) => socket.once('data', () => socket.resetAndDestroy()))

    const result = await probeTlsHello({ address: LOOPBACK, port }, spec, LIMITS)

    expect(result).toMatchObject({ ok: false, kind: 'reset' })
  })

  it('reports a refused connection as a connect failure', async () => {
    const port = await closedPort()

    const result = await probeTlsHello({ address: LOOPBACK, port }, spec, LIMITS)

    expect(result).toMatchObject({ ok: false, kind: 'connect', address: LOOPBACK, port })
    expect(!result.ok && result.error).toContain('ECONNREFUSED')
  })

  it('reports an invalid port as a connect failure instead of throwing', async () => {
    const result = await probeTlsHello({ address: LOOPBACK, port: 70_000 }, spec, LIMITS)

    expect(result).toMatchObject({ ok: false, kind: 'connect' })
  })
})

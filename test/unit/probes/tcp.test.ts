import { createServer, type Server } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { probeTcp } from '../../../src/probes/tcp.js'
import { LOOPBACK, close, freedPort, listen, startFullListener, type FullListener } from './listeners.js'

describe('probeTcp', () => {
  let server: Server
  let accepted = 0
  let openPort: number
  let full: FullListener

  beforeAll(async () => {
    server = createServer((socket) => {
      accepted++
      socket.on('error', () => undefined)
    })
    openPort = await listen(server)
    full = await startFullListener()
  })

  afterAll(async () => {
    await close(server)
    await full?.close()
  })

  it('reports a listening port as open, and really connects to it', async () => {
    const before = accepted

    const result = await probeTcp(LOOPBACK, openPort, 2_000)

    expect(result).toMatchObject({ address: LOOPBACK, port: openPort, outcome: 'open', timeoutMs: 2_000 })
    expect(result.errorCode).toBeUndefined()
    expect(result.ms).toBeGreaterThanOrEqual(0)
    expect(result.ms).toBeLessThan(1_000)
    await expect.poll(() => accepted).toBe(before + 1)
  })

  it('reports a port nothing listens on as refused with ECONNREFUSED', async () => {
    const port = await freedPort()

    const result = await probeTcp(LOOPBACK, port, 2_000)

    expect(result).toMatchObject({ address: LOOPBACK, port, outcome: 'refused', errorCode: 'ECONNREFUSED', timeoutMs: 2_000 })
    expect(result.ms).toBeLessThan(1_000)
  })

  it('times out at the deadline on a listener whose accept queue is full', async () => {
    expect(full.queued).toBeGreaterThanOrEqual(1)

    const result = await probeTcp(LOOPBACK, full.port, 300)

    expect(result).toMatchObject({ address: LOOPBACK, port: full.port, outcome: 'timeout', errorCode: 'ETIMEDOUT', timeoutMs: 300 })
    expect(result.ms).toBeGreaterThanOrEqual(250)
    expect(result.ms).toBeLessThanOrEqual(1_500)
  })

  it('answers each probe on its own when several run at once', async () => {
    const refused = await freedPort()

    const results = await Promise.all([
      probeTcp(LOOPBACK, openPort, 2_000),
      probeTcp(LOOPBACK, refused, 2_000),
      probeTcp(LOOPBACK, full.port, 300),
    ])

    expect(results.map((r) => [r.port, r.outcome])).toEqual([
      [openPort, 'open'],
      [refused, 'refused'],
      [full.port, 'timeout'],
    ])
  })
})

describe('probeTcp with a port the socket layer rejects', () => {
  it('answers unreachable instead of throwing', async () => {
    const observation = await probeTcp('127.0.0.1', 70000, 200)
    expect(observation.outcome).toBe('unreachable')
    expect(observation.errorCode).toBe('ERR_SOCKET_BAD_PORT')
  })
})

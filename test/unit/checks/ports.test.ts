import { createServer, type Server } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadTrustStore } from '../../../src/cert/trust.js'
import { portsCheck } from '../../../src/checks/ports.js'
import type { CheckContext } from '../../../src/checks/define.js'
import type { Observations } from '../../../src/probes/observations.js'
import { loopbackObservations } from './harness.js'
import { parseConfig } from '../../../src/config/load.js'
import { edgeProfile } from '../../../src/edges/index.js'
import { probeTcp } from '../../../src/probes/tcp.js'
import type { TcpObservation } from '../../../src/probes/types.js'
import { toFinding } from '../../../src/findings/to-finding.js'
import { LOOPBACK, close, freedPort, listen, startFullListener, type FullListener } from '../probes/listeners.js'

const config = parseConfig(
  ['version: 1', 'origins:', '  - name: ports-origin', '    domain: ports.lab.test', `    addresses: [${LOOPBACK}]`, ''].join('\n'),
  'ports.yml',
)
const origin = config.origins[0]!
const context: CheckContext = { origin, edge: edgeProfile('cloudfront'), trust: loadTrustStore([]), now: new Date() }

function observationsOf(tcp: TcpObservation[]): Observations {
  return loopbackObservations({ tcp })
}

describe('portsCheck on real TCP probes', () => {
  let server: Server
  let openPort: number
  let full: FullListener

  beforeAll(async () => {
    server = createServer((socket) => socket.on('error', () => undefined))
    openPort = await listen(server)
    full = await startFullListener()
  })

  afterAll(async () => {
    await close(server)
    await full?.close()
  })

  it('finds nothing for an open port', async () => {
    const open = await probeTcp(LOOPBACK, openPort, 2_000)

    expect(portsCheck.run(observationsOf([open]), context)).toEqual([])
  })

  it('reports PORT_REFUSED with the error and the time it took', async () => {
    const port = await freedPort()
    const refused = await probeTcp(LOOPBACK, port, 2_000)

    const found = portsCheck.run(observationsOf([refused]), context)

    expect(found).toEqual([
      { code: 'PORT_REFUSED', address: LOOPBACK, port, details: { error: 'ECONNREFUSED', ms: refused.ms, attempts: '1 of 1 failed' } },
    ])
    const finding = toFinding(found[0]!, origin.name, portsCheck.family)
    expect(finding.message).toBe(`${LOOPBACK} refused a TCP connection on port ${port}.`)
    expect(finding.severity).toBe('error')
  })

  it('reports PORT_TIMEOUT with the deadline that passed', async () => {
    const timedOut = await probeTcp(LOOPBACK, full.port, 300)

    const found = portsCheck.run(observationsOf([timedOut]), context)

    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ code: 'PORT_TIMEOUT', address: LOOPBACK, port: full.port, details: { timeoutMs: 300 } })
    expect(toFinding(found[0]!, 'ports-origin', 'ports').remedy).toMatch(/edge's address ranges/)
    expect(toFinding(found[0]!, origin.name, portsCheck.family).message).toBe(
      `A TCP connection to ${LOOPBACK}:${full.port} timed out after 300 ms (filtered?).`,
    )
  })

  it('reports each failing port of a mixed set, in the order observed, and skips the open one', async () => {
    const refusedPort = await freedPort()
    const tcp = await Promise.all([
      probeTcp(LOOPBACK, openPort, 2_000),
      probeTcp(LOOPBACK, refusedPort, 2_000),
      probeTcp(LOOPBACK, full.port, 300),
    ])

    const found = portsCheck.run(observationsOf(tcp), context)

    expect(found.map((o) => [o.code, o.port])).toEqual([
      ['PORT_REFUSED', refusedPort],
      ['PORT_TIMEOUT', full.port],
    ])
  })
})

describe('portsCheck on an address this machine cannot route to', () => {
  it('says it went unchecked, with the family, instead of passing or failing it', () => {
    const observations = { ...observationsOf([]), unavailable: [{ address: '2001:db8::7', family: 6 as const }] }
    const found = portsCheck.run(observations, context)
    expect(found).toEqual([
      {
        code: 'PROBE_UNAVAILABLE',
        address: '2001:db8::7',
        details: { unchecked: 'address', because: 'no-route', family: 'IPv6' },
      },
    ])
    expect(toFinding(found[0]!, 'o', 'ports').message).toBe('2001:db8::7 was not checked: this machine has no IPv6 route.')
  })
})

describe("portsCheck within the edge's connection attempts", () => {
  let full: FullListener

  beforeAll(async () => {
    full = await startFullListener()
  })
  afterAll(async () => {
    await full?.close()
  })

  it('reports a refusal only after every attempt failed, and says so', async () => {
    const port = await freedPort()
    const refused = await probeTcp(LOOPBACK, port, 2_000, 3)

    expect(refused).toMatchObject({ outcome: 'refused', attempts: 3, budget: 3 })
    expect(refused.failures.map((f) => f.errorCode)).toEqual(['ECONNREFUSED', 'ECONNREFUSED'])
    const found = portsCheck.run(observationsOf([refused]), context)
    expect(found).toEqual([
      { code: 'PORT_REFUSED', address: LOOPBACK, port, details: { error: 'ECONNREFUSED', ms: refused.ms, attempts: '3 of 3 failed' } },
    ])
  })

  it('spends the whole budget on a port that never answers: three deadlines, then PORT_TIMEOUT', async () => {
    const timedOut = await probeTcp(LOOPBACK, full.port, 200, 3)

    expect(timedOut).toMatchObject({ outcome: 'timeout', attempts: 3 })
    expect(timedOut.ms).toBeGreaterThanOrEqual(550)
    const found = portsCheck.run(observationsOf([timedOut]), context)
    expect(found).toMatchObject([{ code: 'PORT_TIMEOUT', port: full.port, details: { timeoutMs: 200, attempts: '3 of 3 failed' } }])
  })

  it('reports PORT_FLAKY, never a pass, when a later attempt answers', async () => {
    // The first attempt's SYN is dropped (the queue is full; Linux retries a SYN only after a second);
    // meanwhile the listener takes one connection off its queue, so the second attempt completes.
    const probe = probeTcp(LOOPBACK, full.port, 300, 3)
    setTimeout(() => full.acceptOne(), 100)
    const flaky = await probe

    expect(flaky).toMatchObject({ outcome: 'open', attempts: 2, budget: 3, failures: [{ outcome: 'timeout', errorCode: 'ETIMEDOUT' }] })
    const found = portsCheck.run(observationsOf([flaky]), context)
    expect(found).toEqual([
      {
        code: 'PORT_FLAKY',
        address: LOOPBACK,
        port: full.port,
        details: { attempts: '1 of 2 failed', failed: ['ETIMEDOUT'], budget: 3, timeoutMs: 300 },
      },
    ])
    const finding = toFinding(found[0]!, origin.name, portsCheck.family)
    expect(finding.severity).toBe('warning')
    expect(finding.message).toBe(
      `${LOOPBACK}:${full.port} answered only after failed attempts (1 of 2 failed: ETIMEDOUT); the edge gives up after 3.`,
    )
  })
})

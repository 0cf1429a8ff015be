import { readFileSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { udpExchange } from '../../../../src/probes/dns/transport.js'
import { encodeQuery } from '../../../../src/probes/dns/wire.js'
import { closeAll, rawUdpServer } from './servers.js'

afterAll(closeAll)

const QUESTION = { name: 'www.transport.test', type: 'A' }
const encode = (id: number) => encodeQuery(id, QUESTION)

/** Connected UDP sockets of this process's host whose peer is `port` (Linux: /proc/net/udp, ports in hex). */
function socketsConnectedTo(port: number): number {
  const hex = port.toString(16).toUpperCase().padStart(4, '0')
  return readFileSync('/proc/net/udp', 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim().split(/\s+/)[2]?.endsWith(`:${hex}`)).length
}

describe('udpExchange', () => {
  // Tests reach loopback only: a connect that fails in its callback (EACCES for a broadcast address) takes
  // the same way out as one that throws at once, closing the socket with the failure for every question.
  it('fails every question, without a crash, when the socket cannot connect to the server', async () => {
    const target = { address: '127.0.54.1', port: 0 }
    const results = await Promise.all([udpExchange(target, encode, QUESTION, 2_000), udpExchange(target, encode, QUESTION, 2_000)])
    for (const result of results) expect(result).toMatchObject({ ok: false, failure: { kind: 'unreachable' } })
  })

  it.runIf(process.platform === 'linux')('closes the socket it opened when the query cannot be encoded', async () => {
    const server = await rawUdpServer(() => [])
    expect(() =>
      udpExchange(
        server,
        () => {
          throw new Error('label too long')
        },
        QUESTION,
        2_000,
      ),
    ).toThrow('label too long')
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(socketsConnectedTo(server.port)).toBe(1)
    await new Promise((resolve) => setTimeout(resolve, 700))
    expect(socketsConnectedTo(server.port)).toBe(0)
  })
})

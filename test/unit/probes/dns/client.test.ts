import * as dnsPacket from 'dns-packet'
import { createSocket } from 'node:dgram'
import { afterAll, describe, expect, it } from 'vitest'
import { DnsClient } from '../../../../src/probes/dns/client.js'
import { closeAll, freshAddress, nameServer, rawTcpServer, rawUdpServer, started, zone } from './servers.js'

afterAll(closeAll)

const ZONE = zone('client.test', [{ name: 'www.client.test', type: 'A', data: '192.0.2.7' }])
const WWW_A = { name: 'www.client.test', type: 'A' }
const client = (timeoutMs = 300, udpAttempts = 2, dnssec = false) => new DnsClient({ timeoutMs, udpAttempts, dnssec })

describe('DnsClient', () => {
  it('asks without recursion, offers EDNS0 with 1232 bytes, and keeps rcode, flags and every section', async () => {
    const server = await nameServer([ZONE])
    const exchange = await client().query(server, WWW_A)

    expect(server.asked).toMatchObject([
      { name: 'www.client.test', type: 'A', transport: 'udp', recursionDesired: false, ednsUdpSize: 1232, dnssecOk: false },
    ])
    expect(exchange).toMatchObject({ ok: true, transport: 'udp', sent: 1 })
    if (!exchange.ok) return
    expect(exchange.response).toEqual({
      rcode: 'NOERROR',
      aa: true,
      tc: false,
      answers: [{ name: 'www.client.test', type: 'A', ttl: 300, data: '192.0.2.7' }],
      authorities: [],
      additionals: [],
    })
    const nxdomain = await client().query(server, { name: 'nope.client.test', type: 'A' })
    expect(nxdomain.ok && nxdomain.response).toMatchObject({
      rcode: 'NXDOMAIN',
      aa: true,
      authorities: [{ type: 'SOA', name: 'client.test' }],
    })
  })

  it('sets the DO bit when DNSSEC is checked', async () => {
    const server = await nameServer([ZONE])
    await client(300, 2, true).query(server, WWW_A)
    expect(server.asked[0]).toMatchObject({ dnssecOk: true })
  })

  it('asks again over TCP when the UDP answer is truncated', async () => {
    const server = await nameServer([ZONE], { truncateUdp: true })
    const exchange = await client().query(server, WWW_A)

    expect(server.asked.map((q) => q.transport)).toEqual(['udp', 'tcp'])
    expect(exchange).toMatchObject({ ok: true, transport: 'tcp', sent: 2, response: { tc: false, answers: [{ data: '192.0.2.7' }] } })
  })

  it('keeps a truncated answer, and why TCP failed, when the server drops TCP', async () => {
    const server = await nameServer([ZONE], { truncateUdp: true, tcp: false })
    const exchange = await client().query(server, WWW_A)

    expect(exchange).toMatchObject({ ok: true, transport: 'udp', response: { tc: true, answers: [] }, tcpFailure: { kind: 'refused' } })
  })

  it('asks an explicit TCP question over TCP only', async () => {
    const server = await nameServer([ZONE])
    const exchange = await client().query(server, WWW_A, 'tcp')
    expect(exchange).toMatchObject({ ok: true, transport: 'tcp', sent: 1 })
    expect(server.asked.map((q) => q.transport)).toEqual(['tcp'])
  })

  it('keeps REFUSED and SERVFAIL as answers, with the AA bit as sent', async () => {
    const refusing = await nameServer([ZONE], { rewrite: (reply) => ({ ...reply, rcode: 'REFUSED', aa: false, answers: [] }) })
    const failing = await nameServer([ZONE], { rewrite: (reply) => ({ ...reply, rcode: 'SERVFAIL', answers: [] }) })
    expect(await client().query(refusing, WWW_A)).toMatchObject({ ok: true, response: { rcode: 'REFUSED', aa: false } })
    expect(await client().query(failing, WWW_A)).toMatchObject({ ok: true, response: { rcode: 'SERVFAIL', aa: true } })
  })

  it('sends UDP twice, then TCP, and gives up on a silent server within its deadlines', async () => {
    const server = await nameServer([ZONE], { udp: false, tcp: 'silent' })
    const started = performance.now()
    const exchange = await client(200).query(server, WWW_A)
    const elapsed = performance.now() - started

    expect(exchange).toMatchObject({ ok: false, sent: 3, failure: { kind: 'timeout' }, tcpFailure: { kind: 'timeout' } })
    expect(elapsed).toBeGreaterThanOrEqual(550)
    expect(elapsed).toBeLessThan(1_500)
  })

  it('waits for a slow answer within the deadline, and not beyond it', async () => {
    const slow = await nameServer([ZONE], { delayMs: 60 })
    const slower = await nameServer([ZONE], { delayMs: 600, tcp: false })
    expect(await client(400).query(slow, WWW_A)).toMatchObject({ ok: true, transport: 'udp' })
    expect(await client(150, 1).query(slower, WWW_A)).toMatchObject({
      ok: false,
      failure: { kind: 'timeout', detail: 'udp: no answer within 150 ms' },
    })
  })

  it('takes a refused UDP port as final and tries TCP once', async () => {
    const nobody = { address: freshAddress(), port: 5353 }
    const started = performance.now()
    const exchange = await client(2_000).query(nobody, WWW_A)
    expect(exchange).toMatchObject({ ok: false, sent: 2, failure: { kind: 'refused' }, tcpFailure: { kind: 'refused' } })
    expect(performance.now() - started).toBeLessThan(1_000)
  })

  it('ignores answers with another id or another question, and takes the matching one', async () => {
    const server = await rawUdpServer((bytes) => {
      const query = dnsPacket.decode(bytes)
      const answer = (id: number, name: string) =>
        dnsPacket.encode({
          type: 'response',
          id,
          flags: dnsPacket.AUTHORITATIVE_ANSWER,
          questions: [{ name, type: 'A', class: 'IN' }],
          answers: [{ name, type: 'A', ttl: 60, data: name === 'www.client.test' ? '192.0.2.9' : '203.0.113.66' }],
        })
      return [
        answer((query.id! + 1) % 65_536, 'www.client.test'),
        answer(query.id!, 'evil.client.test'),
        answer(query.id!, 'www.client.test'),
      ]
    })
    const exchange = await client().query(server, WWW_A)
    expect(exchange).toMatchObject({ ok: true, response: { answers: [{ data: '192.0.2.9' }] } })
  })

  it('reports undecodable bytes as malformed, naming the transport', async () => {
    const server = await rawUdpServer((bytes) => [Buffer.concat([bytes.subarray(0, 2), Buffer.from([0x84, 0x00, 0x00, 0x01, 0xff])])])
    const exchange = await client(300, 1).query(server, WWW_A)
    expect(exchange.ok).toBe(false)
    if (exchange.ok) return
    expect(exchange.failure.kind).toBe('malformed')
    expect(exchange.failure.detail).toMatch(/^udp: undecodable message of 7 bytes/)
  })

  it('stops reading a TCP answer at the largest message DNS can carry', async () => {
    const endless = Buffer.alloc(70_000, 0x41)
    endless.writeUInt16BE(0xffff, 0)
    const server = await rawTcpServer(endless)
    const exchange = await client(1_000).query(server, WWW_A, 'tcp')
    expect(exchange).toMatchObject({ ok: false, failure: { kind: 'too-large', detail: 'tcp: over 65537 bytes' } })
  })

  it('shares a few sockets among many questions in flight to one server, each question getting its own answer', async () => {
    const address = freshAddress()
    const socket = createSocket('udp4')
    await new Promise<void>((resolve) => socket.bind(0, address, () => resolve()))
    started.push({ close: () => new Promise<void>((resolve) => socket.close(() => resolve())) })
    const held: { query: dnsPacket.Packet; port: number }[] = []
    socket.on('message', (message, peer) => {
      held.push({ query: dnsPacket.decode(message), port: peer.port })
      if (held.length < 100) return
      // Every answer at once, last question first.
      for (const { query, port } of [...held].reverse()) {
        const name = query.questions![0]!.name
        const answer = dnsPacket.encode({
          type: 'response',
          id: query.id!,
          flags: dnsPacket.AUTHORITATIVE_ANSWER,
          questions: [{ name, type: 'A', class: 'IN' }],
          answers: [{ name, type: 'A', ttl: 60, data: `192.0.2.${Number(name.split('.')[0]!.slice(1)) + 1}` }],
        })
        socket.send(answer, port, peer.address)
      }
    })

    const names = Array.from({ length: 100 }, (_, i) => `q${i}.client.test`)
    const exchanges = await Promise.all(
      names.map((name) => client(2_000, 1).query({ address, port: socket.address().port }, { name, type: 'A' })),
    )

    expect(exchanges.map((e) => (e.ok ? e.response.answers[0]?.data : e.failure.kind))).toEqual(names.map((_, i) => `192.0.2.${i + 1}`))
    // At most 32 questions in flight per socket: four sockets, not a hundred.
    expect(new Set(held.map((h) => h.port)).size).toBe(4)
  })
})

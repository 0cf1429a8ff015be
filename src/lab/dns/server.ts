import { createSocket, type Socket as UdpSocket } from 'node:dgram'
import { createServer, type Server, type Socket } from 'node:net'
import * as dnsPacket from 'dns-packet'
import { canonicalName } from '../../probes/dns/names.js'
import { toPacketAnswer, type LabZone } from './records.js'
import { answerQuery, type Reply } from './zone.js'

const RCODES: Record<Reply['rcode'], number> = { NOERROR: 0, FORMERR: 1, SERVFAIL: 2, NXDOMAIN: 3, NOTIMP: 4, REFUSED: 5 }
const TCP_BUDGET = 65_537

export interface AskedQuestion {
  name: string
  type: string
  transport: 'udp' | 'tcp'
  id: number
  recursionDesired: boolean
  /** The EDNS0 buffer size offered, when the query carried an OPT record. */
  ednsUdpSize?: number
  dnssecOk?: boolean
}

/** How a name server misbehaves; the default is a correct authoritative server. Tests script faults here. */
export interface NameServerBehaviour {
  /** false: no TCP listener (connections refused); 'silent': accepts and never answers. */
  tcp?: boolean | 'silent'
  /** false: nothing answers UDP (the socket stays bound, so queries time out). */
  udp?: boolean
  /** Every UDP answer is truncated (TC set, sections emptied): the client must retry over TCP. */
  truncateUdp?: boolean
  /** Wait this long before each answer. */
  delayMs?: number | ((question: AskedQuestion) => number)
  /** Rewrite the answer, or return undefined to drop it. */
  rewrite?: (reply: Reply, question: AskedQuestion) => Reply | undefined
}

export interface NameServerSpec {
  address: string
  zones: readonly LabZone[]
  behaviour?: NameServerBehaviour
}

export interface RunningNameServer {
  address: string
  port: number
  /** Every question received, in order. */
  asked: AskedQuestion[]
  close(): Promise<void>
}

/** An authoritative name server on one loopback address, answering UDP and TCP on one port. */
export async function startNameServer(spec: NameServerSpec, port = 0): Promise<RunningNameServer> {
  const behaviour = spec.behaviour ?? {}
  const asked: AskedQuestion[] = []
  const udp = createSocket('udp4')
  await new Promise<void>((resolve, reject) => {
    udp.once('error', reject)
    udp.bind(port, spec.address, () => {
      udp.off('error', reject)
      resolve()
    })
  })
  udp.on('error', () => undefined)
  const bound = udp.address().port
  let tcp: Server | undefined
  const connections = new Set<Socket>()
  if (behaviour.tcp !== false) {
    tcp = createServer((socket) => {
      connections.add(socket)
      socket.once('close', () => connections.delete(socket))
      serveTcp(socket, spec, asked)
    })
    try {
      await new Promise<void>((resolve, reject) => {
        tcp!.once('error', reject)
        tcp!.listen(bound, spec.address, () => resolve())
      })
    } catch (error) {
      udp.close()
      throw error
    }
  }
  if (behaviour.udp !== false) udp.on('message', (message, peer) => void serveUdp(udp, message, peer, spec, asked))
  return {
    address: spec.address,
    port: bound,
    asked,
    close: () =>
      new Promise<void>((resolve) => {
        udp.close()
        if (!tcp) return resolve()
        tcp.close(() => resolve())
        for (const socket of connections) socket.destroy()
      }),
  }
}

async function serveUdp(
  udp: UdpSocket,
  message: Buffer,
  peer: { address: string; port: number },
  spec: NameServerSpec,
  asked: AskedQuestion[],
): Promise<void> {
  const answer = await respond(message, 'udp', spec, asked)
  // An answer delayed on purpose may come after the server was closed.
  if (answer) {
    try {
      udp.send(answer, peer.port, peer.address, () => undefined)
    } catch {
      // closed meanwhile
    }
  }
}

function serveTcp(socket: Socket, spec: NameServerSpec, asked: AskedQuestion[]): void {
  socket.on('error', () => undefined)
  if (spec.behaviour?.tcp === 'silent') return
  let buffered = Buffer.alloc(0)
  // Chunks are handled one after the other: an answer awaited for one must not interleave with the next.
  let handled = Promise.resolve()
  socket.on('data', (chunk: Buffer) => {
    handled = handled.then(() => onChunk(chunk)).catch(() => void socket.destroy())
  })
  const onChunk = async (chunk: Buffer): Promise<void> => {
    buffered = Buffer.concat([buffered, chunk])
    if (buffered.length > TCP_BUDGET) return void socket.destroy()
    while (buffered.length >= 2 && buffered.length >= buffered.readUInt16BE(0) + 2) {
      const length = buffered.readUInt16BE(0)
      const message = buffered.subarray(2, length + 2)
      buffered = buffered.subarray(length + 2)
      const answer = await respond(message, 'tcp', spec, asked)
      if (!answer || socket.destroyed) continue
      const prefix = Buffer.alloc(2)
      prefix.writeUInt16BE(answer.length)
      socket.write(Buffer.concat([prefix, answer]))
    }
  }
}

async function respond(
  message: Buffer,
  transport: 'udp' | 'tcp',
  spec: NameServerSpec,
  asked: AskedQuestion[],
): Promise<Buffer | undefined> {
  let query: dnsPacket.DecodedPacket
  try {
    query = dnsPacket.decode(message)
  } catch {
    return undefined
  }
  const question = query.questions?.[0]
  if (!question || query.type !== 'query') return undefined
  const opt = query.additionals?.find((a): a is dnsPacket.OptAnswer => a.type === 'OPT')
  const seen: AskedQuestion = {
    name: canonicalName(question.name),
    type: question.type,
    transport,
    id: query.id ?? 0,
    recursionDesired: query.flag_rd,
  }
  if (opt) Object.assign(seen, { ednsUdpSize: opt.udpPayloadSize, dnssecOk: opt.flag_do })
  asked.push(seen)
  const behaviour = spec.behaviour ?? {}
  let reply: Reply | undefined = answerQuery(spec.zones, seen.name, seen.type, seen.dnssecOk === true)
  if (behaviour.rewrite) reply = behaviour.rewrite(reply, seen)
  if (!reply) return undefined
  const delay = typeof behaviour.delayMs === 'function' ? behaviour.delayMs(seen) : behaviour.delayMs
  if (delay) await new Promise((resolve) => setTimeout(resolve, delay))
  const limit = transport === 'tcp' ? 65_535 : Math.max(512, opt?.udpPayloadSize ?? 512)
  const encoded = encodeReply(query, reply, opt !== undefined, false)
  if (transport === 'udp' && (behaviour.truncateUdp || encoded.length > limit))
    return encodeReply(query, { ...reply, answers: [], authorities: [], additionals: [] }, opt !== undefined, true)
  return encoded
}

function encodeReply(query: dnsPacket.DecodedPacket, reply: Reply, edns: boolean, truncated: boolean): Buffer {
  let flags = RCODES[reply.rcode] | ((query.flags ?? 0) & dnsPacket.RECURSION_DESIRED)
  if (reply.aa) flags |= dnsPacket.AUTHORITATIVE_ANSWER
  if (truncated || reply.tc) flags |= dnsPacket.TRUNCATED_RESPONSE
  return dnsPacket.encode({
    type: 'response',
    id: query.id ?? 0,
    flags,
    questions: query.questions ?? [],
    answers: reply.answers.map(toPacketAnswer),
    authorities: reply.authorities.map(toPacketAnswer),
    additionals: [
      ...reply.additionals.map(toPacketAnswer),
      ...(edns
        ? [
            {
              type: 'OPT' as const,
              name: '.',
              udpPayloadSize: 1232,
              extendedRcode: 0,
              ednsVersion: 0,
              flags: 0,
              flag_do: false,
              options: [],
            },
          ]
        : []),
    ],
  })
}

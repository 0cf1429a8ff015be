import { describe, expect, it } from 'vitest'
import { buildClientHello, type ClientHelloSpec } from '../../../../src/probes/tls/client-hello.js'

interface ParsedHello {
  recordVersion: number
  clientVersion: number
  sessionId: Buffer
  suites: number[]
  compression: number[]
  /** Extension type → data; undefined when the hello has no extension block. */
  extensions?: Map<number, Buffer>
}

/** Reads a ClientHello record back, checking every length on the way. */
function parseHello(record: Buffer): ParsedHello {
  expect(record[0]).toBe(22)
  expect(record.readUInt16BE(3)).toBe(record.length - 5)
  const handshake = record.subarray(5)
  expect(handshake[0]).toBe(1)
  expect(handshake.readUIntBE(1, 3)).toBe(handshake.length - 4)
  const body = handshake.subarray(4)
  let at = 34
  const sessionLength = body[at] as number
  const sessionId = body.subarray(at + 1, at + 1 + sessionLength)
  at += 1 + sessionLength
  const suitesLength = body.readUInt16BE(at)
  const suites: number[] = []
  for (let i = 0; i < suitesLength; i += 2) suites.push(body.readUInt16BE(at + 2 + i))
  at += 2 + suitesLength
  const compression = [...body.subarray(at + 1, at + 1 + (body[at] as number))]
  at += 1 + compression.length
  const parsed: ParsedHello = {
    recordVersion: record.readUInt16BE(1),
    clientVersion: body.readUInt16BE(0),
    sessionId,
    suites,
    compression,
  }
  if (at === body.length) return parsed
  expect(body.readUInt16BE(at)).toBe(body.length - at - 2)
  const extensions = new Map<number, Buffer>()
  for (at += 2; at < body.length;) {
    const type = body.readUInt16BE(at)
    const length = body.readUInt16BE(at + 2)
    expect(extensions.has(type)).toBe(false)
    extensions.set(type, body.subarray(at + 4, at + 4 + length))
    at += 4 + length
  }
  expect(at).toBe(body.length)
  return { ...parsed, extensions }
}

const base: ClientHelloSpec = {
  version: 'TLSv1.2',
  cipherSuites: [0xc02f, 0x002f],
  groups: [29, 23],
  signatureAlgorithms: [0x0401, 0x0403],
}

describe('buildClientHello', () => {
  it('builds a TLS 1.2 hello with the offered suites, groups and signature schemes', () => {
    const hello = parseHello(buildClientHello({ ...base, sni: 'origin.example.com' }))

    expect(hello.recordVersion).toBe(0x0301)
    expect(hello.clientVersion).toBe(0x0303)
    expect(hello.sessionId.length).toBe(0)
    expect(hello.suites).toEqual([0xc02f, 0x002f])
    expect(hello.compression).toEqual([0])
    const ext = hello.extensions as Map<number, Buffer>
    const sni = ext.get(0) as Buffer
    expect(sni.readUInt16BE(0)).toBe(sni.length - 2)
    expect(sni[2]).toBe(0) // host_name
    expect(sni.subarray(5).toString('ascii')).toBe('origin.example.com')
    expect(ext.get(10)).toEqual(Buffer.from([0, 4, 0, 29, 0, 23]))
    expect(ext.get(11)).toEqual(Buffer.from([1, 0]))
    expect(ext.get(13)).toEqual(Buffer.from([0, 4, 0x04, 0x01, 0x04, 0x03]))
    expect(ext.get(0xff01)).toEqual(Buffer.from([0]))
    expect(ext.has(43)).toBe(false)
    expect(ext.has(51)).toBe(false)
  })

  it('leaves out server_name without SNI and signature_algorithms before TLS 1.2', () => {
    const hello = parseHello(buildClientHello({ ...base, version: 'TLSv1.1' }))

    expect(hello.clientVersion).toBe(0x0302)
    expect(hello.extensions?.has(0)).toBe(false)
    expect(hello.extensions?.has(13)).toBe(false)
    expect(hello.extensions?.has(10)).toBe(true)
  })

  it('builds an SSLv3 hello without extensions, signalling renegotiation with the SCSV', () => {
    const hello = parseHello(buildClientHello({ ...base, version: 'SSLv3', cipherSuites: [0x0004], sni: 'x.test' }))

    expect(hello.recordVersion).toBe(0x0300)
    expect(hello.clientVersion).toBe(0x0300)
    expect(hello.extensions).toBeUndefined()
    expect(hello.suites).toEqual([0x0004, 0x00ff])
  })

  it('builds a TLS 1.3 hello: legacy version, supported_versions, an x25519 key share, a session id', () => {
    const hello = parseHello(buildClientHello({ ...base, version: 'TLSv1.3', cipherSuites: [0x1301] }))

    expect(hello.recordVersion).toBe(0x0301)
    expect(hello.clientVersion).toBe(0x0303)
    expect(hello.sessionId.length).toBe(32)
    const ext = hello.extensions as Map<number, Buffer>
    expect(ext.get(43)).toEqual(Buffer.from([2, 0x03, 0x04]))
    const keyShare = ext.get(51) as Buffer
    expect(keyShare.readUInt16BE(0)).toBe(36)
    expect(keyShare.readUInt16BE(2)).toBe(29)
    expect(keyShare.readUInt16BE(4)).toBe(32)
    expect(keyShare.length).toBe(38)
    expect(ext.has(13)).toBe(true)
    expect(ext.has(0xff01)).toBe(false)
  })

  it('sends an empty key share list when x25519 is not offered', () => {
    const hello = parseHello(buildClientHello({ ...base, version: 'TLSv1.3', groups: [23], cipherSuites: [0x1301] }))

    expect(hello.extensions?.get(51)).toEqual(Buffer.from([0, 0]))
  })

  it('uses fresh randoms for every hello', () => {
    const first = buildClientHello(base).subarray(11, 43)
    const second = buildClientHello(base).subarray(11, 43)

    expect(first.equals(second)).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { MAX_HANDSHAKE_BYTES, TlsRecordReader, escapeBytes } from '../../../../src/probes/tls/records.js'

function record(contentType: number, fragment: Buffer): Buffer {
  const header = Buffer.from([contentType, 3, 3, 0, 0])
  header.writeUInt16BE(fragment.length, 3)
  return Buffer.concat([header, fragment])
}

function handshakeMessage(msgType: number, body: Buffer): Buffer {
  return Buffer.concat([Buffer.from([msgType, body.length >> 16, (body.length >> 8) & 0xff, body.length & 0xff]), body])
}

describe('TlsRecordReader', () => {
  it('reads several handshake messages from one record', () => {
    const reader = new TlsRecordReader()
    const fragment = Buffer.concat([handshakeMessage(2, Buffer.from('hello')), handshakeMessage(14, Buffer.alloc(0))])

    const { messages, failure } = reader.push(record(22, fragment))

    expect(failure).toBeUndefined()
    expect(messages).toEqual([
      { type: 'handshake', msgType: 2, body: Buffer.from('hello') },
      { type: 'handshake', msgType: 14, body: Buffer.alloc(0) },
    ])
  })

  it('reassembles a message spanning records, fed one byte at a time', () => {
    const reader = new TlsRecordReader()
    const message = handshakeMessage(11, Buffer.alloc(40_000, 7))
    const stream = Buffer.concat([
      record(22, message.subarray(0, 16_384)),
      record(22, message.subarray(16_384, 32_768)),
      record(22, message.subarray(32_768)),
    ])

    const messages = [...stream].flatMap((byte) => reader.push(Buffer.from([byte])).messages)

    expect(messages).toEqual([{ type: 'handshake', msgType: 11, body: Buffer.alloc(40_000, 7) }])
    expect(reader.partialBytes).toBe(0)
  })

  it('decodes alerts and reports other records', () => {
    const reader = new TlsRecordReader()

    const { messages } = reader.push(Buffer.concat([record(20, Buffer.from([1])), record(21, Buffer.from([2, 40]))]))

    expect(messages).toEqual([
      { type: 'record', contentType: 20, length: 1 },
      { type: 'alert', level: 2, description: 40 },
    ])
  })

  it('names an HTTP answer as not TLS from its first byte, escaped', () => {
    const reader = new TlsRecordReader()

    const { failure } = reader.push(Buffer.from('HTTP/1.1 400 Bad Request\r\n\r\n'))

    expect(failure).toEqual({
      kind: 'not-tls',
      error: 'the answer is not a TLS record',
      received: 'HTTP/1.1 400 Bad Request\\x0d\\x0a\\x0d\\x0a',
    })
  })

  it('names a record whose major version is not 3 as not TLS', () => {
    expect(new TlsRecordReader().push(Buffer.from([22, 4])).failure?.kind).toBe('not-tls')
  })

  it('calls a bad header after good records malformed, not "not TLS"', () => {
    const reader = new TlsRecordReader()

    const { failure } = reader.push(Buffer.concat([record(20, Buffer.from([1])), Buffer.from([99, 3, 3, 0, 1, 0])]))

    expect(failure?.kind).toBe('malformed')
  })

  it('refuses a record longer than 16384 + 2048 bytes as soon as its header arrives', () => {
    const reader = new TlsRecordReader()

    expect(reader.push(Buffer.from([22, 3, 3, 0x48, 0x01])).failure?.kind).toBe('too-large')
    expect(new TlsRecordReader().push(Buffer.from([22, 3, 3, 0x48, 0x00])).failure).toBeUndefined()
  })

  it('refuses a handshake message over the budget from its header alone', () => {
    const reader = new TlsRecordReader()
    const length = MAX_HANDSHAKE_BYTES + 1

    const { failure } = reader.push(Buffer.from([22, 3, 3, 0x40, 0x00, 11, length >> 16, (length >> 8) & 0xff, length & 0xff]))

    expect(failure?.kind).toBe('too-large')
  })

  it('refuses more handshake bytes than the budget in total', () => {
    const reader = new TlsRecordReader()
    const filler = record(22, handshakeMessage(12, Buffer.alloc(16_000)))
    let kind: string | undefined
    for (let i = 0; i < 20 && !kind; i += 1) kind = reader.push(filler).failure?.kind

    expect(kind).toBe('too-large')
  })

  it('does not mistake the next record header for a handshake header when a record is tiny', () => {
    const reader = new TlsRecordReader()
    const message = handshakeMessage(14, Buffer.alloc(0))
    // A 1-byte record: the three bytes after it are the next record's header (0x16 0x03 0x03), which read
    // as a handshake length would be 1.4 MB.
    const stream = Buffer.concat([record(22, message.subarray(0, 1)), record(22, message.subarray(1))])

    expect(reader.push(stream)).toEqual({ messages: [{ type: 'handshake', msgType: 14, body: Buffer.alloc(0) }] })
  })

  it('calls an alert record of odd length malformed', () => {
    expect(new TlsRecordReader().push(record(21, Buffer.from([2]))).failure?.kind).toBe('malformed')
  })

  it('calls another record in the middle of a handshake message malformed', () => {
    const reader = new TlsRecordReader()
    const message = handshakeMessage(11, Buffer.alloc(100))

    const { failure } = reader.push(Buffer.concat([record(22, message.subarray(0, 50)), record(21, Buffer.from([2, 40]))]))

    expect(failure?.kind).toBe('malformed')
  })

  it('keeps reporting its first failure', () => {
    const reader = new TlsRecordReader()
    reader.push(Buffer.from('GET /'))

    expect(reader.push(record(22, handshakeMessage(14, Buffer.alloc(0)))).failure?.kind).toBe('not-tls')
  })
})

describe('escapeBytes', () => {
  it('keeps printable ASCII, escapes the rest and stops at 64 bytes', () => {
    expect(escapeBytes(Buffer.from([0x41, 0x00, 0x7f, 0x20, 0xff]))).toBe('A\\x00\\x7f \\xff')
    expect(escapeBytes(Buffer.alloc(100, 0x61))).toBe('a'.repeat(64))
  })
})

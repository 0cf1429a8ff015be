import { describe, expect, it } from 'vitest'
import { alertName, versionName, wireVersion } from '../../../../src/probes/tls/names.js'
import { ServerFlight } from '../../../../src/probes/tls/server-flight.js'
import { parseCertificateList, parseServerHello } from '../../../../src/probes/tls/server-messages.js'
import type { TlsMessage } from '../../../../src/probes/tls/records.js'

const HRR_RANDOM = Buffer.from('cf21ad74e59a6111be1d8c021e65b891c2a211167abb8c5e079e09e2c8a8339c', 'hex')

function u16(value: number): Buffer {
  return Buffer.from([value >> 8, value & 0xff])
}

function u24(value: number): Buffer {
  return Buffer.from([value >> 16, (value >> 8) & 0xff, value & 0xff])
}

function serverHello(options: { version?: number; suite?: number; random?: Buffer; extensions?: Buffer }): Buffer {
  const parts = [
    u16(options.version ?? 0x0303),
    options.random ?? Buffer.alloc(32, 1),
    Buffer.from([0]),
    u16(options.suite ?? 0xc02f),
    Buffer.from([0]),
  ]
  if (options.extensions) parts.push(u16(options.extensions.length), options.extensions)
  return Buffer.concat(parts)
}

const supportedVersions13 = Buffer.concat([u16(43), u16(2), u16(0x0304)])

function certificateMessage(ders: Buffer[]): Buffer {
  const list = Buffer.concat(ders.flatMap((der) => [u24(der.length), der]))
  return Buffer.concat([u24(list.length), list])
}

function handshake(msgType: number, body: Buffer = Buffer.alloc(0)): TlsMessage {
  return { type: 'handshake', msgType, body }
}

describe('parseServerHello', () => {
  it('reads a hello without extensions (SSLv3 style)', () => {
    expect(parseServerHello(serverHello({ version: 0x0300, suite: 0x0004 }))).toEqual({
      version: 0x0300,
      cipherSuite: 0x0004,
      helloRetryRequest: false,
    })
  })

  it('takes the version from supported_versions', () => {
    expect(parseServerHello(serverHello({ suite: 0x1302, extensions: supportedVersions13 }))?.version).toBe(0x0304)
  })

  it('recognises a HelloRetryRequest', () => {
    const hello = parseServerHello(serverHello({ random: HRR_RANDOM, extensions: supportedVersions13 }))
    expect(hello?.helloRetryRequest).toBe(true)
  })

  it('rejects truncated hellos and broken extension blocks', () => {
    const full = serverHello({ extensions: supportedVersions13 })
    const withoutExtensions = 38 // a complete extension-less hello
    for (let length = 0; length < full.length; length += 1) {
      if (length !== withoutExtensions) expect(parseServerHello(full.subarray(0, length))).toBeUndefined()
    }
    expect(parseServerHello(Buffer.concat([full, Buffer.from([0])]))).toBeUndefined()
  })
})

describe('parseCertificateList', () => {
  it('keeps the certificates in order', () => {
    const ders = [Buffer.from('leaf'), Buffer.from('root'), Buffer.from('intermediate')]
    expect(parseCertificateList(certificateMessage(ders))).toEqual(ders)
  })

  it('rejects lengths that do not add up', () => {
    const message = certificateMessage([Buffer.from('leaf')])
    expect(parseCertificateList(message.subarray(0, message.length - 1))).toBeUndefined()
    expect(parseCertificateList(Buffer.concat([message, Buffer.from([0])]))).toBeUndefined()
    expect(parseCertificateList(certificateMessage([Buffer.alloc(0)]))).toBeUndefined()
  })
})

describe('ServerFlight', () => {
  it('finishes a TLS 1.2 flight at ServerHelloDone with the chain and the CertificateRequest', () => {
    const flight = new ServerFlight()
    const ders = [Buffer.from('leaf'), Buffer.from('intermediate')]

    expect(flight.accept(handshake(2, serverHello({})))).toBeUndefined()
    expect(flight.accept(handshake(11, certificateMessage(ders)))).toBeUndefined()
    expect(flight.accept(handshake(12, Buffer.from('key exchange')))).toBeUndefined()
    expect(flight.accept(handshake(13, Buffer.from('request')))).toBeUndefined()

    expect(flight.accept(handshake(14))).toEqual({
      ok: true,
      version: 'TLSv1.2',
      cipherSuite: 0xc02f,
      certificates: ders,
      certificateRequested: true,
    })
  })

  it('finishes at a TLS 1.3 ServerHello', () => {
    const outcome = new ServerFlight().accept(handshake(2, serverHello({ suite: 0x1301, extensions: supportedVersions13 })))
    expect(outcome).toEqual({ ok: true, version: 'TLSv1.3', cipherSuite: 0x1301, certificates: [], certificateRequested: false })
  })

  it('goes on after a warning alert and stops at a fatal one or close_notify', () => {
    const flight = new ServerFlight()
    expect(flight.accept({ type: 'alert', level: 1, description: 112 })).toBeUndefined()
    expect(flight.accept({ type: 'alert', level: 2, description: 70 })).toMatchObject({
      ok: false,
      kind: 'alert',
      alert: { level: 2, description: 70, name: 'protocol_version' },
    })
    expect(new ServerFlight().accept({ type: 'alert', level: 1, description: 0 })).toMatchObject({
      kind: 'alert',
      alert: { name: 'close_notify' },
    })
  })

  it('calls out-of-order or unreadable flights malformed', () => {
    expect(new ServerFlight().accept(handshake(11, certificateMessage([])))).toMatchObject({ kind: 'malformed' })
    expect(new ServerFlight().accept(handshake(2, Buffer.from([3])))).toMatchObject({ kind: 'malformed' })
    expect(new ServerFlight().accept({ type: 'record', contentType: 23, length: 10 })).toMatchObject({ kind: 'malformed' })
    const twice = new ServerFlight()
    twice.accept(handshake(2, serverHello({})))
    expect(twice.accept(handshake(2, serverHello({})))).toMatchObject({ kind: 'malformed' })
  })
})

describe('names', () => {
  it('maps versions both ways and shows unknown ones in hex', () => {
    expect(wireVersion('SSLv3')).toBe(0x0300)
    expect(wireVersion('TLSv1.3')).toBe(0x0304)
    expect(versionName(0x0301)).toBe('TLSv1')
    expect(versionName(0x0302)).toBe('TLSv1.1')
    expect(versionName(0x7f1c)).toBe('0x7f1c')
  })

  it('names alerts from RFC 8446 and RFC 5246', () => {
    expect(alertName(40)).toBe('handshake_failure')
    expect(alertName(70)).toBe('protocol_version')
    expect(alertName(116)).toBe('certificate_required')
    expect(alertName(41)).toBe('no_certificate')
    expect(alertName(250)).toBe('unknown_alert_250')
  })
})

import type { TlsHelloFailure, TlsHelloSuccess } from './types.js'
import { alertName, versionName } from './names.js'
import { CONTENT, type TlsMessage } from './records.js'
import { parseCertificateList, parseServerHello, type ServerHello } from './server-messages.js'

const HANDSHAKE = {
  helloRequest: 0,
  serverHello: 2,
  certificate: 11,
  certificateRequest: 13,
  serverHelloDone: 14,
} as const
const ALERT_WARNING = 1
const ALERT_CLOSE_NOTIFY = 0
const TLS13 = 0x0304

export type FlightOutcome = TlsHelloSuccess | TlsHelloFailure

/**
 * Follows the server's first flight, message by message, and says when it is over: at ServerHelloDone
 * (TLS 1.2 and earlier), at the ServerHello of TLS 1.3 (everything after it is encrypted), or at a fatal
 * alert. Pure: no socket, so it can be fed recorded bytes.
 */
export class ServerFlight {
  private serverHello: ServerHello | undefined
  private certificates: Buffer[] = []
  private certificateRequested = false

  accept(message: TlsMessage): FlightOutcome | undefined {
    if (message.type === 'alert') {
      // Warnings (an unrecognized_name, say) let the handshake go on; close_notify does not.
      if (message.level === ALERT_WARNING && message.description !== ALERT_CLOSE_NOTIFY) return undefined
      const alert = { level: message.level, description: message.description, name: alertName(message.description) }
      return { ok: false, kind: 'alert', alert, error: `server sent alert ${alert.name}` }
    }
    if (message.type === 'record') {
      if (message.contentType === CONTENT.applicationData) {
        return malformed('application data before the handshake finished')
      }
      return undefined // ChangeCipherSpec (TLS 1.3 middlebox compatibility) or heartbeat
    }
    return this.acceptHandshake(message.msgType, message.body)
  }

  private acceptHandshake(msgType: number, body: Buffer): FlightOutcome | undefined {
    if (msgType === HANDSHAKE.helloRequest) return undefined
    if (msgType === HANDSHAKE.serverHello) {
      if (this.serverHello) return malformed('a second ServerHello')
      const serverHello = parseServerHello(body)
      if (!serverHello) return malformed('ServerHello does not parse')
      this.serverHello = serverHello
      // From a TLS 1.3 ServerHello (or a HelloRetryRequest) on, the server's choice is known and the
      // rest is encrypted.
      return serverHello.version === TLS13 || serverHello.helloRetryRequest ? this.success() : undefined
    }
    if (!this.serverHello) return malformed(`handshake message ${msgType} before ServerHello`)
    switch (msgType) {
      case HANDSHAKE.certificate: {
        const certificates = parseCertificateList(body)
        if (!certificates) return malformed('Certificate message does not parse')
        this.certificates = certificates
        return undefined
      }
      case HANDSHAKE.certificateRequest:
        this.certificateRequested = true
        return undefined
      case HANDSHAKE.serverHelloDone:
        return this.success()
      default:
        return undefined // ServerKeyExchange, CertificateStatus: not needed
    }
  }

  private success(): TlsHelloSuccess {
    const serverHello = this.serverHello as ServerHello
    return {
      ok: true,
      version: versionName(serverHello.version),
      cipherSuite: serverHello.cipherSuite,
      certificates: this.certificates,
      certificateRequested: this.certificateRequested,
    }
  }
}

function malformed(error: string): TlsHelloFailure {
  return { ok: false, kind: 'malformed', error }
}

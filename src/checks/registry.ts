import type { Check } from './define.js'
import { dnsCheck } from './dns.js'
import { portsCheck } from './ports.js'
import { tlsHandshakeCheck } from './tls-handshake.js'
import { sniCheck } from './sni.js'
import { certificateCheck } from './certificate.js'
import { tlsProtocolCheck } from './tls-protocol.js'
import { httpResponseCheck } from './http-response.js'
import { httpStatusCheck } from './http-status.js'
import { httpKeepAliveCheck } from './http-keepalive.js'

/** Every check, in report order. A new check is one file and one line here. */
export const CHECKS: readonly Check[] = [
  dnsCheck,
  portsCheck,
  tlsHandshakeCheck,
  tlsProtocolCheck,
  sniCheck,
  certificateCheck,
  httpResponseCheck,
  httpStatusCheck,
  httpKeepAliveCheck,
]

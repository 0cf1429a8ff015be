/** The request the edge sends to the origin, as bytes. */
import { TOOL_VERSION } from '../../version.js'

export interface HttpRequestSpec {
  method: 'GET' | 'HEAD'
  path: string
  /** The Host the edge sends: the forwarded Host, else the origin domain. */
  host: string
  /** Custom origin headers from the config (values may be secrets). */
  headers: Readonly<Record<string, string>>
}

/** Fields the exchange owns: a custom header of the same name would break the request's own framing or reuse. */
const OWN_FIELDS = new Set(['host', 'connection', 'keep-alive', 'content-length', 'transfer-encoding', 'te', 'upgrade', 'trailer'])

export function buildRequest(spec: HttpRequestSpec): Buffer {
  const lines = [
    `${spec.method} ${spec.path} HTTP/1.1`,
    `Host: ${spec.host}`,
    `User-Agent: origin-preflight/${TOOL_VERSION}`,
    'Accept: */*',
    ...customFields(spec.headers).map(([name, value]) => `${name}: ${value}`),
    'Connection: keep-alive',
    '',
    '',
  ]
  return Buffer.from(lines.join('\r\n'), 'utf8')
}

/** The custom headers that go out: not the exchange's own fields, never a value that could split the request. */
export function customFields(headers: Readonly<Record<string, string>>): [string, string][] {
  return Object.entries(headers).filter(([name, value]) => !OWN_FIELDS.has(name.toLowerCase()) && !/[\r\n\0]/.test(value))
}

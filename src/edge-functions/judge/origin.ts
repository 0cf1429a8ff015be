/**
 * The origin object an origin-request Lambda@Edge function may rewrite (`request.origin`): exactly one of
 * `custom` and `s3`, every field of it, within the values CloudFront accepts.
 */
import type { JsonObject, JsonValue } from '../../json.js'
import { isDisallowedHeader } from '../header-rules.js'
import { isObject, text, type Judgement } from './context.js'

const SSL_PROTOCOLS = ['TLSv1.2', 'TLSv1.1', 'TLSv1', 'SSLv3']
const CUSTOM_FIELDS = ['customHeaders', 'domainName', 'keepaliveTimeout', 'path', 'port', 'protocol', 'readTimeout', 'sslProtocols']
const S3_FIELDS = ['authMethod', 'customHeaders', 'domainName', 'path', 'region']

function inRange(value: JsonValue | undefined, low: number, high: number): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= low && value <= high
}

export function checkOrigin(j: Judgement, origin: JsonValue | undefined, before: JsonValue | undefined): void {
  if (origin === undefined || JSON.stringify(origin) === JSON.stringify(before)) return
  const path = ['request', 'origin']
  if (!isObject(origin)) return j.invalid(path, 'origin-not-object')
  const kinds = Object.keys(origin).filter((k) => k === 'custom' || k === 's3')
  if (kinds.length !== 1 || Object.keys(origin).length !== 1) return j.invalid(path, 'origin-type', { keys: Object.keys(origin) })
  const kind = kinds[0]!
  const config = origin[kind]
  if (!isObject(config)) return j.invalid([...path, kind], 'origin-not-object')
  const at = (field: string, problem: string, extra: JsonObject = {}) => j.invalid([...path, kind, field], problem, extra)
  for (const field of kind === 'custom' ? CUSTOM_FIELDS : S3_FIELDS) if (!(field in config)) at(field, 'missing')

  const domain = config['domainName']
  if (typeof domain === 'string') {
    const ip = /^\d{1,3}(\.\d{1,3}){3}$/.test(domain)
    if (kind === 'custom' && (ip || domain.includes(':') || domain.length > 253 || domain === '')) {
      at('domainName', ip ? 'domain-is-ip-address' : domain.includes(':') ? 'domain-has-colon' : 'domain-length', {
        domainName: domain.slice(0, 260),
      })
    }
  } else if (domain !== undefined) at('domainName', 'not-string')

  if (typeof config['path'] === 'string' && config['path'] !== '' && (!config['path'].startsWith('/') || config['path'].endsWith('/'))) {
    at('path', 'origin-path', { path: config['path'] })
  }
  if (kind === 'custom') {
    const port = config['port']
    if (port !== undefined && !(port === 80 || port === 443 || inRange(port, 1024, 65535))) at('port', 'port', { port })
    const protocol = config['protocol']
    if (protocol !== undefined && protocol !== 'http' && protocol !== 'https') at('protocol', 'protocol', { protocol })
    if (config['keepaliveTimeout'] !== undefined && !inRange(config['keepaliveTimeout'], 1, 60))
      at('keepaliveTimeout', 'range', { value: config['keepaliveTimeout'], min: 1, max: 60 })
    if (config['readTimeout'] !== undefined && !inRange(config['readTimeout'], 4, 60))
      at('readTimeout', 'range', { value: config['readTimeout'], min: 4, max: 60 })
    const ssl = config['sslProtocols']
    if (
      ssl !== undefined &&
      (!Array.isArray(ssl) || ssl.length === 0 || ssl.some((p) => typeof p !== 'string' || !SSL_PROTOCOLS.includes(p)))
    ) {
      at('sslProtocols', 'ssl-protocols', { sslProtocols: Array.isArray(ssl) ? ssl : text(ssl) })
    }
  } else {
    const auth = config['authMethod']
    if (auth !== undefined && auth !== 'origin-access-identity' && auth !== 'none')
      at('authMethod', 'auth-method', { authMethod: text(auth) })
  }
  const headers = config['customHeaders']
  if (headers !== undefined && !isObject(headers)) at('customHeaders', 'headers-not-object')
  else if (headers !== undefined) {
    for (const name of Object.keys(headers)) {
      if (isDisallowedHeader(name))
        j.add('EDGE_FUNCTION_DISALLOWED_HEADER', j.where([...path, kind, 'customHeaders', name], name), {
          header: name.toLowerCase(),
          change: 'added',
          part: 'origin-custom-headers',
        })
    }
  }
}

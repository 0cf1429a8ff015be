/**
 * What a source declares about an origin, as the config's own fields: the layer between `defaults:` and
 * an `origins:` entry of the same name. Only values the source resolves, and CloudFront accepts, are
 * carried; the rest leaves the checks that need it unable to run.
 */

import type { DiscoveredOrigin, SourceValue, StaticFinding } from '../sources/types.js'
import { CHECK_FAMILIES, type CheckFamily } from '../vocabulary.js'
import { isFields, type Fields } from './merge.js'
import { EDGE_SSL_PROTOCOLS } from '../sources/edge-settings.js'
import { IP_ADDRESS_TYPES, PROTOCOL_POLICIES } from './types.js'

export interface SourceLayer {
  fields: Fields
  /** Lines of the settings the source writes, keyed like the config's own field paths. */
  lines: Record<string, number>
  /** Header values read from the source: masked in every output. */
  secrets: string[]
}

const isPort = (n: number) => n === 80 || n === 443 || (n >= 1024 && n <= 65535)

export function sourceLayer(origin: DiscoveredOrigin, withHealth: boolean): SourceLayer {
  const fields: Fields = { name: origin.name, edge: 'cloudfront' }
  const lines: Record<string, number> = {}
  const take = <T>(
    key: string,
    setting: SourceValue<T>,
    accept: (value: T) => boolean,
    as: (value: T) => unknown = (v) => v,
    always = false,
  ): void => {
    if (setting.value === undefined || !accept(setting.value) || (!setting.declared && !always)) return
    setPath(fields, key, as(setting.value))
    if (setting.declared) lines[key] = setting.line
  }
  take('domain', origin.domain, (d) => d !== '')
  take('protocol-policy', origin.protocolPolicy, (p) => (PROTOCOL_POLICIES as readonly string[]).includes(p))
  take('http-port', origin.httpPort, isPort)
  take('https-port', origin.httpsPort, isPort)
  // Omitted, CloudFront uses its own default versions: that is what the edge will offer, so it is carried.
  take(
    'ssl-protocols',
    origin.sslProtocols,
    (list) => list.length > 0 && list.every((p) => (EDGE_SSL_PROTOCOLS as readonly string[]).includes(p)),
    (v) => v,
    true,
  )
  take('ip-address-type', origin.ipAddressType, (t) => (IP_ADDRESS_TYPES as readonly string[]).includes(t))
  take(
    'timeouts.connect-ms',
    origin.connectionTimeout,
    (s) => s >= 1 && s <= 10,
    (s) => s * 1000,
  )
  take('timeouts.connect-attempts', origin.connectionAttempts, (n) => n >= 1 && n <= 3)
  take(
    'timeouts.read-ms',
    origin.readTimeout,
    (s) => s >= 1 && s <= 180,
    (s) => s * 1000,
  )
  take(
    'timeouts.keep-alive-ms',
    origin.keepAliveTimeout,
    (s) => s >= 1 && s <= 180,
    (s) => s * 1000,
  )

  const hosts = [...new Set(origin.hosts.flatMap((h) => (h.value === undefined ? [] : [h.value])))]
  if (hosts.length > 0 && !(hosts.length === 1 && hosts[0] === origin.domain.value)) {
    fields['host-header'] = hosts
    const aliasLine = origin.hosts.find((h) => h.value !== origin.domain.value && h.declared)?.line
    if (aliasLine !== undefined) lines['host-header'] = aliasLine
  }

  const secrets: string[] = []
  // Headers matter only to the HTTP exchange, which runs only where `health` is configured.
  if (withHealth) {
    const headers: Record<string, string> = {}
    for (const header of origin.customHeaders) {
      if (header.value.value === undefined) continue
      headers[header.name] = header.value.value
      lines[`health.headers.${header.name}`] = header.value.line
      if (header.value.value !== '') secrets.push(header.value.value)
    }
    if (Object.keys(headers).length > 0) fields.health = { headers }
  }
  return { fields, lines, secrets }
}

/**
 * The families that cannot run on what the source and the refining entry say together: all of them for
 * an origin not probed, refused by CloudFront, or whose domain, ports or versions stay unknown; the HTTP
 * exchange where a header value stays unknown or CloudFront signs the requests.
 */
export function blockedFamilies(
  origin: DiscoveredOrigin,
  merged: Fields,
  entry: Fields | undefined,
  findings: readonly StaticFinding[],
): CheckFamily[] {
  const all = [...CHECK_FAMILIES]
  if (origin.skipped) return all
  if (findings.some((f) => f.origin === origin.name && f.code === 'EDGE_SETTING_INVALID' && (f.severity ?? 'error') === 'error')) return all
  if (typeof merged.domain !== 'string' || (origin.domain.value === undefined && entry?.domain === undefined)) return all
  const needed: [string, SourceValue<unknown>][] = [
    ['protocol-policy', origin.protocolPolicy],
    ['http-port', origin.httpPort],
    ['https-port', origin.httpsPort],
    ['ssl-protocols', origin.sslProtocols],
  ]
  if (needed.some(([key, value]) => value.unresolved !== undefined && entry?.[key] === undefined)) return all
  const blocked = new Set<CheckFamily>()
  if (origin.signed) blocked.add('http')
  const given =
    isFields(entry?.health) && isFields(entry.health.headers) ? Object.keys(entry.health.headers).map((k) => k.toLowerCase()) : []
  if (origin.customHeaders.some((h) => h.value.unresolved && !given.includes(h.name.toLowerCase()))) blocked.add('http')
  return all.filter((f) => blocked.has(f))
}

/** What reports show as the domain of an origin whose domain is not known: the expression. */
export function displayDomain(origin: DiscoveredOrigin): string {
  return origin.domain.value || origin.domain.unresolved?.expression || '(unknown)'
}

function setPath(target: Fields, path: string, value: unknown): void {
  const parts = path.split('.')
  let node = target
  for (const part of parts.slice(0, -1)) {
    if (!isFields(node[part])) node[part] = {}
    node = node[part] as Fields
  }
  node[parts.at(-1)!] = value
}

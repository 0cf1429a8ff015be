/**
 * Rules on a request a function passes on (viewer- and origin-request events): the URI starts with `/`,
 * the query string has no space, control character or `#`, URI and query string stay under 8,192
 * characters and the request without its body under 20,480 bytes; method and client address are read-only.
 */
import type { JsonObject, JsonValue } from '../../json.js'
import { isObject, text, type Judgement } from './context.js'
import { headerBytes, type HeaderValues } from './headers.js'

export const MAX_URI_AND_QUERY = 8192
export const MAX_REQUEST_BYTES = 20_480

export function checkUri(j: Judgement, uri: JsonValue | undefined): uri is string {
  if (typeof uri !== 'string') {
    j.invalid(['request', 'uri'], uri === undefined ? 'missing' : 'not-string')
    return false
  }
  if (!uri.startsWith('/')) {
    j.invalid(['request', 'uri'], 'uri-not-absolute-path', { uri: uri.slice(0, 200) })
    return false
  }
  return true
}

export function checkQueryCharacters(j: Judgement, query: string): void {
  const bad = /[\s\x00-\x1f\x7f#]/.exec(query)
  if (bad)
    j.invalid(['request', 'querystring'], 'querystring-character', {
      character: `U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
      offset: bad.index,
    })
}

export function checkReadOnlyFields(j: Judgement, input: JsonObject, output: JsonObject, fields: readonly string[]): void {
  for (const field of fields) {
    if (output[field] !== input[field])
      j.add('EDGE_FUNCTION_INVALID_OUTPUT', j.where(['request', field]), { field: `request.${field}`, problem: 'read-only-field' })
  }
}

export function checkRequestSize(j: Judgement, method: string, uri: string, query: string, headers: HeaderValues): void {
  const uriAndQuery = uri.length + (query === '' ? 0 : query.length + 1)
  if (uriAndQuery > MAX_URI_AND_QUERY) {
    j.add('EDGE_FUNCTION_TOO_LARGE', j.where(['request', 'uri']), {
      part: 'uri-and-querystring',
      length: uriAndQuery,
      limit: MAX_URI_AND_QUERY,
    })
  }
  const bytes = Buffer.byteLength(`${method} ${uri}${query === '' ? '' : '?' + query} HTTP/1.1\r\n`, 'utf8') + headerBytes(headers) + 2
  if (bytes > MAX_REQUEST_BYTES)
    j.add('EDGE_FUNCTION_TOO_LARGE', j.where(['request', 'headers']), { part: 'request-without-body', bytes, limit: MAX_REQUEST_BYTES })
}

/** CloudFront Functions: `{name: {value, multiValue?}}` as the query string it stands for (or the string a function assigned). */
export function functionQueryString(j: Judgement, value: JsonValue | undefined): string | null {
  if (value === undefined) return ''
  if (typeof value === 'string') return value.startsWith('?') ? value.slice(1) : value
  if (!isObject(value)) {
    j.invalid(['request', 'querystring'], 'querystring-shape')
    return null
  }
  const parts: string[] = []
  for (const [name, entry] of Object.entries(value)) {
    if (!isObject(entry) || typeof entry['value'] !== 'string') {
      j.invalid(['request', 'querystring', name], 'querystring-value-not-string')
      return null
    }
    const multi = entry['multiValue']
    const values = Array.isArray(multi) && multi.length > 0 ? multi.map((m) => (isObject(m) ? text(m['value']) : '')) : [entry['value']]
    for (const v of values) parts.push(v === '' ? name : `${name}=${v}`)
  }
  return parts.join('&')
}

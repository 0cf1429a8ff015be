import { isIP } from 'node:net'
import { listInProse } from './fields.js'

const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//

/**
 * Why `value` is not a bare DNS hostname, or undefined when it is. URLs and `host:port` are common
 * slips (the edge's console shows them side by side), so those get a corrected value to copy.
 */
export function hostnameProblem(value: string): string | undefined {
  if (value === '') return 'must not be empty'
  if (isIP(value) !== 0) return 'must be a domain name, not an IP address (list IPs under addresses)'

  const scheme = SCHEME.exec(value)?.[0] ?? ''
  let rest = value.slice(scheme.length)
  const slash = rest.indexOf('/')
  const path = slash >= 0 ? rest.slice(slash) : ''
  rest = slash >= 0 ? rest.slice(0, slash) : rest
  const colon = rest.lastIndexOf(':')
  const port = colon >= 0 && /^\d*$/.test(rest.slice(colon + 1)) ? rest.slice(colon) : ''
  const host = rest.slice(0, rest.length - port.length)
  const extras = [scheme && 'a scheme', port && 'a port', path && 'a path'].filter((part) => part !== '')
  if (extras.length > 0 && host !== '') {
    const portHint = port ? ' (ports are set with http-port and https-port)' : ''
    return `must be a bare hostname, without ${listInProse(extras)}: write "${host}"${portHint}`
  }

  if (value.endsWith('.')) return 'must not end with "."'
  if (value.length > 253) return 'must be at most 253 characters long'
  for (const label of value.split('.')) {
    if (label === '') return 'must not contain an empty label ("..")'
    if (label.length > 63) return `label "${label}" is longer than 63 characters`
    if (!LABEL.test(label)) {
      return `label "${label}" may contain only letters, digits and "-", and must not start or end with "-"`
    }
  }
  if (/^\d+$/.test(value.split('.').pop() ?? '')) return 'must not end with an all-numeric label'
  return undefined
}

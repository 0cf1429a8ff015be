/**
 * Rules that involve several fields, checked on each origin after defaults are merged. A value may
 * come from the origin, from `defaults` or be built in; the problem points at where it was written.
 */

import { edgeProfile } from '../edges/index.js'
import { EDGES, type EdgeName } from './types.js'
import { isFields, type Fields } from './merge.js'
import { INVALID, report, type Position, type Reader } from './reader.js'

interface Source {
  path: string
  position: Position
  /** 2: on the origin, 1: in defaults, 0: built in. */
  specificity: number
}

export interface MergedOrigin {
  index: number
  /** The origin with defaults applied; INVALID marks values that already failed. */
  value: Fields
  /** Position of the origin's list item. */
  position: Position
}

export function checkOriginRules(origin: MergedOrigin, reader: Reader): void {
  checkProtocolsTheEdgeSpeaks(origin, reader)
  checkExpiryThresholds(origin, reader)
  checkHealthPath(origin, reader)
}

/** Where the field at `subPath` (e.g. `certificate.fail-days`) of this origin was written. */
function sourceOf(origin: MergedOrigin, subPath: string, reader: Reader): Source {
  const own = `origins[${origin.index}].${subPath}`
  const ownPosition = reader.positions.get(own)
  if (ownPosition) return { path: own, position: ownPosition, specificity: 2 }
  const shared = `defaults.${subPath}`
  const sharedPosition = reader.positions.get(shared)
  if (sharedPosition) return { path: shared, position: sharedPosition, specificity: 1 }
  return { path: own, position: origin.position, specificity: 0 }
}

/**
 * Every listed version must be one the edge can speak to origins: a version it never offers could only
 * ever be skipped, and an origin whose versions all fall outside would pass without a single probe.
 */
function checkProtocolsTheEdgeSpeaks(origin: MergedOrigin, reader: Reader): void {
  const protocols = origin.value['ssl-protocols']
  const edge = origin.value.edge
  if (!Array.isArray(protocols) || typeof edge !== 'string' || !(EDGES as readonly string[]).includes(edge)) return
  const spoken = edgeProfile(edge as EdgeName).protocols
  const list = sourceOf(origin, 'ssl-protocols', reader)
  protocols.forEach((version, index) => {
    if (typeof version !== 'string' || (spoken as readonly string[]).includes(version)) return
    const item = `${list.path}[${index}]`
    const why =
      edge === 'cloudfront' && version === 'TLSv1.3'
        ? 'CloudFront does not speak TLS 1.3 to origins'
        : `${edge} speaks only ${spoken.join(', ')} to origins`
    report(
      reader,
      { path: item, position: reader.positions.get(item) ?? list.position },
      `${version} cannot be used with edge ${edge}: ${why}`,
    )
  })
}

function checkExpiryThresholds(origin: MergedOrigin, reader: Reader): void {
  const certificate = origin.value.certificate
  if (!isFields(certificate)) return
  const warnDays = certificate['warn-days']
  const failDays = certificate['fail-days']
  if (typeof warnDays !== 'number' || typeof failDays !== 'number' || warnDays >= failDays) return
  const warn = sourceOf(origin, 'certificate.warn-days', reader)
  const fail = sourceOf(origin, 'certificate.fail-days', reader)
  // Blame the more specific of the two: that is the value written with the other in view.
  if (warn.specificity > fail.specificity) {
    report(reader, warn, `must be at least fail-days (${failDays})`)
  } else {
    report(reader, fail, `must not be greater than warn-days (${warnDays})`)
  }
}

function checkHealthPath(origin: MergedOrigin, reader: Reader): void {
  const health = origin.value.health
  if (!isFields(health) || health.path !== undefined) return
  const source = sourceOf(origin, 'health', reader)
  const hint = source.specificity === 1 ? ': set it here or on every origin' : ''
  report(reader, { path: `${source.path}.path`, position: source.position }, `is required${hint}`)
}

/** Origin names are what reports and `--origin` select by, so they must be unique. */
export function checkUniqueNames(origins: readonly unknown[], reader: Reader): void {
  const firstLines = new Map<string, number>()
  origins.forEach((origin, index) => {
    const name = isFields(origin) ? origin.name : INVALID
    if (typeof name !== 'string') return
    const path = `origins[${index}].name`
    const position = reader.positions.get(path)
    if (!position) return
    const firstLine = firstLines.get(name)
    if (firstLine === undefined) firstLines.set(name, position.line)
    else report(reader, { path, position }, `duplicate origin name "${name}" (already used on line ${firstLine})`)
  })
}

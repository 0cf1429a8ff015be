import type { TlsTargetReport, TlsVersionReport } from '../engine/report.js'
import { describeWhere } from './where.js'

/** `TLSv1.2: 6 of 16 (ECDHE-ECDSA-AES256-GCM-SHA384, ...)`, or `TLSv1: refused with alert protocol_version`. */
export function describeTlsVersion(version: TlsVersionReport): string {
  if (!version.accepted) return `${version.version}: ${version.outcome ?? 'not accepted'}`
  const names = version.suites.length > 0 ? ` (${version.suites.join(', ')})` : ''
  const untested = version.untested?.length ? `, ${version.untested.length} untested (the hellos failed)` : ''
  return `${version.version}: ${version.suites.length} of ${version.offered}${names}${untested}`
}

/** One line per target: where, then each version the edge may use; what else the origin speaks, if probed. */
export function describeTlsTarget(target: TlsTargetReport): string {
  const where = describeWhere({ address: target.address, port: target.port, ...(target.name ? { name: target.name } : {}) })
  const also = target.originAlsoSpeaks ? `; the origin speaks ${target.originAlsoSpeaks.join(', ') || 'none of the others either'}` : ''
  return `${where}: ${target.versions.map(describeTlsVersion).join('; ')}${also}`
}

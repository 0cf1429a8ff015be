/**
 * Findings made by reading the sources, without a network: those about an origin join its report; those
 * about a file (one that does not parse, a behaviour targeting no origin) make an entry of their own,
 * named after the file, so they count in the verdict like any other.
 */

import type { FailOn, OriginConfig } from '../config/types.js'
import type { Finding } from '../findings/finding.js'
import { fails } from '../findings/gate.js'
import { bySeverity } from '../findings/severity.js'
import { toFinding } from '../findings/to-finding.js'
import type { StaticFinding } from '../sources/types.js'
import type { OriginReport } from './report.js'

export function staticFinding(found: StaticFinding, origin: string): Finding {
  const draft = {
    code: found.code,
    ...(found.severity ? { severity: found.severity } : {}),
    details: { ...found.details, file: found.file, line: found.line },
  }
  return { ...toFinding(draft, origin, 'source'), location: { file: found.file, line: found.line } }
}

/** The static findings about this origin, as reported findings. */
export function staticFindingsOf(origin: OriginConfig, all: readonly StaticFinding[]): Finding[] {
  return all.filter((f) => f.origin === origin.name).map((f) => staticFinding(f, origin.name))
}

/** One entry per source file with findings about no origin in particular. */
export function fileReports(all: readonly StaticFinding[], failOn: FailOn): OriginReport[] {
  const byFile = new Map<string, StaticFinding[]>()
  for (const f of all) if (f.origin === undefined) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f])
  return [...byFile].map(([file, found]) => {
    const findings = found.map((f) => staticFinding(f, file)).sort(bySeverity)
    const line = Math.min(...found.map((f) => f.line))
    return {
      name: file,
      domain: '',
      edge: 'cloudfront',
      passed: !fails(findings, failOn),
      configLine: 1,
      declaredIn: { file, line },
      durationMs: 0,
      addresses: [],
      checks: [],
      findings,
    }
  })
}

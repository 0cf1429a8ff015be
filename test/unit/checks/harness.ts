import { loadTrustStore } from '../../../src/cert/trust.js'
import type { CheckContext } from '../../../src/checks/define.js'
import { emptyObservations, type Observations } from '../../../src/probes/observations.js'
import { parseConfig } from '../../../src/config/load.js'
import { edgeProfile } from '../../../src/edges/index.js'
import { fixedAddresses } from '../../../src/probes/resolve.js'
import { LOOPBACK } from '../engine/servers.js'

/** A CloudFront origin named `domain` on loopback, as a check sees it. */
export function cloudfrontContext(domain: string): CheckContext {
  const origin = parseConfig(
    ['version: 1', 'origins:', '  - name: o', `    domain: ${domain}`, `    addresses: [${LOOPBACK}]`, ''].join('\n'),
    'o.yml',
  ).origins[0]!
  return { origin, edge: edgeProfile('cloudfront'), trust: loadTrustStore([]), now: new Date() }
}

/** Observations of a loopback origin with only the given TLS results. */
export function loopbackObservations(parts: Partial<Observations> = {}): Observations {
  const resolution = fixedAddresses([LOOPBACK])
  return { ...emptyObservations(), resolution, addresses: resolution.ok ? resolution.addresses : [], ...parts }
}

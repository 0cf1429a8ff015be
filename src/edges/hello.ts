import type { SslProtocol } from '../config/types.js'
import type { ClientHelloSpec } from '../probes/tls/clientHello.js'
import type { EdgeProfile } from './types.js'
import { suiteVersions } from './suites.js'
import { GROUPS, SIGNATURE_SCHEMES } from './tlsCodes.js'
import { generic } from './generic.js'

export type { ClientHelloSpec }

/**
 * The ClientHello the edge sends when it offers `version`: its suites that can be negotiated in that
 * version (a TLS 1.0 hello listing GCM suites would not be what the edge sends), its groups and
 * signature schemes. Throws RangeError when the edge never offers that version, or has no suite for it:
 * asking for it is a planning mistake, not an origin problem.
 */
export function clientHelloFor(profile: EdgeProfile, version: SslProtocol, sni?: string): ClientHelloSpec {
  if (!profile.protocols.includes(version)) {
    throw new RangeError(`${profile.name} does not offer ${version} to origins`)
  }
  const cipherSuites = profile.cipherSuites
    .filter((cipherSuite) => suiteVersions(cipherSuite).includes(version))
    .map((cipherSuite) => cipherSuite.code)
  if (cipherSuites.length === 0) {
    throw new RangeError(`${profile.name} has no cipher suite usable with ${version}`)
  }
  return {
    version,
    cipherSuites,
    groups: profile.groups.map((group) => group.code),
    signatureAlgorithms: profile.signatureAlgorithms.map((scheme) => scheme.code),
    ...(sni === undefined ? {} : { sni }),
  }
}

/**
 * A hello wider than the edge's: its suites plus a modern client's, every group and signature scheme
 * we know. Sent only where the edge's own hello was refused, to read the certificate that explains why
 * (a P-521 key, say, cannot be used with the edge's curves). Never used to judge compatibility.
 */
export function diagnosticHelloFor(profile: EdgeProfile, version: SslProtocol, sni?: string): ClientHelloSpec {
  const edgeHello = clientHelloFor(profile, version, sni)
  const wider = generic.cipherSuites.filter((s) => suiteVersions(s).includes(version)).map((s) => s.code)
  return {
    ...edgeHello,
    cipherSuites: [...new Set([...edgeHello.cipherSuites, ...wider])],
    groups: Object.values(GROUPS),
    signatureAlgorithms: Object.values(SIGNATURE_SCHEMES),
  }
}

import type { SslProtocol } from '../vocabulary.js'
import type { ClientHelloSpec } from '../probes/tls/client-hello.js'
import type { CipherSuite, EdgeProfile } from './types.js'
import { everySuite, suiteVersions } from './suites.js'
import { GROUPS, SIGNATURE_SCHEMES } from './tls-codes.js'

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
 * A hello wider than the edge's, for telling apart why the edge's own was refused; never evidence that
 * the edge can connect. Every group and signature scheme we know, and either the edge's suites for the
 * version (`edge-suites`: does the refusal come from the curves or signature schemes, that is from the
 * certificate's key?) or every suite of the catalogue usable in it, the edge's first (`every-suite`: is
 * the version itself accepted?). `every-suite` works for versions the edge does not offer, to tell what
 * the origin speaks instead.
 */
export function wideHelloFor(
  profile: EdgeProfile,
  version: SslProtocol,
  offer: 'edge-suites' | 'every-suite',
  sni?: string,
): ClientHelloSpec {
  const usable = (s: CipherSuite) => suiteVersions(s).includes(version)
  const edgeSuites = profile.cipherSuites.filter(usable).map((s) => s.code)
  const cipherSuites =
    offer === 'edge-suites'
      ? edgeSuites
      : [
          ...new Set([
            ...edgeSuites,
            ...everySuite()
              .filter(usable)
              .map((s) => s.code),
          ]),
        ]
  if (cipherSuites.length === 0) throw new RangeError(`no cipher suite usable with ${version} for ${profile.name}`)
  return {
    version,
    cipherSuites,
    groups: Object.values(GROUPS),
    signatureAlgorithms: Object.values(SIGNATURE_SCHEMES),
    ...(sni === undefined ? {} : { sni }),
  }
}

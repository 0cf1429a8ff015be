import type { JsonObject } from '../json.js'
import { parseCertificate } from '../cert/parse.js'
import { defineCheck } from './define.js'
import type { FindingDraft } from '../findings/finding.js'
import type { TlsHelloResult } from '../probes/tls/types.js'

/** C1: notes an origin whose certificate depends on SNI (the edge sends SNI; other clients may not). */
export const sniCheck = defineCheck({
  id: 'sni',
  family: 'tls',
  needs: ['tls', 'tlsWithoutSni'],
  codes: ['TLS_SNI_REQUIRED'],
  run({ tls, tlsWithoutSni }): FindingDraft[] {
    return tls.flatMap((withSni): FindingDraft[] => {
      if (!withSni.ok || withSni.certificates.length === 0) return []
      const withoutSni = tlsWithoutSni.find((t) => t.address === withSni.address && t.port === withSni.port)
      if (!withoutSni) return []
      const leaf = withSni.certificates[0]!
      if (withoutSni.ok && withoutSni.certificates[0]?.equals(leaf)) return []
      return [
        {
          code: 'TLS_SNI_REQUIRED',
          address: withSni.address,
          port: withSni.port,
          ...(withSni.sni ? { name: withSni.sni } : {}),
          details: { withSni: subjectOf(leaf), ...withoutSniFacts(withoutSni) },
        },
      ]
    })
  },
})

/** The certificate served without SNI, or how that hello failed. */
function withoutSniFacts(hello: TlsHelloResult): JsonObject {
  if (!hello.ok) return { withoutSniFailure: hello.kind, ...(hello.alert ? { withoutSniAlert: hello.alert.name } : {}) }
  const leaf = hello.certificates[0]
  return leaf ? { withoutSni: subjectOf(leaf) } : { withoutSniFailure: 'no-certificate' }
}

function subjectOf(der: Buffer): string {
  try {
    return parseCertificate(der).subject
  } catch {
    return `(unparseable, ${der.length} bytes)`
  }
}

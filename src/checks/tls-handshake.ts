import { defineCheck } from './define.js'
import type { FindingDraft } from '../findings/finding.js'
import type { JsonObject } from '../json.js'
import type { TlsHelloFailure, TlsHelloResult, TlsTargetScan } from '../probes/tls/types.js'
import { acceptedAt } from '../probes/tls/outcome.js'
import { explainsFailure, judgeTlsScan, scanFor } from './tls-compatibility.js'
import type { EdgeProfile } from '../edges/types.js'
import { parseCertificate } from '../cert/parse.js'
import { acceptedKeysLabel, keyAccepted, keyLabel, type CertificateKey } from '../cert/keys.js'

/** C2/C3: the handshake the edge would start must reach ServerHelloDone without asking for a client certificate. */
export const tlsHandshakeCheck = defineCheck({
  id: 'tls-handshake',
  family: 'tls',
  needs: ['tls', 'tlsDiagnostic', 'tlsScans'],
  prerequisiteOf: ['certificate'],
  codes: ['TLS_HANDSHAKE_FAILED'],
  run({ tls, tlsDiagnostic, tlsScans }, { edge }): FindingDraft[] {
    return tls.flatMap((chainHello): FindingDraft[] => {
      const where = { address: chainHello.address, port: chainHello.port, ...(chainHello.sni ? { name: chainHello.sni } : {}) }
      const scan = scanFor(tlsScans, chainHello)
      const verdict = scan ? judgeTlsScan(scan, edge) : undefined
      // TLS_NO_COMMON_PROTOCOL or TLS_NO_COMMON_CIPHER says it better.
      if (verdict && explainsFailure(verdict)) return []
      const hello = scan && verdict?.kind === 'compatible' ? helloUsed(scan, chainHello) : chainHello
      if (hello.ok && !hello.certificateRequested) return []
      const details: JsonObject = hello.ok
        ? { kind: 'client-certificate-requested' }
        : { ...describeFailure(hello), ...explainRefusal(hello, tlsDiagnostic, edge) }
      return [{ code: 'TLS_HANDSHAKE_FAILED', ...where, details: { ...details, offered: hello.offered, ms: hello.ms } }]
    })
  },
})

/** What the wider diagnostic hello tells about a refusal: a certificate key the edge cannot use, or a wider offer that works. */
function explainRefusal(refused: TlsHelloResult, diagnostics: readonly TlsHelloResult[], edge: EdgeProfile): JsonObject {
  const diagnostic = diagnostics.find((d) => d.address === refused.address && d.port === refused.port && d.sni === refused.sni)
  if (!diagnostic?.ok) return {}
  const leaf = diagnostic.certificates[0]
  const key = leaf ? keyOf(leaf) : undefined
  if (key && !keyAccepted(key, edge.keyLimits)) {
    return { refusedBecause: 'key-unsupported', key: keyLabel(key), acceptedKeys: acceptedKeysLabel(edge.keyLimits) }
  }
  return { refusedBecause: 'wider-hello-accepted' }
}

/** The hello the edge would complete: the chain version's when accepted, else the first accepted version's. */
function helloUsed(scan: TlsTargetScan, chainHello: TlsHelloResult): TlsHelloResult {
  if (acceptedAt(chainHello, chainHello.offered)) return chainHello
  return scan.versions.find((v) => acceptedAt(v.edge, v.version))?.edge ?? chainHello
}

function keyOf(der: Buffer): CertificateKey | undefined {
  try {
    return parseCertificate(der).key
  } catch {
    return undefined
  }
}

function describeFailure(failure: TlsHelloFailure): JsonObject {
  const details: JsonObject = { kind: failure.kind }
  if (failure.alert) details['alert'] = failure.alert.name
  if (failure.received) details['received'] = failure.received
  if (failure.error) details['error'] = failure.error
  return details
}

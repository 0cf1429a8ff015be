import { defineCheck } from './define.js'
import type { FindingDraft } from '../findings/finding.js'
import type { JsonObject } from '../json.js'
import type { EdgeProfile } from '../edges/types.js'
import { suiteVersions } from '../edges/suites.js'
import { parseCertificate } from '../cert/parse.js'
import type { TlsTargetScan } from '../probes/tls/types.js'
import { judgeTlsScan, type TlsVerdict } from './tls-compatibility.js'

/** C2: the edge's hello at each allowed version, judged together: no common version, no common suite, or only deprecated versions. */
export const tlsProtocolCheck = defineCheck({
  id: 'tls-protocol',
  family: 'tls',
  needs: ['tlsScans'],
  codes: ['TLS_NO_COMMON_PROTOCOL', 'TLS_NO_COMMON_CIPHER', 'TLS_WEAK_PROTOCOL_ONLY'],
  run({ tlsScans }, { edge }): FindingDraft[] {
    return (tlsScans ?? []).flatMap((scan): FindingDraft[] => {
      const where = { address: scan.address, port: scan.port, ...(scan.sni ? { name: scan.sni } : {}) }
      const finding = judge(judgeTlsScan(scan, edge), scan, edge)
      return finding ? [{ ...where, ...finding }] : []
    })
  },
})

function judge(verdict: TlsVerdict, scan: TlsTargetScan, edge: EdgeProfile): Pick<FindingDraft, 'code' | 'details'> | undefined {
  const note: JsonObject = edge.assumedTargetPolicy ? { assumedTargetPolicy: edge.assumedTargetPolicy } : {}
  switch (verdict.kind) {
    case 'no-common-protocol':
      return { code: 'TLS_NO_COMMON_PROTOCOL', details: { ...describeProtocols(verdict, edge), ...note } }
    case 'no-common-cipher':
      return {
        code: 'TLS_NO_COMMON_CIPHER',
        details: {
          protocols: verdict.versions,
          originChose: verdict.originChose,
          suggested: suggestedSuites(verdict.versions, edge, leafKeyType(scan)),
          ...note,
        },
      }
    case 'compatible': {
      if (!verdict.weakOnly) return undefined
      const refused = scan.versions.map((v) => v.version).filter((v) => !verdict.accepted.includes(v))
      return { code: 'TLS_WEAK_PROTOCOL_ONLY', details: { protocols: verdict.accepted, refused } }
    }
    case 'failed':
      return undefined
  }
}

function describeProtocols(verdict: Extract<TlsVerdict, { kind: 'no-common-protocol' }>, edge: EdgeProfile): JsonObject {
  const { offered, originSpeaks } = verdict
  const edgeOffers = (v: string) => (edge.protocols as readonly string[]).includes(v)
  const tls13Only = originSpeaks.length > 0 && originSpeaks.every((v) => v === 'TLSv1.3') && !edgeOffers('TLSv1.3')
  const details: JsonObject = { offered, originProtocols: originSpeaks, highestOffered: offered.at(-1) ?? '', edge: edge.title }
  if (tls13Only) return { ...details, tls13Only: true, situation: 'tls13-only' }
  const enableOnEdge = originSpeaks.filter(edgeOffers)
  if (enableOnEdge.length > 0) return { ...details, edgeCouldUse: enableOnEdge, situation: 'edge-could-use' }
  return { ...details, situation: originSpeaks.length > 0 ? 'speaks-others' : 'refused-all' }
}

/** The edge's first ECDHE suite at the highest version concerned, for the certificate's key type when known. */
function suggestedSuites(versions: readonly string[], edge: EdgeProfile, keyType: string | undefined): string[] {
  const version = versions.at(-1)
  const usable = edge.cipherSuites.filter((s) => (suiteVersions(s) as readonly string[]).includes(version ?? ''))
  const kinds = keyType === 'rsa' ? ['_ECDHE_RSA_'] : keyType === 'ec' ? ['_ECDHE_ECDSA_'] : ['_ECDHE_RSA_', '_ECDHE_ECDSA_']
  return kinds.flatMap((kind) => usable.find((s) => s.iana.includes(kind))?.openssl ?? [])
}

/** The key type of the certificate the wide hello read, if it read one. */
function leafKeyType(scan: TlsTargetScan): string | undefined {
  const leaf = scan.versions.flatMap((v) => (v.everySuite?.ok ? v.everySuite.certificates.slice(0, 1) : []))[0]
  if (!leaf) return undefined
  try {
    return parseCertificate(leaf).key.type
  } catch {
    return undefined
  }
}

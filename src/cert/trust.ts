import { rootCertificates } from 'node:tls'
import { PreflightError } from '../errors.js'
import { readRegularFile } from '../read-regular-file.js'

/** A bundle of every public root is about 200 KB. */
const MAX_ROOT_FILE_BYTES = 4 * 1024 * 1024
import { isIssuedBy, parseCertificate, type ParsedCertificate } from './parse.js'

/** The roots the edge trusts: Mozilla's store (as bundled in Node) plus any configured extra roots. */
export interface TrustStore {
  readonly size: number
  /** A trusted certificate whose subject is `cert`'s issuer and whose key verifies `cert`'s signature. */
  findIssuer(cert: ParsedCertificate): ParsedCertificate | undefined
  /** `cert` itself (same SHA-256 fingerprint) is trusted. */
  contains(cert: ParsedCertificate): boolean
}

/** An extra root file cannot be read or holds no usable certificate. */
export class TrustRootError extends PreflightError {
  override readonly code = 'OP_ERR_TRUST_ROOT'
  constructor(
    readonly file: string,
    problem: string,
    options?: { cause?: unknown },
  ) {
    super(`${file}: ${problem}`, options)
  }
}

let mozillaRoots: ParsedCertificate[] | undefined

/** Mozilla's roots, parsed once per process. */
export function loadMozillaRoots(): ParsedCertificate[] {
  mozillaRoots ??= rootCertificates.flatMap((pem) => {
    const der = pemToDer(pem)[0]
    if (!der) return []
    try {
      return [parseCertificate(der)]
    } catch {
      // A root this parser cannot read cannot anchor a chain it reads either.
      return []
    }
  })
  return mozillaRoots
}

export function loadTrustStore(extraRootPemFiles: string[]): TrustStore {
  return createTrustStore([...loadMozillaRoots(), ...extraRootPemFiles.flatMap(readRootFile)])
}

/** A store of exactly these certificates (tests and the lab use it without Mozilla's roots). */
export function createTrustStore(certificates: ParsedCertificate[]): TrustStore {
  const bySubject = new Map<string, ParsedCertificate[]>()
  const fingerprints = new Set<string>()
  for (const cert of certificates) {
    if (fingerprints.has(cert.sha256)) continue
    fingerprints.add(cert.sha256)
    const sameSubject = bySubject.get(cert.subjectKey)
    if (sameSubject) sameSubject.push(cert)
    else bySubject.set(cert.subjectKey, [cert])
  }
  return {
    size: fingerprints.size,
    findIssuer: (cert) => bySubject.get(cert.issuerKey)?.find((candidate) => isIssuedBy(cert, candidate)),
    contains: (cert) => fingerprints.has(cert.sha256),
  }
}

/** Every certificate of a root PEM file; the config validates with this very function, so `check` never disagrees with `validate`. */
export function readRootFile(file: string): ParsedCertificate[] {
  const bytes = readRegularFile(file, MAX_ROOT_FILE_BYTES)
  const blocks = bytes ? pemToDer(bytes.toString('utf8')) : []
  // Missing, unreadable, not a file, too large or not PEM: one message, so the answer says nothing about what exists.
  const refusal = `not a readable regular file of PEM certificates (at most ${MAX_ROOT_FILE_BYTES / 1024 / 1024} MiB)`
  if (blocks.length === 0) throw new TrustRootError(file, refusal)
  return blocks.map((der, i) => {
    try {
      return parseCertificate(der)
    } catch (error) {
      throw new TrustRootError(file, `certificate #${i + 1} does not parse`, { cause: error })
    }
  })
}

/** Every `CERTIFICATE` block of a PEM text, decoded. */
export function pemToDer(text: string): Buffer[] {
  const blocks = text.matchAll(/-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g)
  return [...blocks].map((match) => Buffer.from((match[1] ?? '').replace(/\s+/g, ''), 'base64'))
}

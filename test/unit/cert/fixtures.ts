/** Real certificates for the unit tests, made once per test file with the lab PKI. */
import { parseCertificate, type ParsedCertificate } from '../../../src/cert/parse.js'
import { createTrustStore, type TrustStore } from '../../../src/cert/trust.js'
import { issueCertificate, type CertificateRequest, type IssuedCertificate } from '../../../src/lab/pki.js'

export const DAY_MS = 86_400_000
/** The clock the tests judge by; certificates are dated relative to it. */
export const NOW = new Date(Math.floor(Date.now() / 1000) * 1000)

export function daysFromNow(days: number): Date {
  return new Date(NOW.getTime() + days * DAY_MS)
}

export const labRoot = issueCertificate({ subject: { CN: 'Lab Root CA', O: 'Lab' }, isCA: true })
export const labIntermediate = issueCertificate({
  subject: { CN: 'Lab Intermediate CA', O: 'Lab' },
  isCA: true,
  pathLength: 0,
  issuer: labRoot,
})
export const rogueRoot = issueCertificate({ subject: { CN: 'Rogue Root CA', O: 'Rogue' }, isCA: true })
export const rogueIntermediate = issueCertificate({
  subject: { CN: 'Rogue Intermediate CA', O: 'Rogue' },
  isCA: true,
  issuer: rogueRoot,
})

/** A leaf for `names` (the first is also the CN), issued by the lab intermediate unless told otherwise. */
export function labLeaf(names: string[], request: Partial<CertificateRequest> = {}): IssuedCertificate {
  return issueCertificate({ subject: { CN: names[0], O: 'Lab' }, sans: names, issuer: labIntermediate, ...request })
}

export function parsed(...certificates: IssuedCertificate[]): ParsedCertificate[] {
  return certificates.map((c) => parseCertificate(c.der))
}

/** A store holding only the lab root, so the tests do not depend on Mozilla's roots. */
export function labTrust(): TrustStore {
  return createTrustStore(parsed(labRoot))
}

import { createKey, issueCertificate, type IssuedCertificate } from './pki.js'
import type { CertificateRecipe } from './scenario.js'

const DAY_MS = 86_400_000

/** The lab's certificate authorities: one the lab's config trusts, one it does not. */
export interface LabAuthorities {
  root: IssuedCertificate
  intermediate: IssuedCertificate
  rogueRoot: IssuedCertificate
  rogueIntermediate: IssuedCertificate
}

export function createAuthorities(): LabAuthorities {
  const root = issueCertificate({ subject: { CN: 'origin-preflight Lab Root CA', O: 'origin-preflight lab' }, isCA: true })
  const intermediate = issueCertificate({
    subject: { CN: 'origin-preflight Lab Intermediate CA', O: 'origin-preflight lab' },
    isCA: true,
    pathLength: 0,
    issuer: root,
  })
  const rogueRoot = issueCertificate({ subject: { CN: 'Unknown Root CA', O: 'Nobody Trusts Us' }, isCA: true })
  const rogueIntermediate = issueCertificate({
    subject: { CN: 'Unknown Intermediate CA', O: 'Nobody Trusts Us' },
    isCA: true,
    pathLength: 0,
    issuer: rogueRoot,
  })
  return { root, intermediate, rogueRoot, rogueIntermediate }
}

/** A leaf as the recipe says, with the chain its issuer would normally be served with. */
export function issueLeaf(
  recipe: CertificateRecipe,
  ca: LabAuthorities,
  now = Date.now(),
): { leaf: IssuedCertificate; chain: IssuedCertificate[]; root?: IssuedCertificate } {
  const issuerKind = recipe.issuer ?? 'lab'
  const issuer = issuerKind === 'lab' ? ca.intermediate : issuerKind === 'rogue' ? ca.rogueIntermediate : undefined
  const leaf = issueCertificate({
    subject: { CN: recipe.names[0] ?? 'lab', O: 'origin-preflight lab' },
    sans: recipe.names,
    ...(issuer ? { issuer } : {}),
    key: createKey(recipe.key ?? 'p256'),
    notBefore: new Date(now + (recipe.validFromDays ?? -1) * DAY_MS),
    notAfter: new Date(now + (recipe.validToDays ?? 90) * DAY_MS),
    signatureHash: recipe.signatureHash ?? 'sha256',
  })
  if (issuerKind === 'lab') return { leaf, chain: [ca.intermediate], root: ca.root }
  if (issuerKind === 'rogue') return { leaf, chain: [ca.rogueIntermediate], root: ca.rogueRoot }
  return { leaf, chain: [] }
}

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { rootCertificates } from 'node:tls'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parseCertificate } from '../../../src/cert/parse.js'
import { createTrustStore, loadMozillaRoots, loadTrustStore, pemToDer, TrustRootError } from '../../../src/cert/trust.js'
import { issueCertificate, pemBundle } from '../../../src/lab/pki.js'
import { labIntermediate, labLeaf, labRoot, parsed, rogueRoot } from './fixtures.js'

const scratch = mkdtempSync(join(tmpdir(), 'op-trust-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

function file(name: string, text: string): string {
  const path = join(scratch, name)
  writeFileSync(path, text)
  return path
}

describe('trust store', () => {
  const [root, intermediate, leaf] = parsed(labRoot, labIntermediate, labLeaf(['shop.lab.test']))
  if (!root || !intermediate || !leaf) throw new Error('fixtures')

  it("holds Mozilla's roots, parsed once per process", () => {
    expect(loadMozillaRoots()).toBe(loadMozillaRoots())
    const store = loadTrustStore([])
    expect(store.size).toBe(rootCertificates.length)
    const mozilla = parseCertificate(pemToDer(rootCertificates[0] as string)[0] as Buffer)
    expect(store.contains(mozilla)).toBe(true)
    expect(store.contains(root)).toBe(false)
    expect(store.findIssuer(intermediate)).toBeUndefined()
  })

  it('adds every certificate of the extra root files', () => {
    const store = loadTrustStore([file('lab.pem', pemBundle(labRoot, rogueRoot))])
    expect(store.size).toBe(rootCertificates.length + 2)
    expect(store.contains(root)).toBe(true)
    expect(store.findIssuer(intermediate)?.sha256).toBe(root.sha256)
    expect(store.findIssuer(leaf)).toBeUndefined()
  })

  it('finds an issuer only when its key verifies the signature, not by name alone', () => {
    const impostor = issueCertificate({ subject: { CN: 'Lab Root CA', O: 'Lab' }, isCA: true })
    const store = createTrustStore(parsed(impostor))
    expect(store.findIssuer(intermediate)).toBeUndefined()
    const both = createTrustStore(parsed(impostor, labRoot))
    expect(both.findIssuer(intermediate)?.sha256).toBe(root.sha256)
  })

  it('counts a certificate given twice once', () => {
    expect(createTrustStore([root, root, ...parsed(labRoot)]).size).toBe(1)
  })

  it('throws a typed error naming the file when a root file is unusable', () => {
    const missing = join(scratch, 'missing.pem')
    expect(() => loadTrustStore([missing])).toThrow(TrustRootError)
    expect(() => loadTrustStore([missing])).toThrow(`${missing}: not a readable regular file`)
    const empty = file('empty.pem', 'no certificates here\n')
    expect(() => loadTrustStore([empty])).toThrow(`${empty}: not a readable regular file of PEM certificates (at most 4 MiB)`)
    const garbage = file('garbage.pem', '-----BEGIN CERTIFICATE-----\nMAMCAf8=\n-----END CERTIFICATE-----\n')
    expect(() => loadTrustStore([garbage])).toThrow(`${garbage}: certificate #1 does not parse`)
    try {
      loadTrustStore([garbage])
    } catch (error) {
      expect(error).toMatchObject({ code: 'OP_ERR_TRUST_ROOT', file: garbage, name: 'TrustRootError' })
    }
  })
})

import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, connect, type TLSSocket } from 'node:tls'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createKey, issueCertificate, pemBundle, type IssuedCertificate } from '../../../src/lab/pki.js'
import { labIntermediate, labLeaf, labRoot } from './fixtures.js'

const scratch = mkdtempSync(join(tmpdir(), 'op-pki-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

function opensslText(certificate: IssuedCertificate): string {
  return execFileSync('openssl', ['x509', '-noout', '-text'], { input: certificate.pem, encoding: 'utf8' })
}

function writePem(name: string, text: string): string {
  const file = join(scratch, name)
  writeFileSync(file, text)
  return file
}

/** The value line that follows an extension's header in `openssl x509 -text`. */
function extensionValue(text: string, header: string): string {
  const lines = text.split('\n')
  const at = lines.findIndex((line) => line.includes(header))
  return (lines[at + 1] ?? '').trim()
}

describe('lab PKI, as OpenSSL reads it', () => {
  const leaf = labLeaf(['leaf.lab.test', 'www.lab.test', '127.0.0.1'])

  it('issues a well-formed v3 leaf with the requested names and extensions', () => {
    const text = opensslText(leaf)
    expect(text).toContain('Version: 3 (0x2)')
    expect(text).toContain('Signature Algorithm: ecdsa-with-SHA256')
    expect(text).toContain('Issuer: O = Lab, CN = Lab Intermediate CA')
    expect(text).toContain('Subject: O = Lab, CN = leaf.lab.test')
    expect(text).toContain('NIST CURVE: P-256')
    expect(extensionValue(text, 'X509v3 Basic Constraints: critical')).toBe('CA:FALSE')
    expect(extensionValue(text, 'X509v3 Key Usage: critical')).toBe('Digital Signature')
    expect(extensionValue(text, 'X509v3 Subject Alternative Name')).toBe('DNS:leaf.lab.test, DNS:www.lab.test, IP Address:127.0.0.1')
    expect(extensionValue(text, 'X509v3 Extended Key Usage')).toBe('TLS Web Server Authentication, TLS Web Client Authentication')
  })

  it('links each certificate to its issuer by key identifier', () => {
    const intermediateText = opensslText(labIntermediate)
    const leafAuthority = extensionValue(opensslText(leaf), 'X509v3 Authority Key Identifier').replace(/^keyid:/, '')
    expect(leafAuthority).toBe(extensionValue(intermediateText, 'X509v3 Subject Key Identifier'))
    expect(extensionValue(intermediateText, 'X509v3 Basic Constraints: critical')).toBe('CA:TRUE, pathlen:0')
    expect(extensionValue(intermediateText, 'X509v3 Key Usage: critical')).toBe('Digital Signature, Certificate Sign, CRL Sign')
  })

  it('builds chains that `openssl verify` accepts', () => {
    const root = writePem('root.pem', labRoot.pem)
    const untrusted = writePem('intermediate.pem', labIntermediate.pem)
    const leafFile = writePem('leaf.pem', leaf.pem)
    const out = execFileSync('openssl', ['verify', '-CAfile', root, '-untrusted', untrusted, leafFile], { encoding: 'utf8' })
    expect(out.trim()).toBe(`${leafFile}: OK`)
  })

  it('signs with RSA and SHA-1 when asked, with positive serials', () => {
    const key = createKey('rsa2048')
    const sha1Leaf = labLeaf(['old.lab.test'], {
      key,
      signatureHash: 'sha1',
      issuer: issueCertificate({ subject: { CN: 'RSA CA' }, isCA: true, key: createKey('rsa2048') }),
    })
    const text = opensslText(sha1Leaf)
    expect(text).toContain('Signature Algorithm: sha1WithRSAEncryption')
    expect(text).toContain('Public-Key: (2048 bit)')
    expect(extensionValue(text, 'X509v3 Key Usage: critical')).toBe('Digital Signature, Key Encipherment')
    expect(Number.parseInt(sha1Leaf.x509.serialNumber.slice(0, 2), 16)).toBeGreaterThanOrEqual(0x40)
    expect(Number.parseInt(sha1Leaf.x509.serialNumber.slice(0, 2), 16)).toBeLessThan(0x80)
  })

  it('makes self-signed certificates and P-384/P-521/Ed25519 keys', () => {
    const selfSigned = issueCertificate({ subject: { CN: 'self.lab.test' }, sans: ['self.lab.test'], key: createKey('p521') })
    expect(opensslText(selfSigned)).toContain('NIST CURVE: P-521')
    expect(selfSigned.x509.checkIssued(selfSigned.x509)).toBe(false) // keyUsage lacks keyCertSign, as for a real leaf
    expect(selfSigned.x509.verify(selfSigned.x509.publicKey)).toBe(true)
    expect(opensslText(labLeaf(['p384.lab.test'], { key: createKey('p384') }))).toContain('NIST CURVE: P-384')
    expect(opensslText(issueCertificate({ subject: { CN: 'ed' }, key: createKey('ed25519') }))).toContain('Signature Algorithm: ED25519')
  })

  it('keeps the requested validity to the second', () => {
    const notBefore = new Date('2030-01-02T03:04:05.678Z')
    const notAfter = new Date('2051-06-07T08:09:10Z') // past 2049: GeneralizedTime
    const cert = labLeaf(['dated.lab.test'], { notBefore, notAfter })
    expect(new Date(cert.x509.validFrom).toISOString()).toBe('2030-01-02T03:04:05.000Z')
    expect(new Date(cert.x509.validTo).toISOString()).toBe('2051-06-07T08:09:10.000Z')
  })
})

describe('lab PKI, as Node TLS uses it', () => {
  async function handshake(served: string, keyPem: string, servername: string, ca: string): Promise<TLSSocket> {
    const server = createServer({ key: keyPem, cert: served }, (socket) => socket.end())
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    try {
      return await new Promise<TLSSocket>((resolve, reject) => {
        const socket = connect({ host: '127.0.0.1', port, servername, ca }, () => resolve(socket))
        socket.on('error', reject)
      })
    } finally {
      server.close()
    }
  }

  it('serves the key and chain, and a client trusting the root verifies them', async () => {
    const leaf = labLeaf(['leaf.lab.test'])
    const socket = await handshake(pemBundle(leaf, labIntermediate), leaf.keyPem, 'leaf.lab.test', labRoot.pem)
    expect(socket.authorized).toBe(true)
    expect(socket.getPeerCertificate().fingerprint256).toBe(leaf.x509.fingerprint256)
    socket.destroy()
  })

  it('is refused for a name the leaf does not cover', async () => {
    const leaf = labLeaf(['leaf.lab.test'])
    await expect(handshake(pemBundle(leaf, labIntermediate), leaf.keyPem, 'other.lab.test', labRoot.pem)).rejects.toMatchObject({
      code: 'ERR_TLS_CERT_ALTNAME_INVALID',
    })
  })

  it('is refused without the intermediate', async () => {
    const leaf = labLeaf(['leaf.lab.test'])
    await expect(handshake(leaf.pem, leaf.keyPem, 'leaf.lab.test', labRoot.pem)).rejects.toMatchObject({
      code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    })
  })
})

import { execFileSync } from 'node:child_process'
import { X509Certificate } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A certificate made for a test: its key and certificate in PEM, and the certificate's DER bytes. */
export interface TestCert {
  key: string
  cert: string
  der: Buffer
}

export interface TestPki {
  root: TestCert
  intermediate: TestCert
  /** Leaves issued by the intermediate, keyed by the DNS name they carry. */
  leaves: Record<string, TestCert>
  cleanup(): void
}

export type KeyKind = 'rsa' | 'ec'

const OPENSSL = '/usr/bin/openssl'
const CA_EXTENSIONS = 'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,digitalSignature,keyCertSign,cRLSign\n'

/** Root → intermediate → one leaf per name, made with the openssl command line in a temp dir. */
export function createTestPki(leaves: Record<string, KeyKind>): TestPki {
  const dir = mkdtempSync(join(tmpdir(), 'preflight-pki-'))
  const run = (args: string[]): void => {
    execFileSync(OPENSSL, args, { cwd: dir, stdio: 'pipe' })
  }
  const keyArgs = (kind: KeyKind): string[] =>
    kind === 'rsa' ? ['-newkey', 'rsa:2048'] : ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1']
  const load = (name: string): TestCert => {
    const cert = readFileSync(join(dir, `${name}.pem`), 'utf8')
    return { key: readFileSync(join(dir, `${name}.key`), 'utf8'), cert, der: new X509Certificate(cert).raw }
  }
  let serial = 1
  const issue = (name: string, subject: string, kind: KeyKind, issuer: string, extensions: string): TestCert => {
    writeFileSync(join(dir, `${name}.ext`), extensions)
    run(['req', '-new', ...keyArgs(kind), '-nodes', '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', subject])
    run([
      'x509',
      '-req',
      '-in',
      `${name}.csr`,
      '-CA',
      `${issuer}.pem`,
      '-CAkey',
      `${issuer}.key`,
      '-set_serial',
      String((serial += 1)),
      '-days',
      '2',
      '-extfile',
      `${name}.ext`,
      '-out',
      `${name}.pem`,
    ])
    return load(name)
  }

  run([
    'req',
    '-x509',
    ...keyArgs('ec'),
    '-nodes',
    '-keyout',
    'root.key',
    '-out',
    'root.pem',
    '-days',
    '2',
    '-subj',
    '/CN=Preflight Test Root',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ])
  const root = load('root')
  const intermediate = issue('intermediate', '/CN=Preflight Test Intermediate', 'ec', 'root', CA_EXTENSIONS)
  const issued: Record<string, TestCert> = {}
  for (const [index, [name, kind]] of Object.entries(leaves).entries()) {
    issued[name] = issue(`leaf${index}`, `/CN=${name}`, kind, 'intermediate', `subjectAltName=DNS:${name}\n`)
  }
  return { root, intermediate, leaves: issued, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

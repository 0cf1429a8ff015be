import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createServer, type Server } from 'node:tls'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseConfig } from '../../../src/config/load.js'
import { runPreflight } from '../../../src/engine/run.js'
import { issueChain, pemBundle } from '../../../src/lab/pki.js'

/** TLS 1.3 encrypts the certificate: where only 1.3 works, the gate says the certificate went unchecked. */
describe('a certificate only TLS 1.3 would show', () => {
  const servers: Server[] = []
  let dir = ''
  let only13 = 0
  let any = 0

  beforeAll(async () => {
    const { root, intermediate, leaf } = issueChain(['t.lab.test'])
    dir = mkdtempSync(join(tmpdir(), 'origin-preflight-tls13-'))
    writeFileSync(join(dir, 'root.pem'), root.pem)
    const start = (options: object) =>
      new Promise<number>((resolve) => {
        const server = createServer({ key: leaf.keyPem, cert: pemBundle(leaf, intermediate), ...options }, (socket) => socket.end())
        server.on('tlsClientError', () => {})
        servers.push(server)
        server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port))
      })
    only13 = await start({ minVersion: 'TLSv1.3' })
    any = await start({})
  })
  afterAll(() => Promise.all(servers.map((s) => new Promise((r) => s.close(r)))))

  const run = (port: number, protocols: string) =>
    runPreflight(
      parseConfig(
        [
          'version: 1',
          'defaults:',
          '  checks: { skip: [dns] }',
          'overrides:',
          `  trust-roots: [${join(dir, 'root.pem')}]`,
          'origins:',
          '  - name: o',
          '    domain: t.lab.test',
          '    addresses: [127.0.0.1]',
          `    https-port: ${port}`,
          '    edge: generic',
          `    ssl-protocols: ${protocols}`,
        ].join('\n'),
        join(dir, 'c.yml'),
        {},
      ),
    )

  it.each([
    ['a TLS 1.3-only origin, the edge allowed 1.2 and 1.3', () => only13, '[TLSv1.2, TLSv1.3]'],
    ['any origin, the edge allowed only 1.3', () => any, '[TLSv1.3]'],
  ])('%s: a notice, never a pass in silence nor a false error', async (_, port, protocols) => {
    const report = await run(port(), protocols)
    const findings = report.origins[0]!.findings
    expect(findings.map((f) => [f.code, f.severity, f.port])).toEqual([['PROBE_UNAVAILABLE', 'notice', port()]])
    expect(findings[0]!.message).toBe(
      `The certificate of 127.0.0.1:${port()} was not checked: the origin completes this handshake only in TLS 1.3, which encrypts the certificate, and the gate reads certificates from TLS 1.2 and older handshakes.`,
    )
    expect(report.passed).toBe(true)
  })

  it('reads the certificate as usual where TLS 1.2 works too', async () => {
    const report = await run(any, '[TLSv1.2, TLSv1.3]')
    expect(report.origins[0]!.findings).toEqual([])
    expect(report.origins[0]!.certificate?.names).toEqual(['t.lab.test'])
  })
})

/**
 * The engine against a real nginx on loopback: one listener serving its chain in order, one serving
 * the root before the intermediate it issued.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseConfig } from '../../src/config/load.js'
import { runPreflight } from '../../src/engine/run.js'
import { pemBundle } from '../../src/lab/pki.js'
import type { Report } from '../../src/engine/report.js'
import {
  HAS_NGINX,
  LOOPBACK,
  freePorts,
  nginxTitle,
  requireNginxInCi,
  startNginx,
  writeCertificates,
  type RunningNginx,
} from '../helpers/nginx.js'

const DOMAIN = 'nginx.lab.test'

const LEAF_SUBJECT = `CN=${DOMAIN}, O=Nginx Lab`
const INTERMEDIATE_SUBJECT = 'CN=Nginx Lab Intermediate CA, O=Nginx Lab'
const ROOT_SUBJECT = 'CN=Nginx Lab Root CA, O=Nginx Lab'

function tlsServer(dir: string, port: number, chainFile: string): string[] {
  return [
    '  server {',
    `    listen ${LOOPBACK}:${port} ssl;`,
    `    server_name ${DOMAIN};`,
    `    ssl_certificate ${join(dir, chainFile)};`,
    `    ssl_certificate_key ${join(dir, 'leaf.key')};`,
    '    ssl_protocols TLSv1.2 TLSv1.3;',
    '    location / { return 200 "ok\\n"; }',
    '  }',
  ]
}

requireNginxInCi()

describe.skipIf(!HAS_NGINX)(nginxTitle('runPreflight against a real nginx'), () => {
  let dir: string
  let nginx: RunningNginx | undefined
  let goodPort: number
  let misorderedPort: number
  let report: Report

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'preflight-nginx-'))
    const { root, intermediate, leaf } = writeCertificates(dir, DOMAIN, 'Nginx Lab')
    writeFileSync(join(dir, 'good-chain.pem'), pemBundle(leaf, intermediate))
    writeFileSync(join(dir, 'misordered-chain.pem'), pemBundle(leaf, root, intermediate))

    ;[goodPort, misorderedPort] = (await freePorts(2)) as [number, number]
    nginx = await startNginx(
      dir,
      [...tlsServer(dir, goodPort, 'good-chain.pem'), ...tlsServer(dir, misorderedPort, 'misordered-chain.pem')],
      [goodPort, misorderedPort],
    )

    const config = parseConfig(
      [
        'version: 1',
        'defaults:',
        '  edge: cloudfront',
        '  timeouts: { connect-ms: 2000, read-ms: 3000 }',
        '  checks: { skip: [dns] }',
        'overrides:',
        `  trust-roots: [${join(dir, 'root.pem')}]`,
        'origins:',
        '  - name: nginx-good-chain',
        `    domain: ${DOMAIN}`,
        `    addresses: [${LOOPBACK}]`,
        `    https-port: ${goodPort}`,
        '  - name: nginx-misordered-chain',
        `    domain: ${DOMAIN}`,
        `    addresses: [${LOOPBACK}]`,
        `    https-port: ${misorderedPort}`,
        '',
      ].join('\n'),
      join(dir, 'origin-preflight.yml'),
    )
    report = await runPreflight(config)
  })

  afterAll(async () => {
    await nginx?.stop()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('passes the listener that sends leaf then intermediate, with no findings', () => {
    const origin = report.origins.find((o) => o.name === 'nginx-good-chain')
    expect(origin?.findings).toEqual([])
    expect(origin?.passed).toBe(true)
    expect(origin?.certificate?.subject).toBe(LEAF_SUBJECT)
  })

  it('reports only CERT_CHAIN_ORDER for the listener that sends the root before the intermediate', () => {
    const origin = report.origins.find((o) => o.name === 'nginx-misordered-chain')
    expect(origin?.passed).toBe(false)
    expect(origin?.findings.map((f) => f.code)).toEqual(['CERT_CHAIN_ORDER'])
    expect(origin?.findings[0]).toMatchObject({
      severity: 'error',
      check: 'certificate',
      address: LOOPBACK,
      port: misorderedPort,
      name: DOMAIN,
      details: {
        sent: [LEAF_SUBJECT, ROOT_SUBJECT, INTERMEDIATE_SUBJECT],
        expected: [LEAF_SUBJECT, INTERMEDIATE_SUBJECT, ROOT_SUBJECT],
      },
    })
    expect(report.passed).toBe(false)
    expect(report.summary).toMatchObject({ origins: 2, failed: 1, errors: 1, warnings: 0, notices: 0 })
  })
})

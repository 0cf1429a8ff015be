/**
 * The HTTP exchange against a real nginx on loopback: a healthy server on HTTP and HTTPS stays clean; a
 * short keepalive_timeout and a location that answers 502 are caught.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseConfig } from '../../src/config/load.js'
import { runPreflight } from '../../src/engine/run.js'
import { pemBundle } from '../../src/lab/pki.js'
import type { OriginReport, Report } from '../../src/engine/report.js'
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

const DOMAIN = 'nginx-http.lab.test'
const READ_MS = 2500

requireNginxInCi()

describe.skipIf(!HAS_NGINX)(nginxTitle('the HTTP exchange against a real nginx'), () => {
  let dir: string
  let nginx: RunningNginx | undefined
  let httpPort: number
  let httpsPort: number
  let shortKeepAlivePort: number
  let report: Report

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'preflight-nginx-http-'))
    const { intermediate, leaf } = writeCertificates(dir, DOMAIN, 'Nginx HTTP Lab')
    writeFileSync(join(dir, 'chain.pem'), pemBundle(leaf, intermediate))
    ;[httpPort, httpsPort, shortKeepAlivePort] = (await freePorts(3)) as [number, number, number]
    const locations = ['    location /healthz { return 200 "ok\\n"; }', '    location /broken { return 502; }']
    nginx = await startNginx(
      dir,
      [
        '  server {',
        `    listen ${LOOPBACK}:${httpPort};`,
        `    listen ${LOOPBACK}:${httpsPort} ssl;`,
        `    server_name ${DOMAIN};`,
        `    ssl_certificate ${join(dir, 'chain.pem')};`,
        `    ssl_certificate_key ${join(dir, 'leaf.key')};`,
        ...locations,
        '  }',
        '  server {',
        `    listen ${LOOPBACK}:${shortKeepAlivePort};`,
        '    keepalive_timeout 1s;',
        ...locations,
        '  }',
      ],
      [httpPort, httpsPort, shortKeepAlivePort],
    )

    const origin = (name: string, lines: string[]) => [
      `  - name: ${name}`,
      `    domain: ${DOMAIN}`,
      `    addresses: [${LOOPBACK}]`,
      ...lines.map((l) => `    ${l}`),
    ]
    const config = parseConfig(
      [
        'version: 1',
        'defaults:',
        '  checks: { skip: [dns] }',
        `  timeouts: { connect-ms: 2000, read-ms: ${READ_MS} }`,
        'overrides:',
        `  trust-roots: [${join(dir, 'root.pem')}]`,
        'origins:',
        ...origin('nginx-healthy', [
          'protocol-policy: match-viewer',
          `http-port: ${httpPort}`,
          `https-port: ${httpsPort}`,
          'health: { path: /healthz }',
        ]),
        ...origin('nginx-short-keepalive', [
          'protocol-policy: http-only',
          `http-port: ${shortKeepAlivePort}`,
          'health: { path: /healthz }',
        ]),
        ...origin('nginx-502', ['protocol-policy: https-only', `https-port: ${httpsPort}`, 'health: { path: /broken }']),
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

  const originNamed = (name: string): OriginReport => report.origins.find((o) => o.name === name)!

  it('passes a healthy nginx on HTTP and HTTPS with no findings', () => {
    expect(originNamed('nginx-healthy').findings).toEqual([])
    expect(originNamed('nginx-healthy').checks).toContain('http')
  })

  it("sees nginx close idle connections after its 1 s keepalive_timeout, before CloudFront's 5 s", () => {
    const findings = originNamed('nginx-short-keepalive').findings
    expect(findings.map((f) => f.code)).toEqual(['HTTP_KEEPALIVE_TOO_SHORT'])
    expect(findings[0]).toMatchObject({ severity: 'warning', port: shortKeepAlivePort, details: { source: 'observed', edgeMs: 5000 } })
    expect(findings[0]?.details['closedAfterMs']).toBeGreaterThanOrEqual(900)
    expect(findings[0]?.details['closedAfterMs']).toBeLessThan(2100)
  })

  it("reports the 502 nginx answers itself, over TLS with the edge's SNI", () => {
    const findings = originNamed('nginx-502').findings
    expect(findings.map((f) => f.code)).toEqual(['HTTP_BACKEND_5XX'])
    expect(findings[0]).toMatchObject({ name: DOMAIN, port: httpsPort, details: { status: 502, path: '/broken', scheme: 'https' } })
  })
})

import { createServer, type Server, type Socket } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseConfig } from '../../../src/config/load.js'
import { runPreflight } from '../../../src/engine/run.js'
import { close, freedPort, listen } from '../probes/listeners.js'

/** A prerequisite that fails where its own family is not selected still says why nothing else was judged. */
describe('prerequisites are never silent', () => {
  let silent: Server
  const sockets = new Set<Socket>()
  let silentPort = 0
  let refusedPort = 0

  beforeAll(async () => {
    silent = createServer((socket) => {
      sockets.add(socket.on('error', () => {}).on('close', () => sockets.delete(socket)))
    })
    silentPort = await listen(silent)
    refusedPort = await freedPort()
  })
  afterAll(() => {
    for (const socket of sockets) socket.destroy()
    return close(silent)
  })

  const config = (port: number, extra: string) =>
    parseConfig(
      [
        'version: 1',
        'defaults:',
        '  timeouts: {connect-ms: 500, read-ms: 400}',
        '  checks: {skip: [dns]}',
        'origins:',
        '  - name: o',
        '    domain: o.example.test',
        '    addresses: [127.0.0.1]',
        `    https-port: ${port}`,
        ...(extra ? [`    ${extra}`] : []),
      ].join('\n'),
      'c.yml',
      {},
    )

  it('reports the refused port when ports are skipped but TLS is not', async () => {
    const report = await runPreflight(config(refusedPort, 'checks: {skip: [dns, ports]}'))
    expect(report.origins[0]!.findings.map((f) => [f.code, f.check, f.port])).toEqual([['PORT_REFUSED', 'ports', refusedPort]])
    expect(report.passed).toBe(false)
  })

  it('reports the failed handshake when only the certificate is checked', async () => {
    const report = await runPreflight(config(silentPort, ''), { only: ['certificate'] })
    const findings = report.origins[0]!.findings
    expect(findings.map((f) => [f.code, f.details['kind']])).toEqual([['TLS_HANDSHAKE_FAILED', 'timeout']])
    expect(report.passed).toBe(false)
  })

  it('stays quiet where every network family is skipped', async () => {
    const report = await runPreflight(config(refusedPort, 'checks: {skip: [dns, ports, tls, certificate, http]}'))
    expect(report.origins[0]!.findings).toEqual([])
    expect(report.origins[0]!.checks).toEqual([])
  })
})

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startLab, type Lab } from '../../src/lab/lab.js'
import { FUNCTION_SCENARIOS } from '../../src/lab/function-scenarios.js'
import { SCENARIOS } from '../../src/lab/scenarios.js'
import type { Report } from '../../src/engine/report.js'
import { cleanEnv, runNode } from '../helpers/run-node.js'

const CLI = resolve('dist/cli/index.js')
const ZONE_WIDE = new Set(['DNS_DELEGATION_MISMATCH', 'DNS_SOA_SERIAL_MISMATCH', 'DNS_INCONSISTENT_ANSWERS', 'DNS_CNAME_LOOP'])

describe('the bundled CLI', () => {
  it('`lab` catches every planted fault, origins and edge functions, and exits 0', async () => {
    const run = await runNode(CLI, ['lab'], { env: cleanEnv() })
    expect(run.stderr).toBe('')
    expect(
      run.code,
      run.stdout
        .split('\n')
        .filter((line) => line.startsWith('MISSED'))
        .join('\n'),
    ).toBe(0)
    const planted = [...SCENARIOS, ...FUNCTION_SCENARIOS]
    expect(run.stdout).toContain(`lab: ${planted.length}/${planted.length} scenarios as expected`)
    for (const scenario of planted) expect(run.stdout).toMatch(new RegExp(`^caught +${scenario.name} `, 'm'))
    // The text report shows each planted function's finding at its line.
    expect(run.stdout).toContain('  ERROR EDGE_FUNCTION_READONLY_HEADER edge/fn-rewrites-host.js:4\n')
    expect(run.stdout).not.toMatch(/^MISSED/m)
  })

  describe('`check` on the lab', () => {
    let lab: Lab
    let report: Report
    let exitCode: number | null

    beforeAll(async () => {
      lab = await startLab()
      const run = await runNode(CLI, ['check', '--config', lab.configPath, '--format', 'json'], { env: cleanEnv() })
      exitCode = run.code
      report = JSON.parse(run.stdout) as Report
    })
    afterAll(() => lab.close())

    it('fails the gate with exit code 1', () => {
      expect(exitCode).toBe(1)
      expect(report.passed).toBe(false)
    })

    it('follows the JSON contract of docs/report.md', () => {
      expect(report.version).toBe(1)
      expect(report.tool.name).toBe('origin-preflight')
      expect(new Date(report.startedAt).toString()).not.toBe('Invalid Date')
      expect(report.summary.origins).toBe(SCENARIOS.length)
      expect(report.overrides).toEqual([
        expect.stringMatching(/^trust-roots: .*root\.pem$/),
        'dns-roots: 127.0.53.1',
        `dns-port: ${lab.dns.port}`,
        `dns-timeout-ms: ${lab.dns.timeoutMs}`,
      ])
      const configText = readFileSync(lab.configPath, 'utf8').split('\n')
      for (const origin of report.origins) {
        expect(configText[origin.configLine - 1]).toBe(`  - name: ${origin.name}`)
      }
    })

    it('names origin, address and port, SNI where relevant, and a remedy on every finding', () => {
      const findings = report.origins.flatMap((o) => o.findings)
      expect(findings.length).toBeGreaterThan(15)
      for (const f of findings) {
        expect(f.origin).toBeTruthy()
        // Findings about a whole zone (NS sets, serials, answers, CNAME chains) name no one address.
        if (ZONE_WIDE.has(f.code)) {
          expect(f.details['zone'] ?? f.details['zones']).toBeTruthy()
          continue
        }
        expect(f.address).toMatch(f.code.startsWith('DNS_') ? /^127\.0\.53\.\d+$/ : /^127\.0\.0\.\d+$/)
        expect(f.port).toBeGreaterThan(1023)
        expect(f.remedy.length).toBeGreaterThan(10)
        if (f.check === 'certificate' || f.code.startsWith('TLS_')) expect(f.name).toMatch(/\.test$/)
      }
    })

    it('reports the soonest expiry of the healthy origin', () => {
      const healthy = report.origins.find((o) => o.name === 'healthy')!
      expect(healthy.passed).toBe(true)
      expect(healthy.certificate?.names).toEqual(['healthy.lab.origin-preflight.test'])
      expect(healthy.certificate?.daysLeft).toBeGreaterThanOrEqual(89)
    })

    it('names the one bad address of two', () => {
      const origin = report.origins.find((o) => o.name === 'one-bad-address')!
      expect(origin.addresses).toEqual(['127.0.0.1', '127.0.0.2'])
      expect(origin.findings.map((f) => [f.code, f.address])).toEqual([['PORT_REFUSED', '127.0.0.2']])
    })
  })

  describe('a config with three mistakes', () => {
    let server: Server
    let connections = 0
    let port = 0
    beforeAll(async () => {
      server = createServer((socket) => {
        connections++
        socket.destroy()
      })
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
      port = (server.address() as { port: number }).port
    })
    afterAll(() => new Promise<void>((done) => server.close(() => done())))

    it('prints three file:line:col errors and exits 2 without probing', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'origin-preflight-cli-'))
      const file = join(dir, 'origin-preflight.yml')
      writeFileSync(
        file,
        [
          'version: 1',
          'origins:',
          '  - name: api',
          '    domain: api.example.test',
          `    addresses: [127.0.0.1]`,
          `    https-port: ${port}`,
          '    protocol-policy: https-always',
          '  - name: web',
          '    domain: web.example.test',
          '    addresses: [127.0.0.1]',
          '    https-port: 70',
          '    certificat:',
          '      warn-days: 10',
          '',
        ].join('\n'),
      )
      const run = await runNode(CLI, ['check', '--config', file], { env: cleanEnv() })
      expect(run.code).toBe(2)
      const errors = run.stderr.split('\n').filter((line) => line.startsWith(file))
      expect(errors).toHaveLength(3)
      expect(errors[0]).toMatch(new RegExp(`^${file}:7:5 origins\\[0\\]\\.protocol-policy: `))
      expect(errors[1]).toBe(`${file}:11:5 origins[1].https-port: must be 80, 443 or 1024-65535`)
      expect(errors[2]).toMatch(new RegExp(`^${file}:12:5 origins\\[1\\]\\.certificat: .*did you mean "certificate"`))
      expect(run.stderr).not.toMatch(/\n\s+at /)
      expect(connections).toBe(0)
    })
  })

  it('refuses an --output it cannot write before probing anything (exit 2)', async () => {
    const lab = await startLab(SCENARIOS.slice(0, 1))
    try {
      const run = await runNode(CLI, ['check', '--config', lab.configPath, '--output', '/nonexistent-dir/report.json'], { env: cleanEnv() })
      expect(run.code).toBe(2)
      expect(run.stderr).toContain('--output /nonexistent-dir/report.json: cannot write there (ENOENT)')
      expect(run.stdout).toBe('')
    } finally {
      await lab.close()
    }
  })

  it('validates a config without touching the network, and rejects bad usage with exit 2', async () => {
    const lab = await startLab(SCENARIOS.slice(0, 2))
    try {
      const valid = await runNode(CLI, ['validate', '--config', lab.configPath], { env: cleanEnv() })
      expect(valid.code).toBe(0)
      const [heading, ...listed] = valid.stdout.trimEnd().split('\n')
      expect(heading).toBe(`${lab.configPath}: valid, 2 origins`)
      // One line per origin: its name, its domain, and the config line that declares it.
      expect(listed.map((line) => line.trim().split(/\s{2,}/)[0])).toEqual(SCENARIOS.slice(0, 2).map((s) => s.name))
      for (const line of listed) expect(line.split(/\s+/).at(-1)).toMatch(/:\d+$/)
      for (const line of listed) expect(line).toContain(`  ${lab.configPath}:`)
      const usage = await runNode(CLI, ['check', '--format', 'yaml'], { env: cleanEnv() })
      expect(usage.code).toBe(2)
      expect(usage.stderr).toContain('--format must be one of text, json, markdown')
    } finally {
      await lab.close()
    }
  })
})

import { describe, expect, it } from 'vitest'
import { toFinding } from '../../src/findings/to-finding.js'
import { maskReport } from '../../src/report/mask.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import { renderText } from '../../src/report/text.js'
import { escapeBytes, escapeControl } from '../../src/text/escape.js'
import { originReport, sampleReport } from '../unit/report/fixtures.js'
import { configFile, runCli } from './cli-io.js'

const SECRET = 'hunter_two'

describe('a ${VAR} value', () => {
  it('is not echoed by a config error about the value it made', async () => {
    const config = configFile(`version: 1\norigins:\n  - name: shop\n    domain: \${LABEL}.example.com\n    addresses: [127.0.0.1]\n`)
    const run = await runCli(['validate', '--config', config], { LABEL: SECRET })
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/label "\*\*\*" may contain only/)
    expect(run.stderr).not.toContain(SECRET)
  })

  it('is not listed by a selection error (--origin nope)', async () => {
    const config = configFile(`version: 1\norigins:\n  - name: shop-\${TOKEN}\n    domain: shop.example.com\n    addresses: [127.0.0.1]\n`)
    const run = await runCli(['check', '--config', config, '--origin', 'nope'], { TOKEN: 'tok3n-value' })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('no origin named nope')
    expect(run.stderr).toContain('shop-***')
    expect(run.stderr).not.toContain('tok3n-value')
  })

  it('is not printed by the progress line on a terminal', async () => {
    const config = configFile(
      [
        'version: 1',
        'origins:',
        '  - name: shop-${TOKEN}',
        '    domain: shop.example.com',
        '    addresses: [127.0.0.1]',
        '    https-port: 65531',
        '    checks: { skip: [dns, tls, certificate, http] }',
        '',
      ].join('\n'),
    )
    const run = await runCli(['check', '--config', config, '--only', 'ports'], { TOKEN: 'tok3n-value' }, { tty: true })
    expect(run.stderr).toContain('probing 1/1 shop-***')
    expect(run.stderr + run.stdout).not.toContain('tok3n-value')
  })

  it('is masked in every form the probes escape or encode it to, before any renderer escapes it', () => {
    for (const secret of ['ab\\cd', 'pässwörd', 'tab\there', 'a"quoted"b']) {
      const spellings = [
        escapeBytes(Buffer.from(secret, 'utf8'), { named: true }), // response evidence
        escapeBytes(Buffer.from(secret, 'utf8')), // TLS bytes
        escapeControl(secret), // certificate names, probe errors
        `https://origin.example/next?token=${encodeURIComponent(secret)}`, // a followed redirect
        JSON.stringify(secret), // a JSON-encoded body
      ]
      const finding = toFinding({ code: 'HTTP_NO_RESPONSE', details: { status: 502, body: spellings.join(' ') } }, 'shop', 'http')
      finding.message = spellings.join(' | ')
      const report = maskReport(sampleReport({ origins: [originReport({ name: 'shop', passed: false, findings: [finding] })] }), [secret])
      const rendered = JSON.stringify(report) + renderText(report, { color: false }) + renderMarkdown(report)
      for (const spelling of spellings)
        expect(rendered, `${secret} as ${spelling}`).not.toContain(spelling.replace(/^https:\/\/origin\.example\/next\?token=/, ''))
      expect(report.origins[0]!.findings[0]!.message.match(/\*\*\*/g)).toHaveLength(spellings.length)
    }
  })

  it('shorter than 4 characters is refused as a secret, naming the variable and not the value', async () => {
    const config = configFile(
      [
        'version: 1',
        'origins:',
        '  - name: shop',
        '    domain: shop.example.com',
        '    addresses: [127.0.0.1]',
        '    health:',
        '      path: /',
        '      headers:',
        '        X-Key: "${K}"',
        '',
      ].join('\n'),
    )
    const run = await runCli(['validate', '--config', config], { K: '2' })
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/environment variable K is shorter than 4 characters/)
    const long = await runCli(['validate', '--config', config], { K: '2026' })
    expect(long.code).toBe(0)
  })
})

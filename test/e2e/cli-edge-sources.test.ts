import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { Report } from '../../src/engine/report.js'
import { cleanEnv, runNode } from '../helpers/run-node.js'

/** The bundle, as every e2e test runs it. */
const CLI = resolve('dist/cli/index.js')

const lines = (...text: string[]) => `${text.join('\n')}\n`

/** A CloudFront Function written inline in the template, with `let` (which cloudfront-js-1.0 lacks) on its third line. */
const TEMPLATE = lines(
  'AWSTemplateFormatVersion: "2010-09-09"',
  'Resources:',
  '  LocaleRedirect:',
  '    Type: AWS::CloudFront::Function',
  '    Properties:',
  '      Name: locale-redirect',
  '      FunctionConfig:',
  '        Runtime: cloudfront-js-1.0',
  '      FunctionCode: |',
  '        function handler(event) {',
  '            var request = event.request;',
  "            let language = 'en';",
  "            request.uri = '/' + language + request.uri;",
  '            return request;',
  '        }',
  '  Site:',
  '    Type: AWS::CloudFront::Distribution',
  '    Properties:',
  '      DistributionConfig:',
  '        Enabled: true',
  '        Origins:',
  '          - Id: assets',
  '            DomainName: assets-bucket.s3.amazonaws.com',
  '            S3OriginConfig: {}',
  '        DefaultCacheBehavior:',
  '          TargetOriginId: assets',
  '          ViewerProtocolPolicy: redirect-to-https',
  '          FunctionAssociations:',
  '            - EventType: viewer-request',
  '              FunctionARN: !GetAtt LocaleRedirect.FunctionARN',
)
const FAULT_LINE = TEMPLATE.split('\n').findIndex((l) => l.includes('let language')) + 1

const dirs: string[] = []
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

async function check(config: string): Promise<{ code: number | null; report: Report; stderr: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'origin-preflight-fn-sources-'))
  dirs.push(dir)
  writeFileSync(join(dir, 'cdn.yaml'), TEMPLATE)
  writeFileSync(join(dir, 'origin-preflight.yml'), config)
  const run = await runNode(CLI, ['check', '--config', join(dir, 'origin-preflight.yml'), '--format', 'json'], { env: cleanEnv() })
  return { code: run.code, report: JSON.parse(run.stdout) as Report, stderr: run.stderr }
}

describe('`check` on a config whose only source is a template with an inline CloudFront Function', () => {
  it('reports the fault at the template’s line and fails the gate', async () => {
    const { code, report, stderr } = await check('version: 1\nsources:\n  - cloudformation: cdn.yaml\n')
    expect(stderr).toBe('')
    expect(code).toBe(1)
    expect(report.passed).toBe(false)
    expect(report.functions?.map((f) => `${f.name} ${f.kind} ${f.runtime} ${f.events.join(',')} ${f.file}`)).toEqual([
      'locale-redirect cloudfront-function cloudfront-js-1.0 viewer-request cdn.yaml',
    ])
    expect(report.functions?.[0]?.findings.map((f) => `${f.code}/${f.severity} ${f.file}:${f.line}`)).toEqual([
      `EDGE_FUNCTION_SYNTAX/error cdn.yaml:${FAULT_LINE}`,
    ])
    // The distribution's S3 origin is read, never probed.
    expect(report.origins.map((o) => `${o.name} ${o.findings.map((f) => f.code).join(',')}`)).toEqual(['Site/assets SOURCE_SKIPPED'])
  }, 60_000)

  it('an accept entry naming the function passes the gate, the finding kept and marked', async () => {
    const until = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10)
    const { code, report } = await check(
      lines(
        'version: 1',
        'sources:',
        '  - cloudformation: cdn.yaml',
        'accept:',
        '  - code: EDGE_FUNCTION_SYNTAX',
        '    origin: locale-*',
        '    reason: moving to cloudfront-js-2.0 next sprint',
        `    until: ${until}`,
      ),
    )
    expect(code).toBe(0)
    expect(report.passed).toBe(true)
    expect(report.functions?.[0]?.findings.map((f) => f.accepted)).toEqual([{ reason: 'moving to cloudfront-js-2.0 next sprint', until }])
    expect(report.summary.accepted).toBe(1)
    expect(report.configFindings).toEqual([])
  }, 60_000)
})

import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadConfig } from '../../../src/config/load.js'
import { runPreflight } from '../../../src/engine/run.js'
import { LOOPBACK, serverFixture, startTlsServer } from './servers.js'

const fixture = serverFixture('Edge Function Engine')

const SECURITY_HEADERS = `function handler(event) {
  var response = event.response;
  response.headers['x-content-type-options'] = { value: 'nosniff' };
  return response;
}
`
// cloudfront-js-1.0 has no const: CloudFront refuses to publish it.
const CONST_IN_1_0 = `function handler(event) {
  const request = event.request;
  return request;
}
`
const THROWS = `exports.handler = async (event) => {
  const request = event.Records[0].cf.request;
  if (request.uri === '/') throw new Error('no session');
  return request;
};
`

/** A repository with `.github/origin-preflight.yml`, a healthy origin and three edge functions. */
function repository(port: number, extraConfig = ''): string {
  const root = join(fixture.ca.dir, `repo-${port}`)
  mkdirSync(join(root, '.github'), { recursive: true })
  mkdirSync(join(root, 'edge'), { recursive: true })
  writeFileSync(join(root, 'edge', 'headers.js'), SECURITY_HEADERS)
  writeFileSync(join(root, 'edge', 'old-runtime.js'), CONST_IN_1_0)
  writeFileSync(join(root, 'edge', 'auth.js'), THROWS)
  const file = join(root, '.github', 'origin-preflight.yml')
  writeFileSync(
    file,
    `version: 1
defaults:
  checks: { skip: [dns] }
overrides:
  trust-roots: [../../root.pem]
origins:
  - name: web
    domain: web.lab.test
    addresses: [${LOOPBACK}]
    https-port: ${port}
edge-functions:
  - name: security-headers
    kind: cloudfront-function
    runtime: cloudfront-js-2.0
    code: edge/headers.js
    events: [viewer-response]
  - name: old-runtime
    kind: cloudfront-function
    runtime: cloudfront-js-1.0
    code: edge/old-runtime.js
    events: [viewer-request]
  - name: auth
    kind: lambda-edge
    code: edge/auth.js
    events: [viewer-request]
${extraConfig}`,
  )
  return file
}

describe('runPreflight with edge functions', () => {
  it('runs them beside the origins: their findings at file and line, and in the verdict', async () => {
    const tls = await fixture.track(startTlsServer(fixture.ca.leaf(['web.lab.test']), [fixture.ca.intermediate]))
    const config = loadConfig(repository(tls.port))

    const report = await runPreflight(config)

    expect(report.origins.map((o) => [o.name, o.passed])).toEqual([['web', true]])
    expect(report.functions?.map((f) => [f.name, f.kind, f.runtime, f.file, f.line, f.events, f.passed])).toEqual([
      ['security-headers', 'cloudfront-function', 'cloudfront-js-2.0', 'edge/headers.js', 1, ['viewer-response'], true],
      ['old-runtime', 'cloudfront-function', 'cloudfront-js-1.0', 'edge/old-runtime.js', 1, ['viewer-request'], false],
      ['auth', 'lambda-edge', undefined, 'edge/auth.js', 1, ['viewer-request'], false],
    ])
    const [headers, oldRuntime, auth] = report.functions!
    expect(headers!.findings).toEqual([])
    expect(oldRuntime!.findings).toMatchObject([
      {
        code: 'EDGE_FUNCTION_SYNTAX',
        severity: 'error',
        check: 'edge-function',
        origin: 'old-runtime',
        function: 'old-runtime',
        file: 'edge/old-runtime.js',
        line: 2,
      },
    ])
    expect(auth!.findings).toMatchObject([
      {
        code: 'EDGE_FUNCTION_THREW',
        severity: 'error',
        check: 'edge-function',
        function: 'auth',
        file: 'edge/auth.js',
        line: 3,
        details: { event: 'viewer-request' },
      },
    ])
    expect(auth!.findings[0]!.message).not.toMatch(/\{[A-Za-z]+\}/)
    expect(report.passed).toBe(false)
    expect(report.summary).toMatchObject({ origins: 1, functions: 3, failed: 2, errors: 2 })
  })

  it('applies fail-on to functions; leaves them out when --origin or --only narrow the run, and in shards other than 1', async () => {
    const tls = await fixture.track(startTlsServer(fixture.ca.leaf(['web.lab.test']), [fixture.ca.intermediate]))
    const config = loadConfig(repository(tls.port))

    const never = await runPreflight(config, { failOn: 'never' })
    expect(never.passed).toBe(true)
    expect(never.functions?.every((f) => f.passed)).toBe(true)
    expect(never.summary.errors).toBe(2)

    for (const narrowed of [await runPreflight(config, { origins: ['web'] }), await runPreflight(config, { only: ['ports'] })]) {
      expect(narrowed.functions).toBeUndefined()
      expect(narrowed.passed).toBe(true)
    }
    const second = await runPreflight(config, { shard: { index: 2, count: 2 } })
    expect(second.functions).toBeUndefined()
    const first = await runPreflight(config, { shard: { index: 1, count: 2 } })
    expect(first.functions?.map((f) => f.name)).toEqual(['security-headers', 'old-runtime', 'auth'])
  })
})

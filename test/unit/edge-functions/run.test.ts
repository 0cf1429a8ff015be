import { describe, expect, it } from 'vitest'
import { check } from './harness.js'

describe("running a function on the edge's requests", () => {
  it('a throw on a request without User-Agent, at the line that threw, naming the request', async () => {
    const code = [
      'function handler(event) {',
      '  var request = event.request;',
      "  var ua = request.headers['user-agent'].value;",
      "  request.headers['x-mobile'] = { value: String(/Mobile/.test(ua)) };",
      '  return request;',
      '}',
    ].join('\n')
    const findings = await check(code, { kind: 'cloudfront-function', runtime: 'cloudfront-js-1.0', events: ['viewer-request'] })
    expect(findings).toEqual([
      {
        code: 'EDGE_FUNCTION_THREW',
        function: 'fn',
        file: 'edge/fn.js',
        line: 3,
        details: {
          event: 'viewer-request',
          outcome: 'threw',
          error: 'TypeError',
          errorMessage: expect.stringContaining('value'),
          request: 'get-bare',
          requests: 3,
        },
      },
    ])
  })

  it('a rejected promise and an error passed to the callback of Lambda@Edge', async () => {
    const rejected = await check(
      [
        'exports.handler = async (event) => {',
        '  const c = event.Records[0].cf.request.headers.cookie[0].value;',
        '  return event.Records[0].cf.request;',
        '};',
      ].join('\n'),
      { kind: 'lambda-edge', events: ['viewer-request'] },
    )
    expect(rejected).toMatchObject([
      { code: 'EDGE_FUNCTION_THREW', line: 2, details: { outcome: 'rejected', error: 'TypeError', request: 'get-root' } },
    ])
    const callback = await check("exports.handler = (event, context, callback) => {\n  callback(new Error('no'));\n};", {
      kind: 'lambda-edge',
      events: ['origin-request'],
    })
    expect(callback).toMatchObject([{ code: 'EDGE_FUNCTION_THREW', line: 2, details: { outcome: 'callback-error', errorMessage: 'no' } }])
  })

  it('an infinite loop ends within its budget: a CloudFront Function after 100 times its compute budget', async () => {
    const started = Date.now()
    const findings = await check(
      'function handler(event) {\n  while (true) {}\n}',
      { kind: 'cloudfront-function', events: ['viewer-request'] },
      { computeBudgetMs: 1 },
    )
    expect(Date.now() - started).toBeLessThan(3000)
    expect(findings).toMatchObject([
      { code: 'EDGE_FUNCTION_TIMEOUT', line: 1, details: { outcome: 'timeout', computeBudgetMs: 1, stoppedAfterMs: 100 } },
    ])
  })

  it('an infinite loop in Lambda@Edge ends at its (scaled) time limit, after an await too', async () => {
    const started = Date.now()
    const findings = await check(
      'exports.handler = async (event) => {\n  await null;\n  for (;;) {}\n};',
      { kind: 'lambda-edge', events: ['viewer-request'] },
      { timeScale: 0.02 },
    )
    expect(Date.now() - started).toBeLessThan(3000)
    expect(findings).toMatchObject([
      { code: 'EDGE_FUNCTION_TIMEOUT', details: { outcome: 'timeout', edgeLimitMs: 5000, stoppedAfterMs: 100 } },
    ])
  })

  it('a promise that can never settle, and a handler that returns without calling back', async () => {
    const never = await check('exports.handler = async () => {\n  await new Promise(() => {});\n};', {
      kind: 'lambda-edge',
      events: ['origin-request'],
    })
    expect(never).toMatchObject([{ code: 'EDGE_FUNCTION_TIMEOUT', details: { outcome: 'never-settles' } }])
    const noCallback = await check('exports.handler = (event, context, callback) => {\n  return event.Records[0].cf.request;\n};', {
      kind: 'lambda-edge',
      events: ['viewer-request'],
    })
    expect(noCallback).toMatchObject([{ code: 'EDGE_FUNCTION_TIMEOUT', line: 1, details: { outcome: 'returned-without-callback' } }])
  })

  it('a timer that fires within the budget is waited for', async () => {
    const findings = await check(
      'exports.handler = async (event) => {\n  await new Promise((r) => setTimeout(r, 5));\n  return event.Records[0].cf.request;\n};',
      { kind: 'lambda-edge', events: ['viewer-request'] },
    )
    expect(findings).toEqual([])
  })

  it('a handler that is not exported', async () => {
    const findings = await check('exports.main = async (event) => event;', { kind: 'lambda-edge', events: ['viewer-request'] })
    expect(findings).toMatchObject([{ code: 'EDGE_FUNCTION_THREW', details: { outcome: 'handler-not-found', handler: 'handler' } }])
  })

  it('a missing key in the key-value store is a notice, not an error', async () => {
    const code = [
      "import cf from 'cloudfront';",
      'async function handler(event) {',
      "  const target = await cf.kvs().get('redirect-target');",
      '  return event.request;',
      '}',
    ].join('\n')
    const findings = await check(code, { kind: 'cloudfront-function', events: ['viewer-request'] })
    expect(findings).toMatchObject([
      { code: 'EDGE_FUNCTION_THREW', severity: 'notice', line: 3, details: { cause: 'kvs-missing-key', keys: ['redirect-target'] } },
    ])
    expect(
      await check(code, { kind: 'cloudfront-function', events: ['viewer-request'], keyValueStore: { 'redirect-target': '/new' } }),
    ).toEqual([])
  })
})

describe("CloudFront's validation of what comes back", () => {
  it('a string statusCode in a CloudFront Function, at the line of the response', async () => {
    const code = "function handler(event) {\n  return {\n    statusCode: '302',\n    headers: { location: { value: '/x' } }\n  };\n}"
    expect(await check(code, { kind: 'cloudfront-function', events: ['viewer-request'] })).toMatchObject([
      { code: 'EDGE_FUNCTION_INVALID_OUTPUT', line: 3, details: { field: 'response.statusCode', problem: 'status-type', status: '"302"' } },
    ])
  })

  it('the whole event returned, a URI without its slash, a query string with a space', async () => {
    expect(
      await check('function handler(event) { return event }', { kind: 'cloudfront-function', events: ['viewer-request'] }),
    ).toMatchObject([{ details: { problem: 'whole-event' } }])
    const uri = await check(
      "exports.handler = async (event) => {\n  const r = event.Records[0].cf.request;\n  r.uri = 'index.html';\n  return r;\n};",
      { kind: 'lambda-edge', events: ['viewer-request'] },
    )
    expect(uri).toMatchObject([{ code: 'EDGE_FUNCTION_INVALID_OUTPUT', line: 3, details: { problem: 'uri-not-absolute-path' } }])
    const query = await check(
      "exports.handler = async (event) => {\n  const r = event.Records[0].cf.request;\n  r.querystring = 'q=a b';\n  return r;\n};",
      { kind: 'lambda-edge', events: ['origin-request'] },
    )
    expect(query).toMatchObject([{ line: 3, details: { problem: 'querystring-character', character: 'U+0020' } }])
  })

  it('status outside 200-599, invalid base64, a 204 with a body', async () => {
    const code = [
      'exports.handler = async (event) => {',
      '  const uri = event.Records[0].cf.request.uri;',
      "  if (uri === '/') return { status: '700' };",
      "  if (uri === '/index.html') return { status: '200', body: 'not base64!', bodyEncoding: 'base64' };",
      "  if (uri === '/account') return { status: 204, body: 'x' };",
      '  return event.Records[0].cf.request;',
      '};',
    ].join('\n')
    const findings = await check(code, { kind: 'lambda-edge', events: ['viewer-request'] })
    expect(findings.map((f) => f.details['problem']).sort()).toEqual(['invalid-base64', 'no-content-with-body', 'status-range'])
  })

  it('a read-only header changed, added or deleted, at the line that did it', async () => {
    const cf = "function handler(event) {\n  var r = event.request;\n  r.headers.host = { value: 'origin.internal' };\n  return r;\n}"
    expect(await check(cf, { kind: 'cloudfront-function', runtime: 'cloudfront-js-1.0', events: ['viewer-request'] })).toMatchObject([
      { code: 'EDGE_FUNCTION_READONLY_HEADER', line: 3, details: { header: 'host', change: 'changed' } },
    ])
    const le = "exports.handler = async (event) => {\n  const r = event.Records[0].cf.request;\n  delete r.headers['via'];\n  return r;\n};"
    expect(await check(le, { kind: 'lambda-edge', events: ['origin-request'] })).toMatchObject([
      { code: 'EDGE_FUNCTION_READONLY_HEADER', line: 3, details: { header: 'via', change: 'deleted' } },
    ])
    const country =
      "function handler(event) {\n  event.request.headers['cloudfront-viewer-country'] = { value: 'US' };\n  return event.request;\n}"
    expect(await check(country, { kind: 'cloudfront-function', events: ['viewer-request'] })).toMatchObject([
      { code: 'EDGE_FUNCTION_READONLY_HEADER', details: { header: 'cloudfront-viewer-country' } },
    ])
  })

  it('a forbidden header, set in a response or in a generated one', async () => {
    const cf = "function handler(event) {\n  event.response.headers['x-cache'] = { value: 'HIT' };\n  return event.response;\n}"
    expect(await check(cf, { kind: 'cloudfront-function', events: ['viewer-response'] })).toMatchObject([
      { code: 'EDGE_FUNCTION_DISALLOWED_HEADER', line: 2, details: { header: 'x-cache', change: 'added' } },
    ])
    const le = [
      'exports.handler = async () => ({',
      "  status: '200',",
      '  headers: {',
      "    connection: [{ key: 'Connection', value: 'close' }],",
      '  },',
      '});',
    ].join('\n')
    expect(await check(le, { kind: 'lambda-edge', events: ['viewer-request'] })).toMatchObject([
      { code: 'EDGE_FUNCTION_DISALLOWED_HEADER', line: 4, details: { header: 'connection' } },
    ])
  })

  it('a generated response over 40 KB at viewer-request, not at origin-request', async () => {
    const code = "exports.handler = async () => ({ status: '200', body: 'x'.repeat(50 * 1024) });"
    expect(await check(code, { kind: 'lambda-edge', events: ['viewer-request'] })).toMatchObject([
      { code: 'EDGE_FUNCTION_TOO_LARGE', details: { part: 'generated-response', limit: 40960 } },
    ])
    expect(await check(code, { kind: 'lambda-edge', events: ['origin-request'] })).toEqual([])
  })

  it('a URI grown past 8,192 characters', async () => {
    const code = "function handler(event) {\n  event.request.uri = event.request.uri + 'a'.repeat(8200);\n  return event.request;\n}"
    expect(await check(code, { kind: 'cloudfront-function', events: ['viewer-request'] })).toMatchObject([
      { code: 'EDGE_FUNCTION_TOO_LARGE', line: 2, details: { part: 'uri-and-querystring', limit: 8192 } },
    ])
  })

  it('a header key that is not its name, in Lambda@Edge', async () => {
    const code = [
      'exports.handler = async (event) => {',
      '  const r = event.Records[0].cf.request;',
      "  r.headers['x-user'] = [{ key: 'X-Client', value: 'a' }];",
      '  return r;',
      '};',
    ].join('\n')
    expect(await check(code, { kind: 'lambda-edge', events: ['viewer-request'] })).toMatchObject([
      { code: 'EDGE_FUNCTION_SUSPICIOUS', line: 3, details: { rule: 'header-key-case', header: 'x-user', key: 'X-Client' } },
    ])
  })

  it('the Lambda@Edge header shape written by a CloudFront Function is invalid output', async () => {
    const code = "function handler(event) {\n  event.request.headers['x-a'] = [{ key: 'X-A', value: '1' }];\n  return event.request;\n}"
    expect(await check(code, { kind: 'cloudfront-function', events: ['viewer-request'] })).toMatchObject([
      { code: 'EDGE_FUNCTION_INVALID_OUTPUT', line: 2, details: { problem: 'lambda-edge-header-shape' } },
    ])
  })

  it('an origin rewritten with a bad port and an IP address', async () => {
    const code = [
      'exports.handler = async (event) => {',
      '  const r = event.Records[0].cf.request;',
      "  r.origin.custom.domainName = '10.0.0.1';",
      '  r.origin.custom.port = 22;',
      '  return r;',
      '};',
    ].join('\n')
    const findings = await check(code, { kind: 'lambda-edge', events: ['origin-request'] })
    expect(findings.map((f) => [f.line, f.details['problem']])).toEqual([
      [3, 'domain-is-ip-address'],
      [4, 'port'],
    ])
  })
})

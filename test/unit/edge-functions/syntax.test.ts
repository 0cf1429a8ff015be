import { describe, expect, it } from 'vitest'
import { checkCloudFrontFunctionSyntax, checkLambdaEdgeSyntax } from '../../../src/edge-functions/syntax.js'

const site = { name: 'fn', file: 'edge/fn.js', codeLine: 1 }

function rules(source: string, runtime: 'cloudfront-js-1.0' | 'cloudfront-js-2.0' = 'cloudfront-js-1.0'): Array<Record<string, unknown>> {
  return checkCloudFrontFunctionSyntax(source, runtime, site).findings.map((f) => ({ code: f.code, line: f.line, ...f.details }))
}

describe('CloudFront Functions: what the runtime lacks, at its line', () => {
  it('const and let in cloudfront-js-1.0, not in 2.0', () => {
    const source = 'function handler(event) {\n  const a = 1;\n  let b = 2;\n  var c = 3;\n  return event.request;\n}'
    expect(rules(source)).toEqual([
      {
        code: 'EDGE_FUNCTION_SYNTAX',
        line: 2,
        runtime: 'cloudfront-js-1.0',
        rule: 'unsupported-syntax',
        subject: 'const',
        feature: 'const',
      },
      { code: 'EDGE_FUNCTION_SYNTAX', line: 3, runtime: 'cloudfront-js-1.0', rule: 'unsupported-syntax', subject: 'let', feature: 'let' },
    ])
    expect(rules(source, 'cloudfront-js-2.0')).toEqual([])
  })

  it('async and await only in 2.0, and await only inside an async function', () => {
    expect(rules('async function handler(e) {\n  return await Promise.resolve(e.request);\n}').map((r) => r['feature'])).toEqual([
      'async',
      'await',
    ])
    expect(rules('async function handler(e) { return await Promise.resolve(e.request) }', 'cloudfront-js-2.0')).toEqual([])
    expect(rules('const x = await Promise.resolve(1);\nfunction handler(e) { return e.request }', 'cloudfront-js-2.0')).toMatchObject([
      { line: 1, feature: 'top-level-await' },
    ])
  })

  it('eval, new Function, timers, fetch and modules other than its own', () => {
    const source = [
      "var qs = require('querystring');",
      "var fs = require('fs');",
      'function handler(event) {',
      "  eval('1');",
      "  var f = new Function('return 1');",
      '  setTimeout(function () {}, 10);',
      "  fetch('https://example.com');",
      '  return event.request;',
      '}',
    ].join('\n')
    expect(rules(source)).toEqual([
      { code: 'EDGE_FUNCTION_SYNTAX', line: 2, runtime: 'cloudfront-js-1.0', rule: 'unsupported-module', subject: 'fs', module: 'fs' },
      {
        code: 'EDGE_FUNCTION_SYNTAX',
        line: 4,
        runtime: 'cloudfront-js-1.0',
        rule: 'unsupported-api',
        subject: 'eval',
        api: 'eval',
        group: 'eval',
      },
      {
        code: 'EDGE_FUNCTION_SYNTAX',
        line: 5,
        runtime: 'cloudfront-js-1.0',
        rule: 'unsupported-api',
        subject: 'Function',
        api: 'Function',
        group: 'function-constructor',
      },
      {
        code: 'EDGE_FUNCTION_SYNTAX',
        line: 6,
        runtime: 'cloudfront-js-1.0',
        rule: 'unsupported-api',
        subject: 'setTimeout',
        api: 'setTimeout',
        group: 'timers',
      },
      {
        code: 'EDGE_FUNCTION_SYNTAX',
        line: 7,
        runtime: 'cloudfront-js-1.0',
        rule: 'unsupported-api',
        subject: 'fetch',
        api: 'fetch',
        group: 'network',
      },
    ])
  })

  it('ES module imports of the built-in modules in 2.0 (as AWS writes them), nothing else', () => {
    expect(
      rules("import crypto from 'crypto';\nimport cf from 'cloudfront';\nfunction handler(e) { return e.request }", 'cloudfront-js-2.0'),
    ).toEqual([])
    expect(rules("import x from 'lodash';\nfunction handler(e) { return e.request }", 'cloudfront-js-2.0')).toMatchObject([
      { line: 1, rule: 'unsupported-module', module: 'lodash' },
    ])
    expect(rules("import crypto from 'crypto';\nfunction handler(e) { return e.request }")).toMatchObject([
      { line: 1, rule: 'unsupported-syntax', feature: 'import' },
    ])
  })

  it('a name the code declares itself, or only tests with typeof, is not the missing global', () => {
    expect(rules('function setTimeout(f) { return f() }\nfunction handler(e) { setTimeout(function () {}); return e.request }')).toEqual([])
    expect(
      rules("function handler(e) { if (typeof setTimeout === 'function') {} if (e instanceof Function) {} return e.request }"),
    ).toEqual([])
  })

  it('the 10 KB code size', () => {
    const source = 'function handler(e) { return e.request }\n' + '// padding\n'.repeat(1000)
    expect(rules(source)).toEqual([
      {
        code: 'EDGE_FUNCTION_SYNTAX',
        line: 1,
        runtime: 'cloudfront-js-1.0',
        rule: 'code-size',
        subject: Buffer.byteLength(source),
        bytes: Buffer.byteLength(source),
        limit: 10240,
      },
    ])
  })

  it('a parse error at its line and column, lines counted from where inline code starts', () => {
    const findings = checkCloudFrontFunctionSyntax('function handler(e) {\n  return e.request\n  }}', 'cloudfront-js-2.0', {
      ...site,
      codeLine: 20,
    }).findings
    expect(findings).toMatchObject([{ code: 'EDGE_FUNCTION_SYNTAX', line: 22, details: { rule: 'parse', column: 4 } }])
  })

  it('the Lambda@Edge header shape in a CloudFront Function is suspicious, at its line', () => {
    const source = [
      'function handler(event) {',
      '  var host = event.request.headers.host[0].value;',
      '  var ua = event.request.headers["user-agent"][0].value;',
      '  return event.request;',
      '}',
    ].join('\n')
    expect(rules(source).map((r) => [r.code, r.line])).toEqual([
      ['EDGE_FUNCTION_SUSPICIOUS', 2],
      ['EDGE_FUNCTION_SUSPICIOUS', 3],
    ])
  })
})

describe('Lambda@Edge: only what Node.js cannot parse', () => {
  it('reports the parse error; modern syntax is fine', () => {
    expect(
      checkLambdaEdgeSyntax('class A { #x = 1; static { } }\nexports.handler = async (e) => e?.Records ?? null', site).findings,
    ).toEqual([])
    expect(checkLambdaEdgeSyntax('exports.handler = async (e) => {\n  return {\n}', site).findings).toMatchObject([
      { code: 'EDGE_FUNCTION_SYNTAX', line: 3, details: { rule: 'parse' } },
    ])
  })

  it('reads ES modules by extension or by content', () => {
    expect(checkLambdaEdgeSyntax('export const handler = async () => null', { ...site, file: 'edge/fn.mjs' }).parsed.ok).toBe(true)
    expect(checkLambdaEdgeSyntax('import x from "y"\nexport const handler = async () => x', site).parsed).toMatchObject({
      ok: true,
      sourceType: 'module',
    })
  })
})

import { describe, expect, it } from 'vitest'
import { checkEdgeFunction } from '../../../src/edge-functions/check.js'
import { toEdgeFunctionFinding } from '../../../src/edge-functions/to-finding.js'
import type { EdgeFunctionDeclaration } from '../../../src/edge-functions/types.js'

/** One function per code, each planting its fault; the catalogue must fill every message from the facts. */
const FAULTS: EdgeFunctionDeclaration[] = [
  {
    name: 'v1-let',
    kind: 'cloudfront-function',
    runtime: 'cloudfront-js-1.0',
    file: 'a.js',
    events: ['viewer-request'],
    code: 'function handler(e) {\n  let r = e.request;\n  return r;\n}',
  },
  {
    name: 'threw',
    kind: 'cloudfront-function',
    file: 'b.js',
    events: ['viewer-request'],
    code: "function handler(e) { return e.request.headers['user-agent'].value ? e.request : e.request }",
  },
  { name: 'loop', kind: 'cloudfront-function', file: 'c.js', events: ['viewer-request'], code: 'function handler(e) { for (;;) {} }' },
  {
    name: 'status',
    kind: 'cloudfront-function',
    file: 'd.js',
    events: ['viewer-request'],
    code: "function handler(e) { return { statusCode: '200' } }",
  },
  {
    name: 'host',
    kind: 'cloudfront-function',
    file: 'e.js',
    events: ['viewer-request'],
    code: "function handler(e) { e.request.headers.host = { value: 'x' }; return e.request }",
  },
  {
    name: 'xcache',
    kind: 'cloudfront-function',
    file: 'f.js',
    events: ['viewer-response'],
    code: "function handler(e) { e.response.headers['x-cache'] = { value: 'x' }; return e.response }",
  },
  {
    name: 'big',
    kind: 'lambda-edge',
    file: 'g.js',
    events: ['viewer-request'],
    code: "exports.handler = async () => ({ status: '200', body: 'x'.repeat(41000) })",
  },
  {
    name: 'deploy',
    kind: 'lambda-edge',
    file: 'h.js',
    events: ['viewer-request'],
    code: 'exports.handler = async (e) => e.Records[0].cf.request',
    lambda: { arn: 'arn:aws:lambda:us-east-1:1:function:h:$LATEST' },
  },
  {
    name: 'shape',
    kind: 'cloudfront-function',
    file: 'i.js',
    events: ['viewer-request'],
    code: 'function handler(e) { if (e.request.headers.foo) e.request.headers.foo[0].value; return e.request }',
  },
  {
    name: 'net',
    kind: 'lambda-edge',
    file: 'j.js',
    events: ['viewer-request'],
    code: "exports.handler = async () => { require('https').get('https://x'); }",
  },
]

describe('edge function findings as reported', () => {
  it('every EDGE_FUNCTION_* code gets its message and remedy filled from its facts', async () => {
    const seen = new Set<string>()
    for (const declaration of FAULTS) {
      const result = await checkEdgeFunction(declaration, { timeScale: 0.05 })
      for (const finding of result.findings.map(toEdgeFunctionFinding)) {
        seen.add(finding.code)
        expect(finding.message, `${finding.code}: ${finding.message}`).not.toMatch(/\{[A-Za-z]+\}/)
        expect(finding.remedy, `${finding.code}: ${finding.remedy}`).not.toMatch(/\{[A-Za-z]+\}/)
      }
    }
    expect([...seen].sort()).toEqual([
      'EDGE_FUNCTION_DEPLOY_RULE',
      'EDGE_FUNCTION_DISALLOWED_HEADER',
      'EDGE_FUNCTION_INVALID_OUTPUT',
      'EDGE_FUNCTION_READONLY_HEADER',
      'EDGE_FUNCTION_SUSPICIOUS',
      'EDGE_FUNCTION_SYNTAX',
      'EDGE_FUNCTION_THREW',
      'EDGE_FUNCTION_TIMEOUT',
      'EDGE_FUNCTION_TOO_LARGE',
      'EDGE_FUNCTION_UNCHECKED',
    ])
  })

  it('reads as evidence: the function, the request, the line', async () => {
    const result = await checkEdgeFunction(FAULTS[4]!, { timeScale: 0.05 })
    expect(result.findings.map(toEdgeFunctionFinding)[0]!.message).toBe(
      'host changed the read-only header host in viewer-request (request get-root), at e.js:1. CloudFront answers 502.',
    )
  })
})

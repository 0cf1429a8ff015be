/**
 * Planted edge functions (cause C7): one fault per EDGE_FUNCTION_* code the config can stage, across both
 * kinds and both CloudFront Functions runtimes, beside healthy functions of the sort teams write (security
 * headers, SPA rewrite, redirect, cookie auth, A/B test) that must stay clean. The lab writes each source
 * into its folder and declares it under `edge-functions:` in its config.
 */
import type { CloudFrontRuntime, EdgeEvent, EdgeFunctionKind } from '../edge-functions/types.js'
import type { FindingCode, Severity } from '../findings/finding.js'

/** A finding the gate must report of a planted function, at the line of its source the fault is on. */
export interface FunctionExpectation {
  code: FindingCode
  severity: Severity
  line: number
}

export interface FunctionScenario {
  name: string
  /** What is planted, for the verdict table. */
  fault: string
  kind: EdgeFunctionKind
  runtime?: CloudFrontRuntime
  events: EdgeEvent[]
  /** The source, written to `edge/<name>.js` (`.mjs` for an ES module). */
  source: string
  module?: boolean
  /** Every finding the gate must report; anything else is a false alarm. */
  expect: FunctionExpectation[]
}

const lines = (...text: string[]) => `${text.join('\n')}\n`

const HEALTHY: FunctionScenario[] = [
  {
    name: 'fn-security-headers',
    fault: 'none: security headers on every response (cloudfront-js-1.0)',
    kind: 'cloudfront-function',
    runtime: 'cloudfront-js-1.0',
    events: ['viewer-response'],
    source: lines(
      'function handler(event) {',
      '    var headers = event.response.headers;',
      "    headers['strict-transport-security'] = { value: 'max-age=63072000; includeSubDomains' };",
      "    headers['x-content-type-options'] = { value: 'nosniff' };",
      "    headers['x-frame-options'] = { value: 'DENY' };",
      "    headers['referrer-policy'] = { value: 'strict-origin-when-cross-origin' };",
      '    return event.response;',
      '}',
    ),
    expect: [],
  },
  {
    name: 'fn-spa-rewrite',
    fault: 'none: paths without an extension serve the app shell (cloudfront-js-2.0)',
    kind: 'cloudfront-function',
    runtime: 'cloudfront-js-2.0',
    events: ['viewer-request'],
    source: lines(
      'function handler(event) {',
      '    const request = event.request;',
      "    const last = request.uri.split('/').pop();",
      "    if (request.uri.endsWith('/')) request.uri += 'index.html';",
      "    else if (!last.includes('.')) request.uri = '/index.html';",
      '    return request;',
      '}',
    ),
    expect: [],
  },
  {
    name: 'fn-cookie-auth',
    fault: 'none: private paths need a session cookie, else a redirect to sign in (cloudfront-js-2.0)',
    kind: 'cloudfront-function',
    runtime: 'cloudfront-js-2.0',
    events: ['viewer-request'],
    source: lines(
      'function handler(event) {',
      '    const request = event.request;',
      "    if (!request.uri.startsWith('/account')) return request;",
      '    const session = request.cookies.session;',
      '    if (session && session.value.length > 0) return request;',
      '    return {',
      '        statusCode: 302,',
      "        statusDescription: 'Found',",
      "        headers: { location: { value: '/login?next=' + encodeURIComponent(request.uri) } },",
      '    };',
      '}',
    ),
    expect: [],
  },
  {
    name: 'fn-redirect',
    fault: 'none: an old path answered 301 with a Location (Lambda@Edge)',
    kind: 'lambda-edge',
    events: ['viewer-request'],
    source: lines(
      "'use strict';",
      'exports.handler = async (event) => {',
      '    const request = event.Records[0].cf.request;',
      "    if (request.uri !== '/old-page') return request;",
      '    return {',
      "        status: '301',",
      "        statusDescription: 'Moved Permanently',",
      "        headers: { location: [{ key: 'Location', value: 'https://www.example.com/new-page' }] },",
      '    };',
      '};',
    ),
    expect: [],
  },
  {
    name: 'fn-ab-test',
    fault: 'none: an A/B test by cookie, new viewers assigned at random (Lambda@Edge)',
    kind: 'lambda-edge',
    events: ['viewer-request'],
    source: lines(
      "'use strict';",
      'exports.handler = async (event) => {',
      '    const request = event.Records[0].cf.request;',
      "    const cookies = (request.headers.cookie || []).map((h) => h.value).join('; ');",
      '    const assigned = /(?:^|; )experiment=([AB])/.exec(cookies);',
      "    const group = assigned ? assigned[1] : Math.random() < 0.5 ? 'A' : 'B';",
      "    if (group === 'B' && request.uri === '/') request.uri = '/experiment-b/index.html';",
      '    return request;',
      '};',
    ),
    expect: [],
  },
]

const FAULTY: FunctionScenario[] = [
  {
    name: 'fn-let-in-js-1',
    fault: '`let` in a cloudfront-js-1.0 function (1.0 has no let/const)',
    kind: 'cloudfront-function',
    runtime: 'cloudfront-js-1.0',
    events: ['viewer-request'],
    source: lines('function handler(event) {', '    let request = event.request;', '    return request;', '}'),
    expect: [{ code: 'EDGE_FUNCTION_SYNTAX', severity: 'error', line: 2 }],
  },
  {
    name: 'fn-missing-header',
    fault: 'reads a header every viewer is assumed to send (cloudfront-js-2.0)',
    kind: 'cloudfront-function',
    runtime: 'cloudfront-js-2.0',
    events: ['viewer-request'],
    source: lines(
      'function handler(event) {',
      '    const request = event.request;',
      "    const language = request.headers['accept-language'].value.slice(0, 2);",
      "    request.uri = '/' + language + request.uri;",
      '    return request;',
      '}',
    ),
    expect: [{ code: 'EDGE_FUNCTION_THREW', severity: 'error', line: 3 }],
  },
  {
    name: 'fn-busy-loop',
    fault: 'a loop that never ends on some paths (cloudfront-js-1.0)',
    kind: 'cloudfront-function',
    runtime: 'cloudfront-js-1.0',
    events: ['viewer-request'],
    source: lines(
      'function handler(event) {',
      '    var request = event.request;',
      '    var depth = 0;',
      "    while (request.uri.indexOf('/', depth) !== -1) depth = request.uri.indexOf('/', depth);",
      '    return request;',
      '}',
    ),
    expect: [{ code: 'EDGE_FUNCTION_TIMEOUT', severity: 'error', line: 1 }],
  },
  {
    name: 'fn-status-as-string',
    fault: 'a generated redirect whose statusCode is the string "302" (cloudfront-js-2.0)',
    kind: 'cloudfront-function',
    runtime: 'cloudfront-js-2.0',
    events: ['viewer-request'],
    source: lines(
      'function handler(event) {',
      "    return { statusCode: '302', statusDescription: 'Found', headers: { location: { value: '/maintenance' } } };",
      '}',
    ),
    expect: [{ code: 'EDGE_FUNCTION_INVALID_OUTPUT', severity: 'error', line: 2 }],
  },
  {
    name: 'fn-rewrites-host',
    fault: 'sets the read-only Host header at viewer-request (Lambda@Edge)',
    kind: 'lambda-edge',
    events: ['viewer-request'],
    source: lines(
      "'use strict';",
      'exports.handler = async (event) => {',
      '    const request = event.Records[0].cf.request;',
      "    request.headers.host = [{ key: 'Host', value: 'assets.example.com' }];",
      '    return request;',
      '};',
    ),
    expect: [{ code: 'EDGE_FUNCTION_READONLY_HEADER', severity: 'error', line: 4 }],
  },
  {
    name: 'fn-sets-x-cache',
    fault: 'adds the disallowed X-Cache header to responses (cloudfront-js-1.0)',
    kind: 'cloudfront-function',
    runtime: 'cloudfront-js-1.0',
    events: ['viewer-response'],
    source: lines(
      'function handler(event) {',
      '    var response = event.response;',
      "    response.headers['x-cache'] = { value: 'edge' };",
      '    return response;',
      '}',
    ),
    expect: [{ code: 'EDGE_FUNCTION_DISALLOWED_HEADER', severity: 'error', line: 3 }],
  },
  {
    name: 'fn-large-page',
    fault: 'a generated 50 KB page at viewer-request, over the 40 KB limit (Lambda@Edge)',
    kind: 'lambda-edge',
    events: ['viewer-request'],
    source: lines(
      "'use strict';",
      "const PAGE = '<!doctype html><title>Down for maintenance</title>' + '<p>Back soon.</p>'.repeat(3000);",
      'exports.handler = async () => ({',
      "    status: '503',",
      "    headers: { 'content-type': [{ key: 'Content-Type', value: 'text/html' }] },",
      '    body: PAGE,',
      '});',
    ),
    expect: [{ code: 'EDGE_FUNCTION_TOO_LARGE', severity: 'error', line: 6 }],
  },
  {
    name: 'fn-lambda-shape',
    fault: 'a CloudFront Function reading headers the Lambda@Edge way, `[0].value` (cloudfront-js-2.0)',
    kind: 'cloudfront-function',
    runtime: 'cloudfront-js-2.0',
    events: ['viewer-request'],
    source: lines(
      'function handler(event) {',
      '    const request = event.request;',
      "    if (request.headers['x-debug'] && request.headers['x-debug'][0].value === '1') request.uri = '/debug' + request.uri;",
      '    return request;',
      '}',
    ),
    expect: [{ code: 'EDGE_FUNCTION_SUSPICIOUS', severity: 'warning', line: 3 }],
  },
  {
    name: 'fn-calls-network',
    fault: 'looks a value up over the network, which the check cannot run (Lambda@Edge)',
    kind: 'lambda-edge',
    events: ['origin-request'],
    source: lines(
      "'use strict';",
      "const https = require('https');",
      'exports.handler = async (event) => {',
      '    const request = event.Records[0].cf.request;',
      "    await new Promise((resolve) => https.get('https://flags.example.com/', resolve).on('error', resolve));",
      '    return request;',
      '};',
    ),
    expect: [{ code: 'EDGE_FUNCTION_UNCHECKED', severity: 'notice', line: 5 }],
  },
]

export const FUNCTION_SCENARIOS: readonly FunctionScenario[] = [...HEALTHY, ...FAULTY]

/** Where the lab writes a scenario's source, relative to the lab's folder. */
export function functionSourcePath(scenario: FunctionScenario): string {
  return `edge/${scenario.name}.${scenario.module ? 'mjs' : 'js'}`
}

/**
 * Functions the lab declares the way infrastructure code does, in its source files (a CloudFormation
 * template, a CDK template with an asset folder, a Terraform plan with its `.tf` files), associated with a
 * distribution's default behaviour. What only a source can say is planted here: the deployment settings.
 */
export interface SourceFunctionScenario {
  name: string
  fault: string
  kind: EdgeFunctionKind
  runtime?: CloudFrontRuntime
  /** One event each, so that the scenarios share one behaviour without two functions on one event. */
  event: EdgeEvent
  source: string
  /** Lambda@Edge: environment variables the source sets (CloudFront refuses them). */
  environment?: Readonly<Record<string, string>>
  /** Every finding the gate must report, at the line of the setting named; anything else is a false alarm. */
  expect: Array<{ code: FindingCode; severity: Severity; setting: 'environment' }>
}

export const SOURCE_FUNCTION_SCENARIOS: readonly SourceFunctionScenario[] = [
  {
    name: 'src-fn-index-rewrite',
    fault: 'none: directory paths get index.html (a CloudFront Function in the source, cloudfront-js-2.0)',
    kind: 'cloudfront-function',
    runtime: 'cloudfront-js-2.0',
    event: 'viewer-request',
    source: lines(
      'function handler(event) {',
      '    const request = event.request;',
      "    if (request.uri.endsWith('/')) request.uri += 'index.html';",
      '    return request;',
      '}',
    ),
    expect: [],
  },
  {
    name: 'src-fn-origin-auth',
    fault: 'none: a header the origin checks, added at origin-request (Lambda@Edge in the source, a published version)',
    kind: 'lambda-edge',
    event: 'origin-request',
    source: lines(
      "'use strict';",
      'exports.handler = async (event) => {',
      '    const request = event.Records[0].cf.request;',
      "    request.headers['x-origin-verify'] = [{ key: 'X-Origin-Verify', value: 'lab' }];",
      '    return request;',
      '};',
    ),
    expect: [],
  },
  {
    name: 'src-fn-env-vars',
    fault: 'environment variables on a Lambda@Edge function, which CloudFront refuses to associate',
    kind: 'lambda-edge',
    event: 'origin-response',
    environment: { STAGE: 'lab' },
    source: lines(
      "'use strict';",
      'exports.handler = async (event) => {',
      '    const response = event.Records[0].cf.response;',
      "    response.headers['x-stage'] = [{ key: 'X-Stage', value: process.env.STAGE || 'lab' }];",
      '    return response;',
      '};',
    ),
    expect: [{ code: 'EDGE_FUNCTION_DEPLOY_RULE', severity: 'error', setting: 'environment' }],
  },
]

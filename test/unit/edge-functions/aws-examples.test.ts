import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkEdgeFunction } from '../../../src/edge-functions/check.js'
import type { EdgeFunctionDeclaration } from '../../../src/edge-functions/types.js'

const dir = path.resolve(import.meta.dirname, '../../fixtures/edge-functions/healthy')

function declare(file: string, rest: Omit<EdgeFunctionDeclaration, 'name' | 'file' | 'path'>): EdgeFunctionDeclaration {
  return { name: file.replace(/\.m?js$/, ''), file: `edge/${file}`, path: path.join(dir, file), ...rest }
}

const CASES: EdgeFunctionDeclaration[] = [
  declare('cf-security-headers.js', { kind: 'cloudfront-function', runtime: 'cloudfront-js-1.0', events: ['viewer-response'] }),
  declare('cf-spa-rewrite.js', { kind: 'cloudfront-function', runtime: 'cloudfront-js-1.0', events: ['viewer-request'] }),
  declare('cf-domain-redirect.js', { kind: 'cloudfront-function', events: ['viewer-request'] }),
  declare('cf-cookie-auth.js', { kind: 'cloudfront-function', events: ['viewer-request'] }),
  declare('cf-ab-test.js', { kind: 'cloudfront-function', runtime: 'cloudfront-js-1.0', events: ['viewer-request'] }),
  declare('cf-normalize-query.js', { kind: 'cloudfront-function', events: ['viewer-request'] }),
  declare('cf-kvs-rewrite.js', { kind: 'cloudfront-function', events: ['viewer-request'], keyValueStore: { docs: 'documentation' } }),
  declare('cf-jwt-verify.js', { kind: 'cloudfront-function', events: ['viewer-request'] }),
  declare('cf-country-origin.js', { kind: 'cloudfront-function', events: ['viewer-request'] }),
  declare('cf-true-client-ip.js', { kind: 'cloudfront-function', runtime: 'cloudfront-js-1.0', events: ['viewer-request'] }),
  declare('cf-cors.js', { kind: 'cloudfront-function', events: ['viewer-response'] }),
  declare('cf-basic-auth.js', { kind: 'cloudfront-function', runtime: 'cloudfront-js-1.0', events: ['viewer-request'] }),
  declare('cf-cache-control.js', { kind: 'cloudfront-function', events: ['viewer-response'] }),
  declare('cf-maintenance-page.js', { kind: 'cloudfront-function', events: ['viewer-request'] }),
  declare('le-security-headers.js', { kind: 'lambda-edge', events: ['origin-response', 'viewer-response'] }),
  declare('le-redirect.js', { kind: 'lambda-edge', events: ['viewer-request'] }),
  declare('le-static-content.js', { kind: 'lambda-edge', events: ['viewer-request', 'origin-request'] }),
  declare('le-index-rewrite.js', { kind: 'lambda-edge', events: ['origin-request'] }),
  declare('le-origin-by-country.js', { kind: 'lambda-edge', events: ['origin-request'] }),
  declare('le-normalize-query.js', { kind: 'lambda-edge', events: ['viewer-request'] }),
  declare('le-form-body.js', { kind: 'lambda-edge', events: ['origin-request'], includeBody: true }),
  declare('le-error-pages.js', { kind: 'lambda-edge', events: ['origin-response'] }),
  declare('le-hash-cookie.js', { kind: 'lambda-edge', events: ['viewer-request'] }),
  declare('le-esm.mjs', { kind: 'lambda-edge', events: ['viewer-request'] }),
]

describe('functions written as AWS publishes them', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s: no finding on any built-in request', async (_name, declaration) => {
    const result = await checkEdgeFunction(declaration, { timeScale: 0.1 })
    expect(result.findings).toEqual([])
    expect(result.requestsRun).toBeGreaterThan(8)
  })
})

import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { loadConfig } from './both-readers.js'
import { ConfigError } from '../../../src/errors.js'

const repo = mkdtempSync(path.join(os.tmpdir(), 'edge-config-'))
mkdirSync(path.join(repo, '.github'))
mkdirSync(path.join(repo, 'edge'))
writeFileSync(path.join(repo, 'edge', 'headers.js'), 'function handler(event) { return event.response }\n')
writeFileSync(path.join(repo, 'edge', 'auth.js'), 'exports.handler = async (event) => event.Records[0].cf.request\n')
writeFileSync(path.join(repo, 'edge', 'kvs.json'), JSON.stringify({ '/old': '/new', limit: 5 }))
afterAll(() => rmSync(repo, { recursive: true, force: true }))

function load(yaml: string) {
  const file = path.join(repo, '.github', 'origin-preflight.yml')
  writeFileSync(file, yaml)
  return loadConfig(file)
}

function problems(yaml: string): string[] {
  try {
    load(yaml)
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((p) => `${p.line} ${p.path}: ${p.message}`)
    throw error
  }
  return []
}

const ORIGINS = 'version: 1\norigins:\n  - { name: a, domain: a.example.com }\n'

describe('edge-functions in the config', () => {
  it('reads each function with paths from the repository root, its store and its requests', () => {
    const config = load(`${ORIGINS}edge-functions:
  - name: security-headers
    kind: cloudfront-function
    code: edge/headers.js
    events: [viewer-response]
    key-value-store: edge/kvs.json
  - name: auth
    kind: lambda-edge
    code: edge/auth.js
    events: [viewer-request, origin-request]
    include-body: true
    requests:
      - { method: POST, uri: /form, headers: { content-type: text/plain }, body: "hi" }
`)
    expect(config.edgeFunctions).toEqual([
      {
        name: 'security-headers',
        kind: 'cloudfront-function',
        runtime: 'cloudfront-js-2.0',
        file: 'edge/headers.js',
        path: path.join(repo, 'edge', 'headers.js'),
        declaredAt: { file: path.join(repo, '.github', 'origin-preflight.yml'), line: 5 },
        handler: 'handler',
        events: ['viewer-response'],
        includeBody: false,
        requests: [],
        keyValueStore: { '/old': '/new', limit: '5' },
      },
      expect.objectContaining({
        name: 'auth',
        kind: 'lambda-edge',
        includeBody: true,
        requests: [
          {
            name: 'config#1',
            method: 'POST',
            uri: '/form',
            querystring: '',
            headers: [
              ['content-type', 'text/plain'],
              ['Content-Length', '2'],
            ],
            body: 'hi',
          },
        ],
      }),
    ])
  })

  it('refuses what the kind cannot do, at the line', () => {
    expect(
      problems(`${ORIGINS}edge-functions:
  - name: f
    kind: cloudfront-function
    runtime: cloudfront-js-1.0
    code: edge/missing.js
    events: [viewer-request, origin-request]
    include-body: yes
    key-value-store: edge/kvs.json
  - name: f
    kind: lambda-edge
    code: edge/auth.js
    events: [viewer-request]
    runtime: cloudfront-js-2.0
`),
    ).toEqual([
      '8 edge-functions[0].code: file not found: edge/missing.js (paths are relative to ' +
        (path.relative(process.cwd(), repo) || '.') +
        ')',
      '9 edge-functions[0].events[1]: origin-request cannot run a cloudfront-function: ' +
        'CloudFront Functions run on viewer-request and viewer-response only',
      '10 edge-functions[0].include-body: must be true or false, not a string',
      '11 edge-functions[0].key-value-store: needs runtime cloudfront-js-2.0: key-value stores are not available in 1.0',
      '12 edge-functions[1].name: duplicate edge function name "f" (already used on line 5)',
      '16 edge-functions[1].runtime: applies to cloudfront-function only',
    ])
  })

  it('runs code from the repository only: a path or a link that leads out is a config problem', () => {
    const outside = mkdtempSync(path.join(os.tmpdir(), 'edge-outside-'))
    try {
      writeFileSync(path.join(outside, 'secret.js'), 'function handler(event) { return event.request }\n')
      symlinkSync(path.join(outside, 'secret.js'), path.join(repo, 'edge', 'link.js'))
      const relativeOut = path.relative(repo, path.join(outside, 'secret.js'))
      expect(
        problems(`${ORIGINS}edge-functions:
  - { name: up, kind: cloudfront-function, code: ${relativeOut}, events: [viewer-request] }
  - { name: link, kind: cloudfront-function, code: edge/link.js, events: [viewer-request] }
  - { name: ok, kind: cloudfront-function, code: edge/headers.js, events: [viewer-response] }
`),
      ).toEqual([
        '5 edge-functions[0].code: must be a file inside the repository',
        '6 edge-functions[1].code: must be a file inside the repository',
      ])
    } finally {
      rmSync(outside, { recursive: true, force: true })
      rmSync(path.join(repo, 'edge', 'link.js'), { force: true })
    }
  })
})

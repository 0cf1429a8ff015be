import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { afterAll, describe, expect, it } from 'vitest'
import { main } from '../../../src/cli/main.js'

const repo = mkdtempSync(join(tmpdir(), 'op-validate-'))
afterAll(() => rmSync(repo, { recursive: true, force: true }))

function io() {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  const text = (s: PassThrough) => () => (s.read() as Buffer | null)?.toString() ?? ''
  return { io: { stdout, stderr, env: {} }, out: text(stdout), err: text(stderr) }
}

function config(functions: Record<string, string>, yaml: string): string {
  mkdirSync(join(repo, '.github'), { recursive: true })
  mkdirSync(join(repo, 'edge'), { recursive: true })
  for (const [name, code] of Object.entries(functions)) writeFileSync(join(repo, 'edge', name), code)
  const file = join(repo, '.github', 'origin-preflight.yml')
  writeFileSync(file, `version: 1\norigins:\n  - { name: web, domain: web.example.com }\nedge-functions:\n${yaml}`)
  return file
}

describe('origin-preflight validate with edge functions', () => {
  it('lists each function and the findings of its code, without running it', async () => {
    const file = config(
      {
        'headers.js':
          "function handler(event) {\n  event.response.headers['x-frame-options'] = { value: 'DENY' };\n  return event.response;\n}\n",
        'old.js': 'function handler(event) {\n  const request = event.request;\n  return request;\n}\n',
        // Would throw on every request, but validate runs nothing.
        'auth.js': "exports.handler = async (event) => {\n  throw new Error('no');\n};\n",
      },
      `  - { name: headers, kind: cloudfront-function, code: edge/headers.js, events: [viewer-response] }
  - { name: old, kind: cloudfront-function, runtime: cloudfront-js-1.0, code: edge/old.js, events: [viewer-request] }
  - { name: auth, kind: lambda-edge, code: edge/auth.js, events: [viewer-request, origin-request] }
`,
    )
    const run = io()
    expect(await main(['validate', '--config', file], run.io)).toBe(0)
    const out = run.out()
    expect(out).toContain(`${file}: valid, 1 origin\n`)
    expect(out).toContain('edge function headers: cloudfront-function cloudfront-js-2.0, viewer-response, edge/headers.js:1\n')
    expect(out).toContain(
      'edge function old: cloudfront-function cloudfront-js-1.0, viewer-request, edge/old.js:1\n' +
        '  ERROR EDGE_FUNCTION_SYNTAX edge/old.js:2\n',
    )
    expect(out).toContain('edge function auth: lambda-edge, viewer-request, origin-request, edge/auth.js:1\n')
    expect(out).not.toContain('EDGE_FUNCTION_THREW')
  })

  it('passes when the functions’ code is sound', async () => {
    const file = config(
      { 'ok.js': 'function handler(event) {\n  return event.request;\n}\n' },
      '  - { name: ok, kind: cloudfront-function, code: edge/ok.js, events: [viewer-request] }\n',
    )
    const run = io()
    expect(await main(['validate', '--config', file], run.io)).toBe(0)
    expect(run.out()).toBe(
      `${file}: valid, 1 origin\n` +
        `  web  web.example.com  ports 443/https  https-only  TLSv1.2  hosts web.example.com  ${file}:3\n` +
        'edge function ok: cloudfront-function cloudfront-js-2.0, viewer-request, edge/ok.js:1\n',
    )
  })
})

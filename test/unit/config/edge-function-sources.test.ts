import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { loadConfig } from '../../../src/config/load.js'
import { ConfigError, formatProblem } from '../../../src/errors.js'
import { directoryWith } from './helpers.js'

const FIXTURES = fileURLToPath(new URL('../../fixtures/edge-sources/', import.meta.url))
const TEMPLATE = readFileSync(`${FIXTURES}edge-cdn.yaml`, 'utf8')
const CDK = readFileSync(`${FIXTURES}cdk.out/EdgeStack.template.json`, 'utf8')

function repository(config: string, extra: Record<string, string> = {}): string {
  return directoryWith({ '.github/origin-preflight.yml': config, 'infra/cdn.yaml': TEMPLATE, ...extra })
}

function problems(dir: string): string[] {
  try {
    loadConfig(join(dir, '.github/origin-preflight.yml'), {})
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    return (error as ConfigError).problems.map(formatProblem)
  }
  throw new Error('expected a ConfigError')
}

describe('edge functions read from sources, in the config', () => {
  it('joins the config’s edge functions, named from the repository root', () => {
    const dir = repository('version: 1\nsources:\n  - cloudformation: infra/cdn.yaml\n')
    const config = loadConfig(join(dir, '.github/origin-preflight.yml'), {})
    expect(config.edgeFunctions?.map((f) => `${f.name} ${f.file}:${f.declaredAt?.line}`)).toEqual([
      'spa-rewrite infra/cdn.yaml:8',
      'edge-auth infra/cdn.yaml:23',
      'HeadersFunction infra/cdn.yaml:45',
    ])
    expect(config.edgeFunctions?.[2]?.lambda?.lines?.qualifier).toEqual({ file: 'infra/cdn.yaml', line: 82 })
    expect(config.edgeFunctions?.[0]?.associations).toEqual([{ event: 'viewer-request', file: 'infra/cdn.yaml', line: 75 }])
  })

  it('an entry of the same name refines the discovered function: the fields it gives win, the rest stays', () => {
    const dir = repository(
      [
        'version: 1',
        'sources:',
        '  - cloudformation: infra/cdn.yaml',
        'edge-functions:',
        '  - name: own',
        '    kind: cloudfront-function',
        '    code: edge/own.js',
        '    events: [viewer-request]',
        '  - name: spa-rewrite',
        '    requests:',
        '      - { uri: /app/settings }',
        '  - name: edge-auth',
        '    code: edge/auth.js',
        '    handler: main',
      ].join('\n'),
      { 'edge/own.js': 'function handler(event) { return event.request; }\n', 'edge/auth.js': 'exports.main = async (e) => e;\n' },
    )
    const config = loadConfig(join(dir, '.github/origin-preflight.yml'), {})
    expect(config.edgeFunctions?.map((f) => f.name)).toEqual(['own', 'spa-rewrite', 'edge-auth', 'HeadersFunction'])
    const [, rewrite, auth] = config.edgeFunctions!
    expect(rewrite).toMatchObject({ file: 'infra/cdn.yaml', codeLine: 17, events: ['viewer-request'], runtime: 'cloudfront-js-2.0' })
    expect(rewrite?.requests?.map((r) => r.uri)).toEqual(['/app/settings'])
    // The config's code replaces the inline code; the deployment settings stay the template's.
    expect(auth).toMatchObject({ file: 'edge/auth.js', path: join(dir, 'edge/auth.js'), handler: 'main', includeBody: true })
    expect(auth?.code).toBeUndefined()
    expect(auth?.codeLine).toBeUndefined()
    expect(auth?.lambda).toMatchObject({ runtime: 'nodejs20.x', timeoutSeconds: 5 })
  })

  it('an entry naming no discovered function must give kind, code and events: with the name it may have meant', () => {
    const dir = repository(
      'version: 1\nsources:\n  - cloudformation: infra/cdn.yaml\nedge-functions:\n  - name: spa-rewrit\n    requests: []\n',
    )
    const [problem, ...others] = problems(dir)
    expect(others).toEqual([])
    expect(problem).toMatch(/origin-preflight\.yml:5:\d+ edge-functions\[0\]\.name: names no edge function read from sources/)
    expect(problem).toMatch(/ and sets no kind, code, events; did you mean "spa-rewrite"\?$/)
    const alone = directoryWith({
      '.github/origin-preflight.yml':
        'version: 1\norigins: [{ name: a, domain: a.example.com }]\nedge-functions:\n  - name: x\n    code: x.js\n',
    })
    expect(problems(alone).map((p) => p.replace(/^.*?:\d+:\d+ /, ''))).toEqual([
      'edge-functions[0].kind: is required',
      'edge-functions[0].events: is required',
    ])
  })

  it('the same function in two templates: the second is named `#2`', () => {
    const dir = repository('version: 1\nsources:\n  - cloudformation: infra/*.yaml\n', { 'infra/copy.yaml': TEMPLATE })
    const names = loadConfig(join(dir, '.github/origin-preflight.yml'), {}).edgeFunctions?.map((f) => `${f.name} ${f.file}`)
    expect(names).toEqual([
      'spa-rewrite infra/cdn.yaml',
      'edge-auth infra/cdn.yaml',
      'HeadersFunction infra/cdn.yaml',
      'spa-rewrite#2 infra/copy.yaml',
      'edge-auth#2 infra/copy.yaml',
      'HeadersFunction#2 infra/copy.yaml',
    ])
  })

  it('the digest covers a CDK asset’s code: an edit there changes it', () => {
    const dir = directoryWith({
      'origin-preflight.yml': 'version: 1\nsources:\n  - cloudformation: cdk.out/*.template.json\n',
      'cdk.out/EdgeStack.template.json': CDK,
      'cdk.out/asset.5e1f0c2a/index.mjs': readFileSync(`${FIXTURES}cdk.out/asset.5e1f0c2a/index.mjs`, 'utf8'),
      'cdk.out/asset.5e1f0c2a/redirects.mjs': readFileSync(`${FIXTURES}cdk.out/asset.5e1f0c2a/redirects.mjs`, 'utf8'),
    })
    const before = loadConfig(join(dir, 'origin-preflight.yml'), {})
    expect(before.edgeFunctions?.find((f) => f.kind === 'lambda-edge')?.file).toBe('cdk.out/asset.5e1f0c2a/index.mjs')
    writeFileSync(join(dir, 'cdk.out/asset.5e1f0c2a/redirects.mjs'), 'export function redirectFor() { return undefined; }\n')
    expect(loadConfig(join(dir, 'origin-preflight.yml'), {}).digest).not.toBe(before.digest)
  })
})

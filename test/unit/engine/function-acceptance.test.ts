import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadConfig } from '../../../src/config/load.js'
import { runPreflight } from '../../../src/engine/run.js'
import { directoryWith } from '../config/helpers.js'

const lines = (...text: string[]) => `${text.join('\n')}\n`
const until = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10)

/** Two functions with a fault each, declared in the config beside an S3 origin read from nowhere (nothing to probe). */
function repository(accept: string[]): string {
  return directoryWith({
    'origin-preflight.yml': lines(
      'version: 1',
      'origins:',
      '  - name: shop',
      '    domain: shop.example.com',
      '    checks: { skip: [dns, ports, tls, certificate, http] }',
      'edge-functions:',
      '  - name: legacy-rewrite',
      '    kind: cloudfront-function',
      '    runtime: cloudfront-js-1.0',
      '    code: edge/legacy-rewrite.js',
      '    events: [viewer-request]',
      '  - name: headers',
      '    kind: cloudfront-function',
      '    runtime: cloudfront-js-1.0',
      '    code: edge/headers.js',
      '    events: [viewer-response]',
      ...(accept.length ? ['accept:', ...accept] : []),
    ),
    'edge/legacy-rewrite.js': 'function handler(event) {\n    let request = event.request;\n    return request;\n}\n',
    'edge/headers.js': 'function handler(event) {\n    const response = event.response;\n    return response;\n}\n',
  })
}

async function run(accept: string[]) {
  const dir = repository(accept)
  return runPreflight(loadConfig(join(dir, 'origin-preflight.yml'), {}))
}

describe('accept entries over edge-function findings', () => {
  it('an entry whose origin glob names the function marks its finding accepted; the gate judges the rest', async () => {
    const report = await run([
      '  - code: EDGE_FUNCTION_SYNTAX',
      '    origin: legacy-*',
      '    reason: the rewrite moves to 2.0 with the next release',
      `    until: ${until}`,
    ])
    const byName = Object.fromEntries((report.functions ?? []).map((f) => [f.name, f]))
    expect(byName['legacy-rewrite']?.findings.map((f) => [f.code, f.accepted])).toEqual([
      ['EDGE_FUNCTION_SYNTAX', { reason: 'the rewrite moves to 2.0 with the next release', until }],
    ])
    expect(byName['legacy-rewrite']?.passed).toBe(true)
    expect(byName['headers']?.findings.map((f) => [f.code, f.accepted])).toEqual([['EDGE_FUNCTION_SYNTAX', undefined]])
    expect(byName['headers']?.passed).toBe(false)
    expect(report.passed).toBe(false)
    expect(report.summary).toMatchObject({ accepted: 1, errors: 1 })
    expect(report.configFindings).toEqual([])
  }, 30_000)

  it('an entry matching no function finding is unused; with both accepted the gate passes', async () => {
    const unused = await run(['  - code: EDGE_FUNCTION_SYNTAX', '    origin: nothing-*', '    reason: stale', `    until: ${until}`])
    expect(unused.configFindings?.map((f) => f.code)).toEqual(['ACCEPTANCE_UNUSED'])
    const all = await run(['  - code: EDGE_FUNCTION_SYNTAX', '    reason: both move to 2.0', `    until: ${until}`])
    expect(all.passed).toBe(true)
    expect(all.configFindings).toEqual([])
    expect(all.summary.accepted).toBe(2)
  }, 30_000)
})

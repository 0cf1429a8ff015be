import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { checkEdgeFunction } from '../../src/edge-functions/check.js'

// A folder holding the repository and, beside it, a file of somebody else's.
const top = mkdtempSync(join(tmpdir(), 'op-modules-'))
const repo = join(top, 'repo')
mkdirSync(join(repo, 'edge', 'lib'), { recursive: true })
writeFileSync(join(top, 'outside.js'), 'module.exports = (request) => request;\n')
writeFileSync(join(repo, 'edge', 'lib', 'pass.js'), 'module.exports = (request) => request;\n')
symlinkSync(join(top, 'outside.js'), join(repo, 'edge', 'lib', 'linked.js'))
afterAll(() => rmSync(top, { recursive: true, force: true }))

/** A Lambda@Edge handler in edge/<name>.js that passes the request through the module it requires. */
async function findingsRequiring(name: string, specifier: string) {
  const code =
    `const pass = require(${JSON.stringify(specifier)});\n` + 'exports.handler = async (event) => pass(event.Records[0].cf.request);\n'
  writeFileSync(join(repo, 'edge', `${name}.js`), code)
  const result = await checkEdgeFunction(
    { name, kind: 'lambda-edge', file: `edge/${name}.js`, path: join(repo, 'edge', `${name}.js`), events: ['origin-request'] },
    { timeScale: 0.2, computeBudgetMs: 5 },
  )
  return result.findings.map((f) => f.code)
}

describe("a Lambda@Edge function's own modules", () => {
  it('are loaded from the repository', async () => {
    expect(await findingsRequiring('inside', './lib/pass.js')).toEqual([])
  })

  it('never from outside it, by `../` or by a link: the require fails as a missing module would', async () => {
    for (const [name, specifier] of [
      ['up', '../../outside.js'],
      ['link', './lib/linked.js'],
    ] as const) {
      const codes = await findingsRequiring(name, specifier)
      expect(codes.length, name).toBeGreaterThan(0)
      expect(new Set(codes), name).toEqual(new Set(['EDGE_FUNCTION_THREW']))
    }
  })
})

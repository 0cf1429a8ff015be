import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadConfig } from './both-readers.js'
import { directoryWith, generatedCertificatePem, problemsOf } from './helpers.js'

const CONFIG = (roots: string) =>
  ['version: 1', 'origins:', '  - {name: a, domain: a.example.com}', 'overrides:', `  trust-roots: ${roots}`].join('\n')

describe('overrides.trust-roots', () => {
  it('resolves paths relative to the config directory, not the working directory', () => {
    const pem = generatedCertificatePem()
    const directory = directoryWith({
      'ci/origin-preflight.yml': CONFIG('[lab/root.pem, ../shared.pem]'),
      'ci/lab/root.pem': pem,
      'shared.pem': `some text before\n${pem}`,
    })
    const config = loadConfig(join(directory, 'ci/origin-preflight.yml'), {})
    expect(config.overrides.trustRoots).toEqual([join(directory, 'ci/lab/root.pem'), join(directory, 'shared.pem')])
  })

  it('reports a missing file, a directory and a file without a certificate, each at its item', () => {
    const directory = directoryWith({
      'c.yml': CONFIG('\n    - missing.pem\n    - lab\n    - lab/key.pem'),
      'lab/key.pem': '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n',
    })
    const file = join(directory, 'c.yml')
    expect(() => loadConfig(file, {})).toThrow(
      [
        `${file}:6:7 overrides.trust-roots[0]: ${join(directory, 'missing.pem')}: ` +
          'not a readable regular file of PEM certificates (at most 4 MiB)',
        `${file}:7:7 overrides.trust-roots[1]: ${join(directory, 'lab')}: ` +
          'not a readable regular file of PEM certificates (at most 4 MiB)',
        `${file}:8:7 overrides.trust-roots[2]: ${join(directory, 'lab/key.pem')}: ` +
          'not a readable regular file of PEM certificates (at most 4 MiB)',
      ].join('\n'),
    )
  })

  it('rejects a file with one good certificate and one broken block, as the run would', () => {
    const directory = directoryWith({
      'mixed.pem': `${generatedCertificatePem()}\n-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n-----END CERTIFICATE-----\n`,
    })
    expect(problemsOf(CONFIG('[mixed.pem]'), {}, join(directory, 'c.yml'))).toEqual([
      `${join(directory, 'c.yml')}:5:17 overrides.trust-roots[0]: ${join(directory, 'mixed.pem')}: certificate #2 does not parse`,
    ])
  })

  it('rejects a PEM block that is not a certificate', () => {
    const directory = directoryWith({ 'bad.pem': '-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n-----END CERTIFICATE-----\n' })
    expect(problemsOf(CONFIG('[bad.pem]'), {}, join(directory, 'c.yml'))).toEqual([
      `${join(directory, 'c.yml')}:5:17 overrides.trust-roots[0]: ${join(directory, 'bad.pem')}: certificate #1 does not parse`,
    ])
  })
})

import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { rootCertificates } from 'node:tls'
import { expect } from 'vitest'
import { ConfigError, formatProblem } from '../../../src/errors.js'
import { parseConfig } from './both-readers.js'

/** The problems `text` yields, rendered as `file:line:col path: message`. */
export function problemsOf(text: string, env: NodeJS.ProcessEnv = {}, file = 'origin-preflight.yml'): string[] {
  try {
    parseConfig(text, file, env)
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    const configError = error as ConfigError
    expect(configError.code).toBe('OP_ERR_CONFIG')
    return configError.problems.map(formatProblem)
  }
  throw new Error('expected a ConfigError, but the config was accepted')
}

/** A fresh directory holding `files` (relative path -> content); returns its path. */
export function directoryWith(files: Record<string, string>): string {
  const directory = mkdtempSync(join(tmpdir(), 'origin-preflight-config-'))
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(directory, path)), { recursive: true })
    writeFileSync(join(directory, path), content)
  }
  return directory
}

/** A self-signed P-256 certificate in PEM, made by openssl the way a lab would make its root. */
export function generatedCertificatePem(): string {
  const directory = directoryWith({})
  const key = join(directory, 'k')
  const certificate = join(directory, 'c')
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-subj',
      '/CN=t',
      '-keyout',
      key,
      '-out',
      certificate,
      '-days',
      '1',
    ],
    { stdio: 'ignore' },
  )
  return readFileSync(certificate, 'utf8')
}

/** A real root from Node's bundled store: a valid certificate without running openssl. */
export const BUNDLED_ROOT_PEM: string = rootCertificates[0] ?? ''

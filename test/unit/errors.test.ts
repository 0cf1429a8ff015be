import { describe, expect, it } from 'vitest'
import { GitHubApiError } from '../../src/action/bounded-fetch.js'
import { ReportFileError } from '../../src/action/report-file.js'
import { CertificateParseError } from '../../src/cert/parse.js'
import { TrustRootError } from '../../src/cert/trust.js'
import { ConfigError, FileExistsError, PreflightError, UsageError } from '../../src/errors.js'
import { LabError } from '../../src/lab/lab.js'

/** Every error the tool raises on purpose: a class name, a stable literal code, the cause passed through. */
const ERRORS: [PreflightError, string, string][] = [
  [new PreflightError('base'), 'PreflightError', 'OP_ERR'],
  [new ConfigError([{ file: 'c.yml', line: 1, col: 1, path: 'version', message: 'must be 1' }]), 'ConfigError', 'OP_ERR_CONFIG'],
  [new UsageError('usage'), 'UsageError', 'OP_ERR_USAGE'],
  [new LabError('lab'), 'LabError', 'OP_ERR_LAB'],
  [new TrustRootError('root.pem', 'not a certificate'), 'TrustRootError', 'OP_ERR_TRUST_ROOT'],
  [new CertificateParseError('bad'), 'CertificateParseError', 'OP_ERR_CERT_PARSE'],
  [new GitHubApiError('denied', 403), 'GitHubApiError', 'OP_ERR_GITHUB_API'],
  [new ReportFileError('bad report'), 'ReportFileError', 'OP_ERR_REPORT_FILE'],
  [new FileExistsError('.github/origin-preflight.yml'), 'FileExistsError', 'OP_ERR_FILE_EXISTS'],
]

describe('errors', () => {
  it.each(ERRORS)('%s is named after its class and carries its code', (error, name, code) => {
    expect(error).toBeInstanceOf(PreflightError)
    expect(error).toBeInstanceOf(Error)
    expect(error.name).toBe(name)
    expect(error.code).toBe(code)
  })

  it('gives every class its own code', () => {
    expect(new Set(ERRORS.map(([, , code]) => code)).size).toBe(ERRORS.length)
  })

  it('passes the cause through', () => {
    const cause = new Error('underneath')
    expect(new UsageError('on top', { cause }).cause).toBe(cause)
  })
})

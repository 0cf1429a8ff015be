import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  annotationLine,
  configProblemAnnotations,
  findingAnnotation,
  findingAnnotations,
  repoRelativePath,
} from '../../../src/action/annotations.js'
import { findings, sampleReport } from '../report/fixtures.js'
import { originConfig, sampleConfig } from './fixtures.js'

const repoRoot = path.resolve('/repo')
const configFile = path.join(repoRoot, '.github', 'origin-preflight.yml')

describe('repoRelativePath', () => {
  it('makes absolute and relative paths relative to the repository root, with forward slashes', () => {
    expect(repoRelativePath(configFile, repoRoot)).toBe('.github/origin-preflight.yml')
    expect(repoRelativePath('.github/origin-preflight.yml', repoRoot)).toBe('.github/origin-preflight.yml')
  })
})

describe('findingAnnotations', () => {
  it('gives one annotation per finding, most severe first within each origin, at the config file, titled CODE origin', () => {
    const config = sampleConfig(configFile)
    const annotations = findingAnnotations(sampleReport(), config.origins, configFile, repoRoot)
    expect(annotations.map((a) => [a.level, a.properties.title, a.properties.startLine])).toEqual([
      ['error', 'CERT_EXPIRED checkout-api', 6],
      ['error', 'PORT_REFUSED checkout-api', 9],
      ['notice', 'TLS_SNI_REQUIRED checkout-api', 6],
      ['warning', 'CERT_EXPIRES_SOON static-assets', 20],
    ])
    for (const annotation of annotations) expect(annotation.properties.file).toBe('.github/origin-preflight.yml')
  })

  it('falls back to the report line for an origin the config does not know', () => {
    const annotations = findingAnnotations(sampleReport(), [], configFile, repoRoot)
    expect(annotations.map((a) => a.properties.startLine)).toEqual([6, 6, 6, 20])
  })
})

describe('findingAnnotation', () => {
  it('carries the message then the remedy', () => {
    const finding = findings.refused('checkout-api')
    expect(findingAnnotation(finding, 'c.yml', 3)).toEqual({
      level: 'error',
      message: `${finding.message}\n${finding.remedy}`,
      properties: { file: 'c.yml', startLine: 3, title: 'PORT_REFUSED checkout-api' },
    })
  })
})

describe('annotationLine', () => {
  const origin = originConfig({
    name: 'api',
    domain: 'origin.example.com',
    hostHeaders: ['www.example.com'],
    line: 10,
    httpsPort: 8443,
    httpPort: 8080,
    fieldLines: { domain: 11, 'host-header': 12, 'https-port': 13, 'http-port': 14 },
  })

  it('points port findings at the port field they concern', () => {
    expect(annotationLine({ ...findings.refused('api'), port: 8443 }, origin)).toBe(13)
    expect(annotationLine({ ...findings.refused('api'), port: 8080 }, origin)).toBe(14)
    expect(annotationLine({ ...findings.refused('api'), port: 22 }, origin)).toBe(10)
  })

  it('uses the origin line when the port field is a default', () => {
    const defaults = { ...origin, fieldLines: {} }
    expect(annotationLine({ ...findings.refused('api'), port: 8443 }, defaults)).toBe(10)
  })

  it('points a name mismatch at the name the certificate fails to cover', () => {
    expect(annotationLine(findings.nameMismatch('api', 'www.example.com'), origin)).toBe(12)
    expect(annotationLine(findings.nameMismatch('api', 'origin.example.com'), origin)).toBe(11)
    expect(annotationLine(findings.nameMismatch('api'), { ...origin, fieldLines: { 'host-header': 12 } })).toBe(12)
    expect(annotationLine(findings.nameMismatch('api'), { ...origin, fieldLines: {} })).toBe(10)
  })

  it('points a DNS finding at the domain the edge resolves', () => {
    const unreachable = {
      ...findings.expired('api'),
      code: 'DNS_NS_UNREACHABLE' as const,
      check: 'dns' as const,
      address: '192.0.2.53',
      port: 53,
    }
    expect(annotationLine(unreachable, origin)).toBe(11)
    expect(annotationLine(unreachable, { ...origin, fieldLines: {} })).toBe(10)
  })

  it('uses the origin line for everything else', () => {
    expect(annotationLine(findings.expired('api'), origin)).toBe(10)
  })
})

describe('configProblemAnnotations', () => {
  it('gives one CONFIG_INVALID error per problem, positioned in the repository', () => {
    const problems = [
      { file: configFile, line: 4, col: 7, path: 'origins[0].https-port', message: 'expected a port number' },
      { file: path.join(repoRoot, 'configs', 'extra.yml'), line: 9, col: 1, path: 'origins[1]', message: 'missing domain' },
    ]
    expect(configProblemAnnotations(problems, repoRoot)).toEqual([
      {
        level: 'error',
        message: 'origins[0].https-port: expected a port number',
        properties: { file: '.github/origin-preflight.yml', startLine: 4, startColumn: 7, title: 'CONFIG_INVALID' },
      },
      {
        level: 'error',
        message: 'origins[1]: missing domain',
        properties: { file: 'configs/extra.yml', startLine: 9, startColumn: 1, title: 'CONFIG_INVALID' },
      },
    ])
  })
})

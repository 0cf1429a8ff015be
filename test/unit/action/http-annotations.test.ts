import { describe, expect, it } from 'vitest'
import { annotationLine } from '../../../src/action/annotations.js'
import { parseConfig } from '../../../src/config/load.js'
import type { Finding } from '../../../src/findings/finding.js'

const config = parseConfig(
  [
    'version: 1', // 1
    'origins:', // 2
    '  - name: api', // 3
    '    domain: api.lab.test', // 4
    '    edge: alb', // 5
    '    health:', // 6
    '      path: /healthz', // 7
    '      expect-status: [204]', // 8
    '  - name: bare', // 9
    '    domain: bare.lab.test', // 10
    '    health: { path: / }', // 11
    '',
  ].join('\n'),
  'http.yml',
)

const finding = (code: Finding['code']): Finding => ({
  code,
  severity: 'error',
  check: 'http',
  origin: 'api',
  message: '',
  remedy: '',
  details: {},
})

describe('annotationLine for HTTP findings', () => {
  it('points at the field the finding is about', () => {
    const [api, bare] = config.origins
    expect(annotationLine(finding('HTTP_UNEXPECTED_STATUS'), api!)).toBe(8)
    expect(annotationLine(finding('HTTP_BACKEND_5XX'), api!)).toBe(7)
    expect(annotationLine(finding('HTTP_EXTRA_CRLF_IN_HEADERS'), api!)).toBe(7)
    expect(annotationLine(finding('HTTP_KEEPALIVE_TOO_SHORT'), api!)).toBe(5)
    expect(annotationLine(finding('HTTP_UNEXPECTED_STATUS'), bare!)).toBe(11)
    expect(annotationLine(finding('HTTP_KEEPALIVE_TOO_SHORT'), bare!)).toBe(9)
  })
})

import { describe, expect, it } from 'vitest'
import { parseConfig } from './both-readers.js'

const TEXT = [
  'version: 1', //                                   1
  'defaults:', //                                    2
  '  https-port: 8443', //                           3
  'origins:', //                                     4
  '  - name: first', //                              5
  '    domain: first.example.com', //                6
  '', //                                             7
  '  # the second origin', //                        8
  '  -', //                                          9
  '    name: second', //                             10
  '    domain: second.example.com', //               11
  '    https-port: 9443', //                         12
  '    certificate:', //                             13
  '      warn-days: 14', //                          14
  '    health: {path: /up, headers: {X-Key: k}}', // 15
  '    ssl-protocols:', //                           16
  '      - TLSv1.2', //                              17
].join('\n')

describe('origin positions', () => {
  const [first, second] = parseConfig(TEXT, 'c.yml', {}).origins

  it('gives each origin the line where its mapping starts', () => {
    expect(first?.line).toBe(5)
    expect(second?.line).toBe(10)
  })

  it('maps every key written on the origin itself, not inherited ones or list items, to its line', () => {
    expect(first?.fieldLines).toEqual({ name: 5, domain: 6 })
    expect(first?.httpsPort).toBe(8443)
    expect(second?.fieldLines).toEqual({
      name: 10,
      domain: 11,
      'https-port': 12,
      certificate: 13,
      'certificate.warn-days': 14,
      health: 15,
      'health.path': 15,
      'health.headers': 15,
      'health.headers.X-Key': 15,
      'ssl-protocols': 16,
    })
  })
})

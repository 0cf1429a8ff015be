import { describe, expect, it } from 'vitest'
import { parseConfig } from './both-readers.js'
import { problemsOf } from './helpers.js'

const CONFIG = (edge: string, protocols: string) =>
  ['version: 1', 'origins:', '  - name: a', '    domain: a.example.com', `    edge: ${edge}`, `    ssl-protocols: ${protocols}`].join('\n')

describe('ssl-protocols the edge speaks', () => {
  it('rejects a version the edge never speaks to origins, at its item', () => {
    expect(problemsOf(CONFIG('alb', '[TLSv1.3]'), {}, 'c.yml')).toEqual([
      'c.yml:6:21 origins[0].ssl-protocols[0]: TLSv1.3 cannot be used with edge alb: alb speaks only TLSv1, TLSv1.1, TLSv1.2 to origins',
    ])
    expect(problemsOf(CONFIG('generic', '[SSLv3, TLSv1.2]'), {}, 'c.yml')).toEqual([
      'c.yml:6:21 origins[0].ssl-protocols[0]: SSLv3 cannot be used with edge generic: generic speaks only TLSv1.2, TLSv1.3 to origins',
    ])
  })

  it("keeps CloudFront's own words for TLS 1.3, and accepts what the edge speaks", () => {
    expect(problemsOf(CONFIG('cloudfront', '[TLSv1.2, TLSv1.3]'), {}, 'c.yml')).toEqual([
      'c.yml:6:30 origins[0].ssl-protocols[1]: TLSv1.3 cannot be used with edge cloudfront: CloudFront does not speak TLS 1.3 to origins',
    ])
    expect(parseConfig(CONFIG('generic', '[TLSv1.3]'), 'c.yml', {}).origins[0]!.sslProtocols).toEqual(['TLSv1.3'])
    expect(parseConfig(CONFIG('cloudfront', '[SSLv3, TLSv1]'), 'c.yml', {}).origins[0]!.sslProtocols).toEqual(['SSLv3', 'TLSv1'])
  })
})

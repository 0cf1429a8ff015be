import { describe, expect, it } from 'vitest'
import { maskSecrets } from '../../../src/report/mask.js'
import { renderReport } from '../../../src/report/render.js'
import { sampleReport } from './fixtures.js'

describe('maskSecrets', () => {
  it('replaces every occurrence of each secret', () => {
    expect(maskSecrets('token=abc123 again abc123', ['abc123'])).toBe('token=*** again ***')
  })

  it('hides the longest secret whole when one contains another', () => {
    expect(maskSecrets('key hunter2-extra', ['hunter2', 'hunter2-extra'])).toBe('key ***')
  })

  it('ignores empty secrets and leaves text without secrets alone', () => {
    expect(maskSecrets('nothing here', ['', 'absent'])).toBe('nothing here')
  })

  it('treats secrets literally, not as patterns', () => {
    expect(maskSecrets('a.b a+b', ['a+b'])).toBe('a.b ***')
  })

  it('masks a secret that reached every rendered format', () => {
    const report = sampleReport({ config: 'configs/s3cr3t-value.yml' })
    for (const format of ['text', 'json', 'markdown'] as const) {
      const out = maskSecrets(renderReport(report, format), ['s3cr3t-value'])
      expect(out).not.toContain('s3cr3t-value')
      expect(out).toContain('configs/***.yml')
    }
  })
})

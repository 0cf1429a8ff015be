/**
 * Offending bytes as they go into a finding: escaped so that every CR, LF and control byte is visible,
 * bounded, and with every value the request carried from the config (custom headers, often secrets)
 * replaced by `***` before anything is escaped or cut, so no fragment of a secret survives.
 */

import { escapeBytes } from '../../text/escape.js'

const MAX_EVIDENCE_BYTES = 120

export class Evidence {
  private readonly secrets: Buffer[]
  private readonly longest: number

  constructor(secrets: readonly string[]) {
    this.secrets = [...new Set(secrets.filter((s) => s.length > 0))].map((s) => Buffer.from(s, 'utf8'))
    this.longest = Math.max(0, ...this.secrets.map((s) => s.length))
  }

  /** `bytes[start, end)` escaped, masked, at most MAX_EVIDENCE_BYTES of input (an ellipsis marks the cut). */
  of(bytes: Uint8Array, start = 0, end = bytes.length, max = MAX_EVIDENCE_BYTES): string {
    const from = Math.max(0, start)
    const cut = Math.min(end, bytes.length, from + max)
    const hidden = this.hiddenRanges(bytes, from, cut)
    let out = ''
    let at = from
    for (const [hideFrom, hideTo] of hidden) {
      if (hideFrom > at) out += escapeBytes(bytes.subarray(at, hideFrom), { named: true })
      out += '***'
      at = Math.max(at, hideTo)
    }
    if (at < cut) out += escapeBytes(bytes.subarray(at, cut), { named: true })
    return cut < Math.min(end, bytes.length) ? `${out}…` : out
  }

  /** Text from the response (a header value) masked the same way, then escaped. */
  ofText(text: string, max = MAX_EVIDENCE_BYTES): string {
    return this.of(Buffer.from(text, 'latin1'), 0, undefined, max)
  }

  /** Secret occurrences overlapping [from, to), searched in a window wide enough to see ones that straddle it. */
  private hiddenRanges(bytes: Uint8Array, from: number, to: number): [number, number][] {
    if (this.secrets.length === 0) return []
    const windowStart = Math.max(0, from - this.longest)
    const window = Buffer.from(bytes.buffer, bytes.byteOffset + windowStart, Math.min(bytes.length, to + this.longest) - windowStart)
    const ranges: [number, number][] = []
    for (const secret of this.secrets) {
      for (let i = window.indexOf(secret); i >= 0; i = window.indexOf(secret, i + 1)) {
        const start = windowStart + i
        const end = start + secret.length
        if (end > from && start < to) ranges.push([Math.max(start, from), Math.min(end, to)])
      }
    }
    ranges.sort((a, b) => a[0] - b[0])
    const merged: [number, number][] = []
    for (const range of ranges) {
      const last = merged.at(-1)
      if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1])
      else merged.push(range)
    }
    return merged
  }
}

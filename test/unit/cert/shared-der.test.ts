import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { sha256Hex, sharedDer } from '../../../src/cert/shared-der.js'
import { parseCertificate } from '../../../src/cert/parse.js'
import { issueCertificate } from '../../../src/lab/pki.js'

describe('sharedDer', () => {
  it('keeps one copy per distinct certificate, never a view of the bytes it was given', () => {
    const a = issueCertificate({ subject: { CN: 'a.shared.test' }, sans: ['a.shared.test'] }).der
    const b = issueCertificate({ subject: { CN: 'b.shared.test' }, sans: ['b.shared.test'] }).der
    const chunk = Buffer.concat([Buffer.from('head'), a, b])
    const viewOfA = chunk.subarray(4, 4 + a.length)

    const first = sharedDer(viewOfA)
    const second = sharedDer(Buffer.from(a))
    const other = sharedDer(chunk.subarray(4 + a.length))

    expect(first).toBe(second)
    expect(first.equals(a)).toBe(true)
    expect(other.equals(b)).toBe(true)
    expect(other).not.toBe(first)
    // Its own memory: overwriting the socket's chunk changes nothing kept.
    chunk.fill(0)
    expect(first.equals(a)).toBe(true)
    expect(other.equals(b)).toBe(true)
  })

  it('gives the SHA-256 the parser keys its cache by, for shared copies and any other buffer alike', () => {
    const der = issueCertificate({ subject: { CN: 'digest.shared.test' }, sans: ['digest.shared.test'] }).der
    const expected = createHash('sha256').update(der).digest('hex')
    expect(sha256Hex(sharedDer(der))).toBe(expected)
    expect(sha256Hex(Buffer.from(der))).toBe(expected)
    expect(parseCertificate(sharedDer(der)).sha256).toBe(expected)
  })
})

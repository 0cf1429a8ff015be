import { createHash } from 'node:crypto'

/**
 * Certificates as received, one copy per distinct certificate. A thousand origins behind one load
 * balancer send the same few chains to every hello; kept once, their bytes cost memory once, and each
 * copy remembers its SHA-256 once computed, so the parser's cache finds it without hashing again.
 * Looked up by length and signature tail (a certificate ends with its signature), confirmed byte for
 * byte. Bounded: past the limit a certificate is copied on its own, as it would be without sharing.
 */
const SHARED_LIMIT = 4096
const TAIL_BYTES = 32
const byTail = new Map<string, Buffer>()
const digests = new WeakMap<Buffer, string>()

/** SHA-256 of the DER, lowercase hex; remembered for shared copies. */
export function sha256Hex(der: Buffer): string {
  const known = digests.get(der)
  if (known !== undefined) return known
  const digest = createHash('sha256').update(der).digest('hex')
  if (byTail.get(tailKey(der)) === der) digests.set(der, digest)
  return digest
}

/** The shared copy of `der` (a view into a socket's chunk, say): equal bytes, its own memory. */
export function sharedDer(der: Buffer): Buffer {
  const key = tailKey(der)
  const known = byTail.get(key)
  if (known?.equals(der)) return known
  // Its own memory rather than a slice of the small-buffer pool, which a long-kept slice would pin.
  const copy = Buffer.allocUnsafeSlow(der.length)
  der.copy(copy)
  if (!known && byTail.size < SHARED_LIMIT) byTail.set(key, copy)
  return copy
}

function tailKey(der: Buffer): string {
  return `${der.length}:${der.toString('latin1', Math.max(0, der.length - TAIL_BYTES))}`
}

import { createHash } from 'node:crypto'

/**
 * Certificates as received, one copy per distinct certificate. A thousand origins behind one load
 * balancer send the same few chains to every hello; kept once, their bytes cost memory once, and each
 * copy carries its SHA-256 so the parser's cache finds it without hashing again. Bounded: past the
 * limit a certificate is copied on its own, as it would be without sharing.
 */
const SHARED_LIMIT = 4096
const byDigest = new Map<string, Buffer>()
const digests = new WeakMap<Buffer, string>()

/** SHA-256 of the DER, lowercase hex; remembered for shared copies. */
export function sha256Hex(der: Buffer): string {
  const known = digests.get(der)
  if (known !== undefined) return known
  return createHash('sha256').update(der).digest('hex')
}

/** The shared copy of `der` (a view into a socket's chunk, say): equal bytes, its own memory. */
export function sharedDer(der: Buffer): Buffer {
  const digest = createHash('sha256').update(der).digest('hex')
  const known = byDigest.get(digest)
  if (known?.equals(der)) return known
  // Its own memory rather than a slice of the small-buffer pool, which a long-kept slice would pin.
  const copy = Buffer.allocUnsafeSlow(der.length)
  der.copy(copy)
  digests.set(copy, digest)
  if (!known && byDigest.size < SHARED_LIMIT) byDigest.set(digest, copy)
  return copy
}

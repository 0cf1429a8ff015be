import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'

/** Why a bounded read gave no bytes: the file is absent, unreadable, not a regular file, or over the cap. */
export type BoundedRead = { bytes: Buffer } | { refused: 'missing' | 'unreadable' | 'not-a-file' | 'too-large'; size?: number }

/**
 * A file read without trusting its name: only a regular file, opened without blocking (a FIFO or
 * `/proc/kmsg` would otherwise hang the run), of at most `maxBytes`, read no further than the size it
 * states (a pseudo-file that states 0 and holds more is refused). `noFollow` refuses a final symlink.
 */
export function readBounded(file: string, maxBytes: number, options: { noFollow?: boolean } = {}): BoundedRead {
  let fd: number
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | (options.noFollow ? constants.O_NOFOLLOW : 0))
  } catch (error) {
    return { refused: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'unreadable' }
  }
  try {
    const stats = fstatSync(fd)
    if (!stats.isFile()) return { refused: 'not-a-file' }
    if (stats.size > maxBytes) return { refused: 'too-large', size: stats.size }
    // One byte more than stated: a file that grows, or a pseudo-file that lies about its size, is refused.
    const buffer = Buffer.alloc(stats.size + 1)
    let length = 0
    for (;;) {
      const read = readSync(fd, buffer, length, buffer.length - length, null)
      if (read === 0) break
      length += read
    }
    if (length > stats.size) return { refused: 'unreadable' }
    return { bytes: buffer.subarray(0, length) }
  } catch {
    return { refused: 'unreadable' }
  } finally {
    closeSync(fd)
  }
}

/**
 * A file named by a config, read through `readBounded`; one answer for every refusal (and for an empty
 * file, which holds no certificate anyway), so a config cannot use the message to learn what exists.
 */
export function readRegularFile(file: string, maxBytes: number): Buffer | undefined {
  const read = readBounded(file, maxBytes)
  return 'bytes' in read && read.bytes.length > 0 ? read.bytes : undefined
}

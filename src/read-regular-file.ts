import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'

/**
 * A file named by a config, read without trusting the name: only a regular file, opened without
 * blocking (a FIFO or `/proc/kmsg` would otherwise hang the run), of at most `maxBytes`, read with a
 * bound. One answer for every refusal, so a config cannot use the message to learn what exists.
 */
export function readRegularFile(file: string, maxBytes: number): Buffer | undefined {
  let fd: number
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch {
    return undefined
  }
  try {
    const stats = fstatSync(fd)
    // Kernel pseudo-files report size 0 whatever they hold: an empty file has no certificate anyway.
    if (!stats.isFile() || stats.size === 0 || stats.size > maxBytes) return undefined
    const buffer = Buffer.alloc(maxBytes + 1)
    let length = 0
    for (;;) {
      const read = readSync(fd, buffer, length, buffer.length - length, null)
      if (read === 0) break
      length += read
      if (length > maxBytes) return undefined
    }
    return buffer.subarray(0, length)
  } catch {
    return undefined
  } finally {
    closeSync(fd)
  }
}

import { createHash } from 'node:crypto'
import { relative } from 'node:path'
import { readBounded } from '../read-regular-file.js'

/** Past this, a file is digested by its size alone: every file the loader reads is bounded below it. */
const MAX_DIGEST_FILE_BYTES = 64 * 1024 * 1024

/**
 * `sha256:` and the hex digest of the config text and of every file it reads (trust roots, sources), each
 * file named relative to the config's folder. Shard reports that carry the same digest were made from the
 * same config and can be merged into one verdict; any edit, anywhere the config reads, changes it.
 */
export function configDigest(text: string, configDirectory: string, inputs: readonly string[]): string {
  const hash = createHash('sha256').update(text)
  for (const file of [...inputs].sort()) {
    hash.update(`\0${relative(configDirectory, file)}\0`)
    // Regular files only, never blocking, bounded: a link to a device cannot stall even `validate`.
    const read = readBounded(file, MAX_DIGEST_FILE_BYTES)
    hash.update('bytes' in read ? read.bytes : `unreadable: ${read.refused}${read.size !== undefined ? ` ${read.size}` : ''}`)
  }
  return `sha256:${hash.digest('hex')}`
}

import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { relative } from 'node:path'

/**
 * `sha256:` and the hex digest of the config text and of every file it reads (trust roots, sources), each
 * file named relative to the config's folder. Shard reports that carry the same digest were made from the
 * same config and can be merged into one verdict; any edit, anywhere the config reads, changes it.
 */
export function configDigest(text: string, configDirectory: string, inputs: readonly string[]): string {
  const hash = createHash('sha256').update(text)
  for (const file of [...inputs].sort()) {
    hash.update(`\0${relative(configDirectory, file)}\0`)
    try {
      hash.update(readFileSync(file))
    } catch (error) {
      hash.update(`unreadable: ${(error as NodeJS.ErrnoException).code ?? 'error'}`)
    }
  }
  return `sha256:${hash.digest('hex')}`
}

import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { UsageError } from '../errors.js'

/** A glob over downloaded artifacts never needs more; a runaway pattern stops here instead of walking the disk. */
const MAX_ENTRIES = 20_000
const MAX_DEPTH = 12

/**
 * The files under `root` that match `pattern` (`*` and `?` within one path segment, `**` across any
 * number of them; `/` separates segments on every platform), sorted. The walk starts at the pattern's
 * literal prefix and is bounded in entries and depth.
 */
export function globFiles(pattern: string, root: string): string[] {
  const normalized = pattern.trim().split(path.sep).join('/')
  const absolute = path.isAbsolute(normalized) ? normalized : path.join(root, normalized).split(path.sep).join('/')
  const segments = absolute.split('/')
  const firstWild = segments.findIndex((s) => /[*?]/.test(s))
  if (firstWild === -1) return statSync(absolute, { throwIfNoEntry: false })?.isFile() ? [path.resolve(absolute)] : []
  const base = segments.slice(0, firstWild).join('/') || '/'
  const matcher = toRegExp(segments.slice(firstWild).join('/'))
  const found: string[] = []
  let entries = 0
  const visit = (dir: string, depth: number): void => {
    if (depth > MAX_DEPTH) return
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (++entries > MAX_ENTRIES)
        throw new UsageError(`merge-reports: ${pattern} walks more than ${MAX_ENTRIES} entries; name a narrower folder`)
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) visit(full, depth + 1)
      else if (entry.isFile() && matcher.test(path.relative(base, full).split(path.sep).join('/'))) found.push(full)
    }
  }
  try {
    visit(base, 0)
  } catch (error) {
    if (error instanceof UsageError) throw error
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  return found.sort()
}

function toRegExp(glob: string): RegExp {
  let source = ''
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!
    if (c === '*' && glob[i + 1] === '*') {
      // `**/` matches zero or more whole segments; a trailing `**` matches the rest.
      if (glob[i + 2] === '/') {
        source += '(?:[^/]+/)*'
        i += 2
      } else {
        source += '.*'
        i += 1
      }
    } else if (c === '*') source += '[^/]*'
    else if (c === '?') source += '[^/]'
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${source}$`)
}

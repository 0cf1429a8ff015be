/**
 * Paths matching a glob below a folder: `*` and `?` within one path segment, `**` for any number of
 * segments. Enough for `cdk.out/*.template.json` and `infra/**\/plan.json`; Node 20 has no fs.glob.
 */

import { readdirSync, statSync } from 'node:fs'
import { join, posix } from 'node:path'

/** Folders `**` never descends into: tools' caches, not infrastructure code. */
const NOT_SEARCHED = new Set(['.git', 'node_modules'])

export function hasGlob(pattern: string): boolean {
  return /[*?]/.test(pattern)
}

/** Absolute paths of the files under `root` that `pattern` (forward slashes, relative) matches, sorted. */
export function matchGlob(pattern: string, root: string): string[] {
  const segments = posix
    .normalize(pattern.replaceAll('\\', '/'))
    .split('/')
    .filter((s) => s !== '' && s !== '.')
  const found = new Set<string>()
  walk(root, segments, found)
  return [...found].sort()
}

function walk(folder: string, segments: readonly string[], found: Set<string>): void {
  const [segment, ...rest] = segments
  if (segment === undefined) {
    if (isFile(folder)) found.add(folder)
    return
  }
  if (segment === '**') {
    walk(folder, rest, found) // zero segments
    for (const entry of entries(folder)) {
      if (entry.isDirectory() && !NOT_SEARCHED.has(entry.name)) walk(join(folder, entry.name), segments, found)
    }
    return
  }
  if (!hasGlob(segment)) {
    walk(join(folder, segment), rest, found)
    return
  }
  const matcher = segmentMatcher(segment)
  for (const entry of entries(folder)) {
    if (matcher.test(entry.name)) walk(join(folder, entry.name), rest, found)
  }
}

function segmentMatcher(segment: string): RegExp {
  const source = [...segment].map((c) => (c === '*' ? '[^/]*' : c === '?' ? '[^/]' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&'))).join('')
  return new RegExp(`^${source}$`)
}

function entries(folder: string) {
  try {
    return readdirSync(folder, { withFileTypes: true })
  } catch {
    return []
  }
}

function isFile(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false
}

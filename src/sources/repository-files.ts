/**
 * Files a template or plan names (a Lambda's code folder, a CDK asset, a `file("…")`), read only inside
 * the repository: each path is resolved through its links and must stay below the repository root; every
 * file is read through one bounded reader (regular files only, never blocking, capped in size); links are
 * not followed inside a folder; and what one load may read is capped in files and bytes. A folder is
 * walked and weighed once per load, however many functions name it.
 */

import { lstatSync, readdirSync, realpathSync } from 'node:fs'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import { deflateRawSync } from 'node:zlib'
import { readBounded } from '../read-regular-file.js'

/** One code file: far past any edge function's package (50 MB zipped at most). */
export const MAX_CODE_FILE_BYTES = 64 * 1024 * 1024
/** Files one folder may hold before the walk stops. */
const MAX_FOLDER_FILES = 5000
/** Bytes read from one folder: past Lambda's 250 MB unzipped limit the package is refused whatever it zips to. */
const MAX_FOLDER_BYTES = 256 * 1024 * 1024
/** What one load of the sources may read in all. */
const LOAD_BYTES = 512 * 1024 * 1024
const LOAD_FILES = 50_000
/** Past this many compressed bytes the package is over every limit: stop counting. */
const STOP_BYTES = 60 * 1024 * 1024
/** A zip's own bytes per file (local header, central directory entry, name twice), roughly. */
const ZIP_ENTRY_OVERHEAD = 100

/** Where a named path leads: a file or folder inside the repository, outside it, or nowhere. */
export type Place = { kind: 'file' | 'folder'; path: string } | { kind: 'outside' } | { kind: 'missing' } | { kind: 'other'; path: string }

/** A package as a function deploys it: its files, and what it zips to (absent where a bound stopped the count short). */
export interface CodePackage {
  files: string[]
  bytes?: number
}

export class RepositoryFiles {
  readonly root: string
  private readonly realRoot: string
  private readonly packages = new Map<string, CodePackage>()
  private bytesLeft = LOAD_BYTES
  private filesLeft = LOAD_FILES
  /** Every file read, as reports name it: what the config's digest covers. */
  readonly read = new Set<string>()

  constructor(root: string) {
    this.root = resolve(root)
    this.realRoot = realOr(this.root)
  }

  /** `path` resolved through every link: inside the repository (as a path below `root`), else outside or missing. */
  place(path: string): Place {
    let real: string
    try {
      real = realpathSync(path)
    } catch {
      return { kind: 'missing' }
    }
    const rel = relative(this.realRoot, real)
    if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return { kind: 'outside' }
    const inside = join(this.root, rel)
    try {
      const stats = lstatSync(real)
      return stats.isFile()
        ? { kind: 'file', path: inside }
        : stats.isDirectory()
          ? { kind: 'folder', path: inside }
          : { kind: 'other', path: inside }
    } catch {
      return { kind: 'missing' }
    }
  }

  /** A file's text, if it is a regular file inside the repository within the bounds. */
  text(path: string): string | undefined {
    const place = this.place(path)
    if (place.kind !== 'file') return undefined
    const bytes = this.bytes(place.path)
    return bytes instanceof Buffer ? bytes.toString('utf8') : undefined
  }

  /** `index.handler` → `index.js`, `index.mjs` or `index.cjs` in `folder` (a Node.js handler's module), inside the repository. */
  handlerFile(folder: string, handler: string): string | undefined {
    const dot = handler.lastIndexOf('.')
    if (dot <= 0) return undefined
    const module = handler.slice(0, dot)
    if (module.split('/').includes('..')) return undefined
    for (const extension of ['.js', '.mjs', '.cjs']) {
      const place = this.place(join(folder, `${module}${extension}`))
      if (place.kind === 'file') return place.path
    }
    return undefined
  }

  /** The package a file or folder (already placed inside the repository) makes, weighed once per load. */
  codePackage(place: { kind: 'file' | 'folder'; path: string }): CodePackage {
    const cached = this.packages.get(place.path)
    if (cached) return cached
    const made = this.weigh(place)
    this.packages.set(place.path, made)
    return made
  }

  private weigh(place: { kind: 'file' | 'folder'; path: string }): CodePackage {
    if (place.kind === 'file' && place.path.endsWith('.zip')) {
      try {
        return { files: [place.path], bytes: lstatSync(place.path).size }
      } catch {
        return { files: [] }
      }
    }
    const listed = place.kind === 'file' ? { files: [place.path], complete: true } : this.walk(place.path)
    const files: string[] = []
    let zipped = 0
    let raw = 0
    let complete = listed.complete
    for (const file of listed.files) {
      if (zipped > STOP_BYTES) break
      const bytes = raw > MAX_FOLDER_BYTES ? 'over' : this.bytes(file)
      // A file refused for its size, or a bound reached: what the package zips to is not known.
      if (bytes === 'over') {
        complete = false
        break
      }
      if (bytes === undefined) continue
      files.push(file)
      raw += bytes.length
      zipped += deflateRawSync(bytes).length + ZIP_ENTRY_OVERHEAD
    }
    return complete || zipped > STOP_BYTES ? { files, bytes: zipped } : { files }
  }

  /** Regular files below `dir`, folder by folder in name order; links are neither followed nor listed. */
  private walk(dir: string): { files: string[]; complete: boolean } {
    const files: string[] = []
    const stack = [dir]
    while (stack.length > 0) {
      const current = stack.pop()!
      let entries
      try {
        entries = readdirSync(current, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      } catch {
        continue
      }
      const folders: string[] = []
      for (const entry of entries) {
        if (entry.isDirectory()) folders.push(join(current, entry.name))
        else if (entry.isFile()) {
          if (files.length >= MAX_FOLDER_FILES) return { files, complete: false }
          files.push(join(current, entry.name))
        }
      }
      stack.push(...folders.reverse())
    }
    return { files, complete: true }
  }

  /** One file's bytes through the bounded reader, counted against the load's budget. */
  private bytes(file: string): Buffer | 'over' | undefined {
    if (this.filesLeft <= 0 || this.bytesLeft <= 0) return 'over'
    this.filesLeft--
    const read = readBounded(file, Math.min(MAX_CODE_FILE_BYTES, this.bytesLeft), { noFollow: true })
    if (!('bytes' in read)) return read.refused === 'too-large' ? 'over' : undefined
    this.bytesLeft -= read.bytes.length
    this.read.add(file)
    return read.bytes
  }
}

function realOr(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    return path
  }
}

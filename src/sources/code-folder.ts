/**
 * A Lambda function's code on disk (a CDK asset folder, a SAM CodeUri, the source of a Terraform
 * archive): the file its `Handler` names, and the size of the package it zips to, bounded in files and
 * bytes so that a huge folder cannot stall the read.
 */

import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { deflateRawSync } from 'node:zlib'

const MAX_FILES = 5000
/** Past this many compressed bytes the package is over every limit: stop counting. */
const STOP_BYTES = 60 * 1024 * 1024
/** A zip's own bytes per file (local header, central directory entry, name twice), roughly. */
const ZIP_ENTRY_OVERHEAD = 100

/** `index.handler` → `index.js`, `index.mjs` or `index.cjs` in `folder` (a Node.js handler's module), else undefined. */
export function handlerFile(folder: string, handler: string): string | undefined {
  const dot = handler.lastIndexOf('.')
  if (dot <= 0) return undefined
  const module = handler.slice(0, dot)
  if (module.split('/').includes('..')) return undefined
  for (const extension of ['.js', '.mjs', '.cjs']) {
    const candidate = join(folder, `${module}${extension}`)
    if (isFile(candidate)) return candidate
  }
  return undefined
}

/** The export a handler names: `index.handler` → `handler`. */
export function handlerExport(handler: string | undefined): string {
  if (!handler) return 'handler'
  const dot = handler.lastIndexOf('.')
  return dot >= 0 ? handler.slice(dot + 1) : handler
}

export function isFile(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}

export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

/** Every file below `path` (or `path` itself), in a stable order, links not followed, at most MAX_FILES. */
export function folderFiles(path: string): string[] {
  if (isFile(path)) return [path]
  const files: string[] = []
  // Entries as listed, never followed through a link: a link loop cannot make the walk endless.
  const walk = (dir: string): void => {
    let entries
    try {
      entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))
    } catch {
      return
    }
    for (const entry of entries) {
      if (files.length >= MAX_FILES) return
      const full = join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.isFile()) files.push(full)
    }
  }
  walk(path)
  return files
}

/**
 * What the folder (or file) weighs zipped: each file deflated as a zip stores it, plus each entry's own
 * bytes. Lambda's limits are on the zipped package, so the folder's own size would overstate it.
 */
export function zippedBytes(path: string): number {
  if (isFile(path) && path.endsWith('.zip')) return statSync(path).size
  let total = 0
  for (const file of folderFiles(path)) {
    if (total > STOP_BYTES) break
    total += deflated(file) + ZIP_ENTRY_OVERHEAD
  }
  return total
}

function deflated(file: string): number {
  try {
    return deflateRawSync(readFileSync(file)).length
  } catch {
    return 0
  }
}

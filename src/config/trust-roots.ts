import { resolve } from 'node:path'
import { readRootFile, TrustRootError } from '../cert/trust.js'
import { report, type Reader } from './reader.js'

/**
 * Absolute paths of the `overrides.trust-roots` files, relative to the config's directory. Each must
 * hold a certificate now: a lab that silently trusts nothing would fail every origin for the wrong reason.
 */
export function resolveTrustRoots(paths: readonly unknown[], configDirectory: string, reader: Reader): string[] {
  const resolved: string[] = []
  paths.forEach((item, index) => {
    if (typeof item !== 'string') return
    const path = `overrides.trust-roots[${index}]`
    const place = { path, position: reader.positions.get(path) ?? { line: 1, col: 1 } }
    const absolute = resolve(configDirectory, item)
    const problem = pemProblem(absolute)
    if (problem) report(reader, place, problem)
    else resolved.push(absolute)
  })
  return resolved
}

function pemProblem(file: string): string | undefined {
  try {
    readRootFile(file)
    return undefined
  } catch (error) {
    if (error instanceof TrustRootError) return error.message
    throw error
  }
}

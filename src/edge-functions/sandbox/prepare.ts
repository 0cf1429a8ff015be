/**
 * From a function's source to the scripts its sandbox runs. A Lambda@Edge function brings the files it
 * requires by relative path (read here, bounded): the sandbox has no file system of its own.
 */
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { readBounded } from '../../read-regular-file.js'
import { RepositoryFiles } from '../../sources/repository-files.js'
import type { Program } from 'acorn'
import { parseNodeCode, walk, type AnyNode } from '../ast.js'
import type { EdgeFunctionFindingDraft } from '../types.js'
import { cloudFrontFunctionScript, nodeModuleScript } from './rewrite.js'
import type { SandboxScript } from './host.js'

const MAX_MODULES = 200
const MAX_MODULE_BYTES = 20 * 1024 * 1024

export function cloudFrontFunctionScripts(
  source: string,
  program: Program,
  handler: string,
  file: string,
  codeLine: number,
): SandboxScript[] {
  return [{ code: cloudFrontFunctionScript(source, program, handler), filename: file, lineOffset: codeLine - 1 }]
}

export interface NodeModules {
  scripts: SandboxScript[]
  files: string[]
  findings: EdgeFunctionFindingDraft[]
}

/** Relative specifiers a module names with a literal: `require('./x')`, `import ... from '../y'`, `import('./z')`. */
function relativeSpecifiers(program: Program): string[] {
  const found: string[] = []
  walk(program, (node) => {
    let source: AnyNode | undefined
    if (
      node.type === 'CallExpression' &&
      (node['callee'] as AnyNode).type === 'Identifier' &&
      (node['callee'] as AnyNode)['name'] === 'require'
    ) {
      source = (node['arguments'] as AnyNode[])[0]
    } else if (
      node.type === 'ImportDeclaration' ||
      node.type === 'ExportAllDeclaration' ||
      node.type === 'ImportExpression' ||
      node.type === 'ExportNamedDeclaration'
    ) {
      source = (node['source'] as AnyNode | null) ?? undefined
    }
    const value = source?.type === 'Literal' ? source['value'] : undefined
    if (typeof value === 'string' && (value.startsWith('./') || value.startsWith('../'))) found.push(value)
  })
  return found
}

function locate(absolute: string): string | null {
  for (const candidate of [
    absolute,
    `${absolute}.js`,
    `${absolute}.cjs`,
    `${absolute}.mjs`,
    `${absolute}.json`,
    path.join(absolute, 'index.js'),
  ]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate
  }
  return null
}

/** The folder `displayFile` (the main file as reports show it, from the repository root) is relative to. */
function repositoryRootOf(mainPath: string, displayFile: string): string {
  const absolute = path.resolve(mainPath)
  const shown = path.normalize(displayFile)
  return !path.isAbsolute(shown) && !shown.startsWith('..') && absolute.endsWith(path.sep + shown)
    ? absolute.slice(0, absolute.length - shown.length - 1)
    : path.dirname(absolute)
}

/**
 * The main module and every file it reaches by relative path. `displayFile` is the main file as reports
 * show it; the others are named relative to it the same way.
 */
export function nodeModuleScripts(
  main: { source: string; program: Program; sourceType: 'script' | 'module' },
  mainPath: string | undefined,
  displayFile: string,
  codeLine: number,
  functionName: string,
): NodeModules {
  const scripts: SandboxScript[] = [
    { code: nodeModuleScript(main.source, main.program, main.sourceType, displayFile), filename: displayFile, lineOffset: codeLine - 1 },
  ]
  const files = [displayFile]
  const findings: EdgeFunctionFindingDraft[] = []
  if (mainPath === undefined) return { scripts, files, findings }
  let bytes = 0
  const queue: Array<{ program: Program; absolute: string; display: string }> = [
    { program: main.program, absolute: mainPath, display: displayFile },
  ]
  const seen = new Set([path.resolve(mainPath)])
  const repository = new RepositoryFiles(repositoryRootOf(mainPath, displayFile))
  while (queue.length > 0 && files.length < MAX_MODULES) {
    const current = queue.shift()!
    for (const spec of relativeSpecifiers(current.program)) {
      const found = locate(path.resolve(path.dirname(current.absolute), spec))
      if (found === null || seen.has(found)) continue
      seen.add(found)
      // Only the repository's own files, whatever `../` or a link says: a module left out fails to load when required.
      if (repository.place(found).kind !== 'file') continue
      // Regular files only, never blocking, within what is left of the budget.
      const read = readBounded(found, MAX_MODULE_BYTES - bytes)
      if (!('bytes' in read)) {
        if (read.refused === 'too-large') return { scripts, files, findings }
        continue
      }
      const source = read.bytes.toString('utf8')
      bytes += read.bytes.length
      const display = path.posix.normalize(
        path.posix.join(
          path.posix.dirname(current.display),
          path.relative(path.dirname(current.absolute), found).split(path.sep).join('/'),
        ),
      )
      files.push(display)
      if (found.endsWith('.json')) {
        scripts.push({
          code: `__define(${JSON.stringify(display)}, function (exports, require, module) {
  module.exports = JSON.parse(${JSON.stringify(source)}) })`,
          filename: display,
          lineOffset: 0,
        })
        continue
      }
      const parsed = parseNodeCode(source, found)
      if (!parsed.ok) {
        findings.push({
          code: 'EDGE_FUNCTION_SYNTAX',
          function: functionName,
          file: display,
          line: parsed.line,
          details: { runtime: 'nodejs', rule: 'parse', subject: parsed.message, column: parsed.column + 1, parser: parsed.message },
        })
        continue
      }
      scripts.push({ code: nodeModuleScript(source, parsed.program, parsed.sourceType, display), filename: display, lineOffset: 0 })
      queue.push({ program: parsed.program, absolute: found, display })
    }
  }
  return { scripts, files, findings }
}

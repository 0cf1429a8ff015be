/**
 * Turns a function's source into a script the sandbox can run, keeping every line where it was (stack
 * traces and findings then point at the author's lines): ES module imports become `require` calls,
 * exports become assignments, `import()` goes through the sandbox's own loader, and the whole is wrapped
 * in a function the sandbox calls with its own `require`.
 */
import type { Program } from 'acorn'
import { walk, type AnyNode } from '../ast.js'

interface Edit {
  start: number
  end: number
  text: string
}

/** A JavaScript identifier the wrapper may name (the configured handler). */
export function isIdentifier(name: string): boolean {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name)
}

function str(value: string): string {
  return JSON.stringify(value)
}

function moduleEdits(source: string, program: Program): { edits: Edit[]; exported: Array<[string, string]> } {
  const edits: Edit[] = []
  const exported: Array<[string, string]> = []
  for (const statement of program.body as AnyNode[]) {
    if (statement.type === 'ImportDeclaration') {
      const from = str(String((statement['source'] as AnyNode)['value']))
      const parts = (statement['specifiers'] as AnyNode[]).map((s) => {
        const local = (s['local'] as AnyNode)['name'] as string
        if (s.type === 'ImportDefaultSpecifier') return `${local} = __defaultOf(require(${from}))`
        if (s.type === 'ImportNamespaceSpecifier') return `${local} = require(${from})`
        const imported = s['imported'] as AnyNode
        const name = imported.type === 'Identifier' ? (imported['name'] as string) : String(imported['value'])
        return name === 'default' ? `${local} = __defaultOf(require(${from}))` : `${local} = require(${from})[${str(name)}]`
      })
      edits.push({ start: statement.start, end: statement.end, text: parts.length > 0 ? `var ${parts.join(', ')};` : `require(${from});` })
    } else if (statement.type === 'ExportNamedDeclaration') {
      const declaration = statement['declaration'] as AnyNode | null
      if (declaration) {
        // `export const handler = ...`: keep the declaration, assign the export at the end.
        edits.push({ start: statement.start, end: declaration.start, text: '' })
        for (const name of declaredBy(declaration)) exported.push([name, name])
      } else {
        const from = statement['source'] as AnyNode | null
        const assignments = (statement['specifiers'] as AnyNode[]).map((s) => {
          const local = nameOf(s['local'] as AnyNode)
          const as = nameOf(s['exported'] as AnyNode)
          return from ? `exports[${str(as)}] = require(${str(String(from['value']))})[${str(local)}];` : (exported.push([as, local]), '')
        })
        edits.push({ start: statement.start, end: statement.end, text: assignments.join(' ') })
      }
    } else if (statement.type === 'ExportDefaultDeclaration') {
      const declaration = statement['declaration'] as AnyNode
      const id = declaration['id'] as AnyNode | null | undefined
      if ((declaration.type === 'FunctionDeclaration' || declaration.type === 'ClassDeclaration') && id) {
        edits.push({ start: statement.start, end: declaration.start, text: '' })
        exported.push(['default', id['name'] as string])
      } else {
        edits.push({ start: statement.start, end: declaration.start, text: 'exports.default = ' })
      }
    } else if (statement.type === 'ExportAllDeclaration') {
      edits.push({
        start: statement.start,
        end: statement.end,
        text: `Object.assign(exports, require(${str(String((statement['source'] as AnyNode)['value']))}));`,
      })
    }
  }
  walk(program, (node) => {
    // `import(x)`: the keyword alone is replaced, so the call keeps its arguments and line.
    if (node.type === 'ImportExpression') edits.push({ start: node.start, end: node.start + 'import'.length, text: '__import' })
  })
  void source
  return { edits, exported }
}

function nameOf(node: AnyNode): string {
  return node.type === 'Identifier' ? (node['name'] as string) : String(node['value'])
}

function declaredBy(declaration: AnyNode): string[] {
  if (declaration.type === 'VariableDeclaration') {
    const names: string[] = []
    for (const d of declaration['declarations'] as AnyNode[]) {
      walk(d['id'] as AnyNode, (n, ancestors) => {
        const parent = ancestors[ancestors.length - 1]
        if (n.type !== 'Identifier') return
        if (parent?.type === 'Property' && parent['key'] === n && parent['value'] !== n) return
        if (parent?.type === 'AssignmentPattern' && parent['right'] === n) return
        names.push(n['name'] as string)
      })
    }
    return names
  }
  const id = declaration['id'] as AnyNode | null | undefined
  return id ? [id['name'] as string] : []
}

function applyEdits(source: string, edits: Edit[]): string {
  let out = ''
  let at = 0
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    if (edit.start < at) continue
    const replaced = source.slice(edit.start, edit.end)
    const lines = (replaced.match(/\n/g) ?? []).length - (edit.text.match(/\n/g) ?? []).length
    out += source.slice(at, edit.start) + edit.text + '\n'.repeat(Math.max(0, lines))
    at = edit.end
  }
  return out + source.slice(at)
}

/**
 * CloudFront Function: `__boot(function (require, __import) { ...code...; return handler })`.
 * The engine runs every function in strict mode.
 */
export function cloudFrontFunctionScript(source: string, program: Program, handler: string): string {
  const { edits } = moduleEdits(source, program)
  const body = applyEdits(source, edits)
  return `__boot(function (require, __import) {'use strict';${body}\n;return typeof ${handler} === 'function' ? ${handler} : undefined;\n})`
}

/** Lambda@Edge (and each file it requires): a CommonJS module; an ES module runs strict and may await at its top. */
export function nodeModuleScript(source: string, program: Program, sourceType: 'script' | 'module', id: string): string {
  const params = 'exports, require, module, __filename, __dirname, __import'
  // A `#!` line is not JavaScript inside a function: blank it, keeping its line.
  const text = source.startsWith('#!') ? source.replace(/^#![^\n]*/, '') : source
  if (sourceType === 'script') return `__define(${str(id)}, function (${params}) {${text}\n})`
  const { edits, exported } = moduleEdits(text, program)
  const tail = exported.map(([as, local]) => `exports[${str(as)}] = ${local};`).join(' ')
  return `__define(${str(id)}, async function (${params}) {'use strict';${applyEdits(text, edits)}\n;${tail}\n})`
}

/** Where in a function's code a finding can point: its handler, and the first spelling of each name. */
import type { Program } from 'acorn'
import { lineOf, walk, type AnyNode } from './ast.js'

/** The line that defines the handler: `function handler`, `var handler =`, `exports.handler =`, `export const handler`. */
export function handlerLine(program: Program, name: string): number | null {
  let found: number | null = null
  walk(program, (node) => {
    if (found !== null) return
    const id = node['id'] as AnyNode | null | undefined
    if ((node.type === 'FunctionDeclaration' || node.type === 'VariableDeclarator') && id?.type === 'Identifier' && id['name'] === name)
      found = lineOf(node)
    if (node.type === 'AssignmentExpression') {
      const left = node['left'] as AnyNode
      const property = left['property'] as AnyNode | undefined
      if (left.type === 'MemberExpression' && property && (property['name'] === name || property['value'] === name)) found = lineOf(node)
    }
  })
  return found
}

/** Lower-cased string literals, property keys and property names, each at its first line. */
export function spellings(program: Program, file: string, codeLine: number): Map<string, { file: string; line: number }> {
  const map = new Map<string, { file: string; line: number }>()
  const add = (text: unknown, node: AnyNode) => {
    if (typeof text !== 'string' || text.length > 100) return
    const key = text.toLowerCase()
    if (!map.has(key)) map.set(key, { file, line: codeLine + lineOf(node) - 1 })
  }
  walk(program, (node) => {
    if (node.type === 'Literal') add(node['value'], node)
    else if (node.type === 'Property' && (node['key'] as AnyNode).type === 'Identifier') add((node['key'] as AnyNode)['name'], node)
    else if (node.type === 'MemberExpression' && node['computed'] !== true) add((node['property'] as AnyNode)['name'], node)
  })
  return map
}

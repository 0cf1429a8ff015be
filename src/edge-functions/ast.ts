/** Parsing function code with acorn, and a walk over its syntax tree. */
import { parse, type Node, type Program } from 'acorn'

export type SourceType = 'script' | 'module'

export type Parsed = { ok: true; program: Program; sourceType: SourceType } | { ok: false; line: number; column: number; message: string }

/** Parses at the newest language level: what a runtime lacks is judged on the tree, at its line. */
export function parseCode(source: string, sourceType: SourceType): Parsed {
  try {
    const program = parse(source, {
      ecmaVersion: 'latest',
      sourceType,
      locations: true,
      allowHashBang: true,
      allowAwaitOutsideFunction: sourceType === 'module',
    })
    return { ok: true, program, sourceType }
  } catch (error) {
    const loc = (error as { loc?: { line: number; column: number } }).loc
    // acorn appends "(line:column)"; the location is kept apart.
    const message = error instanceof Error ? error.message.replace(/\s*\(\d+:\d+\)$/, '') : String(error)
    return { ok: false, line: loc?.line ?? 1, column: loc?.column ?? 0, message }
  }
}

/** Node.js reads `.mjs` as a module and `.cjs` as CommonJS; `.js` is CommonJS unless it only parses as a module. */
export function parseNodeCode(source: string, file: string): Parsed {
  if (file.endsWith('.mjs')) return parseCode(source, 'module')
  const script = parseCode(source, 'script')
  if (script.ok || file.endsWith('.cjs')) return script
  const module = parseCode(source, 'module')
  return module.ok ? module : script
}

export type AnyNode = Node & Record<string, unknown>

/** Visits every node depth-first with its ancestors (nearest last). */
export function walk(root: Node, visit: (node: AnyNode, ancestors: readonly AnyNode[]) => void): void {
  const ancestors: AnyNode[] = []
  const step = (node: AnyNode) => {
    visit(node, ancestors)
    ancestors.push(node)
    for (const key of Object.keys(node)) {
      if (key === 'loc') continue
      const value = node[key]
      if (Array.isArray(value)) {
        for (const item of value) if (isNode(item)) step(item)
      } else if (isNode(value)) {
        step(value)
      }
    }
    ancestors.pop()
  }
  step(root as AnyNode)
}

function isNode(value: unknown): value is AnyNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string'
}

export function lineOf(node: Node): number {
  return node.loc?.start.line ?? 1
}

/** Every name the code declares anywhere: a global it shadows is not the runtime's. */
export function declaredNames(program: Program): Set<string> {
  const names = new Set<string>()
  const addPattern = (pattern: unknown) => {
    if (!isNode(pattern)) return
    walk(pattern, (node, ancestors) => {
      const parent = ancestors[ancestors.length - 1]
      if (node.type !== 'Identifier') return
      // `{ a: b }` declares b, not a; default values are expressions, not names.
      if (parent?.type === 'Property' && parent['key'] === node && parent['value'] !== node) return
      if (parent?.type === 'AssignmentPattern' && parent['right'] === node) return
      if (parent?.type === 'MemberExpression') return
      names.add(node['name'] as string)
    })
  }
  walk(program, (node) => {
    if (node.type === 'VariableDeclarator') addPattern(node['id'])
    else if (node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression') {
      if (node.type === 'FunctionDeclaration') addPattern(node['id'])
      for (const param of node['params'] as unknown[]) addPattern(param)
    } else if (node.type === 'ClassDeclaration') addPattern(node['id'])
    else if (node.type === 'CatchClause') addPattern(node['param'])
    else if (node.type === 'ImportSpecifier' || node.type === 'ImportDefaultSpecifier' || node.type === 'ImportNamespaceSpecifier')
      addPattern(node['local'])
  })
  return names
}

/**
 * What a function's runtime lacks, found in its code before anything runs (EDGE_FUNCTION_SYNTAX), and
 * the Lambda@Edge header shape used in a CloudFront Function (EDGE_FUNCTION_SUSPICIOUS).
 *
 * CloudFront Functions run on CloudFront's own JavaScript engine, not Node.js. Its documentation lists
 * what each runtime supports: cloudfront-js-1.0 is ES 5.1 with template literals, arrow functions, rest
 * parameters and `**`, and no `const`/`let`; cloudfront-js-2.0 adds `const`, `let`, `async`/`await`,
 * ES module imports of its built-in modules and `Buffer`. Neither evaluates code from strings, has
 * timers, a file system or a network, and `require` knows only `crypto` and `querystring` (and
 * `cloudfront`, whose key-value stores need 2.0). Only features whose absence is certain are reported:
 * a false alarm on a working function costs more than a miss the run below may still catch.
 */
import type { Node, Program } from 'acorn'
import { declaredNames, lineOf, parseCode, parseNodeCode, walk, type AnyNode, type Parsed } from './ast.js'
import type { CloudFrontRuntime, EdgeFunctionFindingDraft } from './types.js'

/** CloudFront Functions quota: the function code, at most 10 KB. */
export const CLOUDFRONT_FUNCTION_MAX_BYTES = 10_240

const MODULES: Record<CloudFrontRuntime, readonly string[]> = {
  'cloudfront-js-1.0': ['crypto', 'querystring'],
  'cloudfront-js-2.0': ['crypto', 'querystring', 'cloudfront'],
}

/** Globals neither runtime has: dynamic code, timers, network. */
const MISSING_GLOBALS: Record<string, string> = {
  eval: 'eval',
  Function: 'function-constructor',
  setTimeout: 'timers',
  setInterval: 'timers',
  setImmediate: 'timers',
  clearTimeout: 'timers',
  clearInterval: 'timers',
  queueMicrotask: 'timers',
  fetch: 'network',
  XMLHttpRequest: 'network',
  WebSocket: 'network',
}

export interface CodeSite {
  name: string
  file: string
  /** Line in `file` of the code's first line. */
  codeLine: number
}

export interface SyntaxCheck {
  parsed: Parsed
  findings: EdgeFunctionFindingDraft[]
}

export function checkCloudFrontFunctionSyntax(source: string, runtime: CloudFrontRuntime, site: CodeSite): SyntaxCheck {
  const findings: EdgeFunctionFindingDraft[] = []
  const at = (
    line: number,
    details: EdgeFunctionFindingDraft['details'],
    code: EdgeFunctionFindingDraft['code'] = 'EDGE_FUNCTION_SYNTAX',
  ) => findings.push({ code, function: site.name, file: site.file, line: site.codeLine + line - 1, details: { runtime, ...details } })

  const bytes = Buffer.byteLength(source, 'utf8')
  if (bytes > CLOUDFRONT_FUNCTION_MAX_BYTES) at(1, { rule: 'code-size', subject: bytes, bytes, limit: CLOUDFRONT_FUNCTION_MAX_BYTES })

  // The engine runs every function in strict mode, which is how a module parses.
  const parsed = parseCode(source, 'module')
  if (!parsed.ok) {
    at(parsed.line, { rule: 'parse', subject: parsed.message, column: parsed.column + 1, parser: parsed.message })
    return { parsed, findings }
  }
  const program = parsed.program
  const declared = declaredNames(program)
  const v1 = runtime === 'cloudfront-js-1.0'
  const feature = (node: Node, name: string) => at(lineOf(node), { rule: 'unsupported-syntax', subject: name, feature: name })

  walk(program, (node, ancestors) => {
    const parent = ancestors[ancestors.length - 1]
    switch (node.type) {
      case 'VariableDeclaration':
        if (v1 && node['kind'] !== 'var') feature(node, node['kind'] as string)
        break
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
        if (node['generator'] === true) feature(node, 'generator')
        if (v1 && node['async'] === true) feature(node, 'async')
        break
      case 'AwaitExpression':
        if (v1) feature(node, 'await')
        else if (!ancestors.some((a) => isFunction(a))) feature(node, 'top-level-await')
        break
      case 'ClassDeclaration':
      case 'ClassExpression':
        feature(node, 'class')
        break
      case 'ImportExpression':
        feature(node, 'dynamic-import')
        break
      case 'ImportDeclaration': {
        const from = String((node['source'] as AnyNode)['value'])
        if (v1) feature(node, 'import')
        else if (!MODULES[runtime].includes(from)) at(lineOf(node), { rule: 'unsupported-module', subject: from, module: from })
        break
      }
      case 'CallExpression':
      case 'NewExpression': {
        const callee = node['callee'] as AnyNode
        if (callee.type !== 'Identifier') break
        const name = callee['name'] as string
        if (name === 'require' && !declared.has('require')) {
          const arg = (node['arguments'] as AnyNode[])[0]
          const module = arg?.type === 'Literal' && typeof arg['value'] === 'string' ? arg['value'] : null
          if (module === null) at(lineOf(node), { rule: 'dynamic-require', subject: 'require' })
          else if (!MODULES[runtime].includes(module)) at(lineOf(node), { rule: 'unsupported-module', subject: module, module })
        }
        break
      }
      case 'Identifier': {
        const name = node['name'] as string
        if (!isReference(node, parent) || declared.has(name)) break
        // `typeof setTimeout` guards code shared with other runtimes; `x instanceof Function` builds nothing.
        if (parent?.type === 'UnaryExpression' && parent['operator'] === 'typeof') break
        if (name === 'Function' && !((parent?.type === 'CallExpression' || parent?.type === 'NewExpression') && parent['callee'] === node))
          break
        const missing = MISSING_GLOBALS[name]
        if (missing !== undefined) at(lineOf(node), { rule: 'unsupported-api', subject: name, api: name, group: missing })
        else if (v1 && name === 'Buffer') at(lineOf(node), { rule: 'unsupported-api', subject: name, api: name, group: 'buffer' })
        break
      }
      case 'MemberExpression':
        if (usesLambdaHeaderShape(node))
          at(lineOf(node), { rule: 'lambda-edge-header-shape', subject: 'headers[name][0].value' }, 'EDGE_FUNCTION_SUSPICIOUS')
        break
    }
  })
  return { parsed, findings }
}

/** Lambda@Edge runs Node.js: only code Node.js cannot parse fails (every request, with 503). */
export function checkLambdaEdgeSyntax(source: string, site: CodeSite): SyntaxCheck {
  const parsed = parseNodeCode(source, site.file)
  const findings: EdgeFunctionFindingDraft[] = []
  if (!parsed.ok) {
    findings.push({
      code: 'EDGE_FUNCTION_SYNTAX',
      function: site.name,
      file: site.file,
      line: site.codeLine + parsed.line - 1,
      details: { runtime: 'nodejs', rule: 'parse', subject: parsed.message, column: parsed.column + 1, parser: parsed.message },
    })
  }
  return { parsed, findings }
}

function isFunction(node: AnyNode): boolean {
  return node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression'
}

/** An identifier read as a variable, not a property name or a label. */
function isReference(node: AnyNode, parent: AnyNode | undefined): boolean {
  if (!parent) return true
  if (parent.type === 'MemberExpression' && parent['property'] === node && parent['computed'] !== true) return false
  if (
    (parent.type === 'Property' || parent.type === 'MethodDefinition' || parent.type === 'PropertyDefinition') &&
    parent['key'] === node &&
    parent['computed'] !== true
  ) {
    return parent.type === 'Property' && parent['shorthand'] === true
  }
  if (parent.type === 'LabeledStatement' || parent.type === 'BreakStatement' || parent.type === 'ContinueStatement') return false
  return true
}

/** `headers[name][0].value` or `headers.host[0].value`: CloudFront Functions headers are `{value}`, not lists. */
function usesLambdaHeaderShape(node: AnyNode): boolean {
  const property = node['property'] as AnyNode
  if (node['computed'] === true || property.type !== 'Identifier' || property['name'] !== 'value') return false
  const indexed = node['object'] as AnyNode
  if (indexed.type !== 'MemberExpression' || indexed['computed'] !== true) return false
  const index = indexed['property'] as AnyNode
  if (index.type !== 'Literal' || index['value'] !== 0) return false
  const header = indexed['object'] as AnyNode
  if (header.type !== 'MemberExpression') return false
  const headers = header['object'] as AnyNode
  const name =
    headers.type === 'Identifier'
      ? headers['name']
      : headers.type === 'MemberExpression' && headers['computed'] !== true
        ? (headers['property'] as AnyNode)['name']
        : undefined
  return name === 'headers'
}

export type { Program }

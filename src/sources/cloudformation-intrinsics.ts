/**
 * CloudFormation's intrinsic functions, evaluated only as far as they can be before deploy: Parameters
 * (from `parameters:` or their Default), Mappings, Conditions, Fn::Sub, Fn::Join and friends resolve;
 * Fn::GetAtt, Fn::ImportValue, a resource's Ref, pseudo-parameters without a value and `{{resolve:...}}`
 * do not. What does not resolve keeps its expression, for the notice that names it.
 */

import type { Scalar, TreeNode } from './tree.js'
import type { UnresolvedReason } from './types.js'
import { asText } from './as-text.js'

export type Value = Scalar | Value[] | { [key: string]: Value }

export type Evaluated =
  | { ok: true; value: Value }
  /** `partial`: the text with what resolved substituted and the rest kept as `${...}` (for names). */
  | { ok: false; expression: string; reason: UnresolvedReason; partial: string }

/** `Ref AWS::NoValue`: the property is left out. */
export const NO_VALUE = Symbol('AWS::NoValue')

export type ConditionValue = boolean | 'unknown'

export interface TemplateContext {
  /** Parameter values as strings (lists for list types), or undefined when a Parameter has none. */
  parameters: Map<string, ParameterValue>
  /** Values from `parameters:` for pseudo-parameters (`AWS::Region` ...). */
  pseudo: Map<string, string>
  conditions: Map<string, TreeNode>
  mappings?: TreeNode
  /** Logical id of every resource, with its Type. */
  resources: Map<string, string>
  /** Conditions already decided (and those in progress, to stop loops). */
  decided: Map<string, ConditionValue>
}

export type ParameterValue = { value: string | string[] } | { missing: 'parameter' }

export const PSEUDO_PARAMETERS = new Set([
  'AWS::AccountId',
  'AWS::NotificationARNs',
  'AWS::Partition',
  'AWS::Region',
  'AWS::StackId',
  'AWS::StackName',
  'AWS::URLSuffix',
])

export function evaluate(node: TreeNode, ctx: TemplateContext): Evaluated | typeof NO_VALUE {
  switch (node.kind) {
    case 'scalar':
      return typeof node.value === 'string' ? checkDynamic(node.value) : { ok: true, value: node.value }
    case 'list': {
      const values: Value[] = []
      for (const item of node.items) {
        const result = evaluate(item, ctx)
        if (result === NO_VALUE) continue
        if (!result.ok) return result
        values.push(result.value)
      }
      return { ok: true, value: values }
    }
    case 'map': {
      const values: Record<string, Value> = {}
      for (const [key, { value }] of node.entries) {
        const result = evaluate(value, ctx)
        if (result === NO_VALUE) continue
        if (!result.ok) return result
        values[key] = result.value
      }
      return { ok: true, value: values }
    }
    case 'function':
      return evaluateFunction(node, ctx)
  }
}

function checkDynamic(text: string): Evaluated {
  if (text.includes('{{resolve:')) return unresolved(text, 'dynamic-reference', text)
  return { ok: true, value: text }
}

function unresolved(expression: string, reason: UnresolvedReason, partial: string): Evaluated {
  return { ok: false, expression, reason, partial }
}

function cannot(node: TreeNode, reason: UnresolvedReason, partial?: string): Evaluated {
  const expression = render(node)
  return unresolved(expression, reason, partial ?? `\${${expression}}`)
}

function evaluateFunction(node: TreeNode & { kind: 'function' }, ctx: TemplateContext): Evaluated | typeof NO_VALUE {
  const arg = node.argument
  switch (node.name) {
    case 'Ref':
      return evaluateRef(node, ctx)
    case 'Fn::Sub':
      return evaluateSub(node, ctx)
    case 'Fn::Join': {
      const [delimiter, list] = items(arg)
      const d = delimiter ? evaluate(delimiter, ctx) : undefined
      if (!d || d === NO_VALUE || !d.ok || typeof d.value !== 'string' || !list) return cannot(node, 'function')
      const parts = partsOf(list, ctx)
      if ('failed' in parts) return { ...parts.failed, expression: render(node), partial: parts.partial.join(d.value) }
      return { ok: true, value: parts.values.join(d.value) }
    }
    case 'Fn::Select': {
      const [index, list] = items(arg)
      const i = index ? evaluate(index, ctx) : undefined
      const l = list ? evaluate(list, ctx) : undefined
      if (!i || !l || i === NO_VALUE || l === NO_VALUE) return cannot(node, 'function')
      if (!i.ok) return { ...i, expression: render(node) }
      if (!l.ok) return { ...l, expression: render(node) }
      const chosen = Array.isArray(l.value) ? l.value[Number(i.value)] : undefined
      return chosen === undefined ? cannot(node, 'function') : { ok: true, value: chosen }
    }
    case 'Fn::Split': {
      const [delimiter, text] = items(arg)
      const d = delimiter ? evaluate(delimiter, ctx) : undefined
      const t = text ? evaluate(text, ctx) : undefined
      if (!d || !t || d === NO_VALUE || t === NO_VALUE || !d.ok) return cannot(node, 'function')
      if (!t.ok) return { ...t, expression: render(node) }
      return { ok: true, value: asText(t.value).split(asText(d.value)) }
    }
    case 'Fn::If': {
      const [condition, whenTrue, whenFalse] = items(arg)
      const name = condition?.kind === 'scalar' ? String(condition.value) : ''
      const decided = decideCondition(name, ctx)
      if (decided === 'unknown' || !whenTrue || !whenFalse) return cannot(node, 'condition')
      return evaluate(decided ? whenTrue : whenFalse, ctx)
    }
    case 'Fn::FindInMap': {
      const [map, top, second, fallback] = items(arg)
      const keys = [map, top, second].map((k) => (k ? evaluate(k, ctx) : undefined))
      for (const key of keys) {
        if (!key || key === NO_VALUE) return cannot(node, 'function')
        if (!key.ok) return { ...key, expression: render(node) }
      }
      const [m, t, s] = keys.map((k) => asText((k as { value: Value }).value))
      const found = lookup(ctx.mappings, [m!, t!, s!])
      if (found) return evaluate(found, ctx)
      const defaultValue = fallback?.kind === 'map' ? fallback.entries.get('DefaultValue')?.value : undefined
      return defaultValue ? evaluate(defaultValue, ctx) : cannot(node, 'mapping')
    }
    case 'Fn::Base64': {
      const inner = evaluate(arg, ctx)
      if (inner === NO_VALUE) return cannot(node, 'function')
      if (!inner.ok) return { ...inner, expression: render(node) }
      return { ok: true, value: Buffer.from(asText(inner.value)).toString('base64') }
    }
    case 'Fn::Length': {
      const inner = evaluate(arg, ctx)
      if (inner === NO_VALUE || !inner.ok || !Array.isArray(inner.value)) return cannot(node, 'function')
      return { ok: true, value: inner.value.length }
    }
    case 'Fn::GetAtt':
      return cannot(node, 'attribute', `\${${getAttName(arg)}}`)
    case 'Fn::ImportValue':
      return cannot(node, 'import')
    case 'Fn::Equals':
    case 'Fn::Not':
    case 'Fn::And':
    case 'Fn::Or':
    case 'Condition': {
      const value = evaluateCondition(node, ctx)
      return value === 'unknown' ? cannot(node, 'condition') : { ok: true, value }
    }
    default:
      return cannot(node, 'function')
  }
}

function evaluateRef(node: TreeNode & { kind: 'function' }, ctx: TemplateContext): Evaluated | typeof NO_VALUE {
  const name = node.argument.kind === 'scalar' ? String(node.argument.value) : ''
  if (name === 'AWS::NoValue') return NO_VALUE
  const parameter = ctx.parameters.get(name)
  if (parameter) {
    if ('missing' in parameter) return cannot(node, parameter.missing, `\${${name}}`)
    return checkDynamicValue(parameter.value, node, name)
  }
  if (PSEUDO_PARAMETERS.has(name)) {
    const given = ctx.pseudo.get(name)
    return given === undefined ? cannot(node, 'pseudo-parameter', `\${${name}}`) : { ok: true, value: given }
  }
  return cannot(node, 'resource', `\${${name}}`)
}

function checkDynamicValue(value: string | string[], node: TreeNode, name: string): Evaluated {
  if (typeof value === 'string' && value.includes('{{resolve:')) return cannot(node, 'dynamic-reference', `\${${name}}`)
  return { ok: true, value }
}

/** `Fn::Sub`: `${Name}`, `${Resource.Attr}` and `${!Literal}`, with an optional map of variables. */
function evaluateSub(node: TreeNode & { kind: 'function' }, ctx: TemplateContext): Evaluated {
  const arg = node.argument
  const [template, variables] = arg.kind === 'list' ? arg.items : [arg, undefined]
  if (template?.kind !== 'scalar' || typeof template.value !== 'string') return cannot(node, 'function')
  const text = template.value
  let value = ''
  let partial = ''
  let failure: Evaluated | undefined
  let i = 0
  while (i < text.length) {
    const open = text.indexOf('${', i)
    if (open < 0) {
      value += text.slice(i)
      partial += text.slice(i)
      break
    }
    value += text.slice(i, open)
    partial += text.slice(i, open)
    const close = text.indexOf('}', open + 2)
    if (close < 0) {
      value += text.slice(open)
      partial += text.slice(open)
      break
    }
    const name = text.slice(open + 2, close).trim()
    i = close + 1
    if (name.startsWith('!')) {
      value += `\${${name.slice(1)}}`
      partial += `\${${name.slice(1)}}`
      continue
    }
    const resolved = subVariable(name, variables, ctx)
    if (resolved.ok && (typeof resolved.value === 'string' || typeof resolved.value === 'number' || typeof resolved.value === 'boolean')) {
      value += String(resolved.value)
      partial += String(resolved.value)
    } else {
      failure ??= resolved.ok ? cannot(node, 'function') : resolved
      partial += resolved.ok ? `\${${name}}` : resolved.partial
    }
  }
  if (failure && !failure.ok) return { ...failure, expression: render(node), partial }
  return checkDynamic(value)
}

function subVariable(name: string, variables: TreeNode | undefined, ctx: TemplateContext): Evaluated {
  const own = variables?.kind === 'map' ? variables.entries.get(name) : undefined
  if (own) {
    const result = evaluate(own.value, ctx)
    return result === NO_VALUE ? { ok: true, value: '' } : result
  }
  if (name.includes('.') && !PSEUDO_PARAMETERS.has(name)) return unresolved(`!GetAtt ${name}`, 'attribute', `\${${name}}`)
  const result = evaluateRef({ kind: 'function', line: 0, name: 'Ref', argument: { kind: 'scalar', line: 0, value: name } }, ctx)
  return result === NO_VALUE ? { ok: true, value: '' } : result
}

/** The values of a list's items; on the first that does not resolve, that failure and every part as far as known. */
function partsOf(list: TreeNode, ctx: TemplateContext): { values: string[] } | { failed: Evaluated & { ok: false }; partial: string[] } {
  if (list.kind !== 'list') {
    const whole = evaluate(list, ctx)
    if (whole === NO_VALUE) return { values: [] }
    if (!whole.ok) return { failed: whole, partial: [whole.partial] }
    return { values: Array.isArray(whole.value) ? whole.value.map(String) : [asText(whole.value)] }
  }
  const values: string[] = []
  const partial: string[] = []
  let failed: (Evaluated & { ok: false }) | undefined
  for (const item of list.items) {
    const result = evaluate(item, ctx)
    if (result === NO_VALUE) continue
    if (result.ok) {
      values.push(asText(result.value))
      partial.push(asText(result.value))
    } else {
      failed ??= result
      partial.push(result.partial)
    }
  }
  return failed ? { failed, partial } : { values }
}

function items(node: TreeNode): (TreeNode | undefined)[] {
  return node.kind === 'list' ? node.items : [node]
}

function lookup(mappings: TreeNode | undefined, keys: string[]): TreeNode | undefined {
  let current = mappings
  for (const key of keys) {
    if (current?.kind !== 'map') return undefined
    current = current.entries.get(key)?.value
  }
  return current
}

function getAttName(arg: TreeNode): string {
  if (arg.kind === 'scalar') return String(arg.value)
  if (arg.kind === 'list') return arg.items.map((item) => (item.kind === 'scalar' ? String(item.value) : render(item))).join('.')
  return render(arg)
}

/** A named condition of the template, decided from `parameters:` and Parameter defaults where it can be. */
export function decideCondition(name: string, ctx: TemplateContext): ConditionValue {
  const known = ctx.decided.get(name)
  if (known !== undefined) return known
  const definition = ctx.conditions.get(name)
  if (!definition) return 'unknown'
  ctx.decided.set(name, 'unknown') // a loop stays undecided
  const value = evaluateCondition(definition, ctx)
  ctx.decided.set(name, value)
  return value
}

function evaluateCondition(node: TreeNode, ctx: TemplateContext): ConditionValue {
  if (node.kind === 'scalar')
    return typeof node.value === 'boolean' ? node.value : node.value === 'true' ? true : node.value === 'false' ? false : 'unknown'
  if (node.kind !== 'function') return 'unknown'
  const args = items(node.argument).filter((a): a is TreeNode => a !== undefined)
  switch (node.name) {
    case 'Condition':
      return decideCondition(node.argument.kind === 'scalar' ? String(node.argument.value) : '', ctx)
    case 'Fn::Equals': {
      const [a, b] = args.map((arg) => evaluate(arg, ctx))
      if (!a || !b || a === NO_VALUE || b === NO_VALUE || !a.ok || !b.ok) return 'unknown'
      return JSON.stringify(normalise(a.value)) === JSON.stringify(normalise(b.value))
    }
    case 'Fn::Not': {
      const inner = args[0] ? evaluateCondition(args[0], ctx) : 'unknown'
      return inner === 'unknown' ? 'unknown' : !inner
    }
    case 'Fn::And': {
      const values = args.map((arg) => evaluateCondition(arg, ctx))
      if (values.includes(false)) return false
      return values.every((v) => v === true) ? true : 'unknown'
    }
    case 'Fn::Or': {
      const values = args.map((arg) => evaluateCondition(arg, ctx))
      if (values.includes(true)) return true
      return values.every((v) => v === false) ? false : 'unknown'
    }
    default:
      return 'unknown'
  }
}

/** Fn::Equals compares values as strings (a Number parameter arrives as one). */
function normalise(value: Value): Value {
  if (Array.isArray(value)) return value.map(normalise)
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : value
}

const RENDER_LIMIT = 160

/** The expression as a person would write it in YAML short form, bounded in length. */
export function render(node: TreeNode): string {
  const text = renderNode(node)
  return text.length > RENDER_LIMIT ? `${text.slice(0, RENDER_LIMIT - 3)}...` : text
}

function renderNode(node: TreeNode): string {
  switch (node.kind) {
    case 'scalar':
      return typeof node.value === 'string' && /^[\w.:/*-]+$/.test(node.value) ? node.value : JSON.stringify(node.value)
    case 'list':
      return `[${node.items.map(renderNode).join(', ')}]`
    case 'map':
      return `{${[...node.entries].map(([key, { value }]) => `${key}: ${renderNode(value)}`).join(', ')}}`
    case 'function': {
      const short = node.name.startsWith('Fn::') ? node.name.slice(4) : node.name
      const arg = short === 'GetAtt' ? getAttName(node.argument) : renderNode(node.argument)
      return `!${short} ${arg}`
    }
  }
}

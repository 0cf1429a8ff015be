/**
 * Code written inside a template (a CloudFront Function's `FunctionCode`, a Lambda's `ZipFile`): its text,
 * and the template line its first line is on, so a finding on line 3 of the code points at the template's.
 * A `|` block scalar starts on the line after its key and keeps every line; anything else (a JSON string,
 * a quoted or folded scalar, a `!Join`) is read as sitting on one line: the value's.
 */

import { NO_VALUE } from './cloudformation-intrinsics.js'
import type { Resolver } from './distribution-config.js'
import type { MapEntry, TreeNode } from './tree.js'
import { asText } from './as-text.js'

export interface InlineCode {
  code?: string
  /** The expression, where the code does not resolve. */
  expression?: string
  placement: { codeLine: number; codeOnOneLine?: boolean }
}

/** `Key: |`, `Key: |-`, `Key: !Sub |`: the code starts on the next line, line for line. */
const LITERAL_BLOCK = /:\s*(?:!(?:Sub|Fn::Sub)\s+)?\|[-+0-9]*\s*(?:#.*)?$/

export function inlineCode(setting: MapEntry, lines: readonly string[], resolver: Pick<Resolver, 'value'>): InlineCode {
  const value = resolver.value(setting.value)
  const keyText = lines[setting.line - 1] ?? ''
  const block = LITERAL_BLOCK.test(keyText.replace(/\r$/, ''))
  const placement = block ? { codeLine: setting.line + 1 } : { codeLine: setting.value.line, codeOnOneLine: true }
  if (value === NO_VALUE) return { expression: '(no value)', placement }
  if (!value.ok) return { expression: value.expression, placement }
  if (typeof value.value !== 'string') return { expression: asText(value.value), placement }
  return { code: value.value, placement }
}

/** A scalar's text, without evaluating anything. */
export function textValue(node: TreeNode | undefined): string | undefined {
  return node?.kind === 'scalar' && node.value !== null ? String(node.value) : undefined
}

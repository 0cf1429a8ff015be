/** What the readers of a template's edge functions share: the template as read, and small helpers over it. */

import { NO_VALUE, type TemplateContext } from './cloudformation-intrinsics.js'
import type { Resolver } from './distribution-config.js'
import type { MapNode, TreeNode } from './tree.js'
import { asText } from './as-text.js'
import type { RepositoryFiles } from './repository-files.js'

export interface TemplateFunctionInput {
  /** The template's lines, split once: inline code finds its key's line here. */
  lines: readonly string[]
  file: string
  /** Where code the template names may be read: inside the repository, within bounds. */
  repository: RepositoryFiles
  resources: MapNode
  ctx: TemplateContext
  resolver: Resolver
  /** Each distribution present (its condition not false), its DistributionConfig resolved. */
  distributions: { logicalId: string; config: TreeNode }[]
}

/** A value's text, where it resolves to a non-empty scalar. */
export function resolvedText(node: TreeNode | undefined, input: Pick<TemplateFunctionInput, 'resolver'>): string | undefined {
  if (!node) return undefined
  const value = input.resolver.value(node)
  if (value === NO_VALUE || !value.ok || value.value === null || typeof value.value === 'object') return undefined
  const text = asText(value.value)
  return text === '' ? undefined : text
}

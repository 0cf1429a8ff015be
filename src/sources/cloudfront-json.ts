/**
 * CloudFront's own JSON: `aws cloudfront get-distribution-config` (`DistributionConfig` beside `ETag`)
 * or `get-distribution` (`Distribution: {Id, DomainName, DistributionConfig}`). Nothing in it is an
 * expression: every value is what CloudFront holds.
 */

import { basename, extname } from 'node:path'
import { assemble } from './assemble.js'
import type { Evaluated } from './cloudformation-intrinsics.js'
import { readDistributionConfig, type Resolver } from './distribution-config.js'
import { managedPolicy } from './host-forwarding.js'
import { invalidSource, parsedOrInvalid } from './source-invalid.js'
import { child, type TreeNode } from './tree.js'
import type { SourceResult } from './types.js'

export function readCloudFrontConfig(text: string, file: string): SourceResult {
  const parsed = parsedOrInvalid(text, file, 'cloudfront-config')
  if ('result' in parsed) return parsed.result
  const { root, findings } = parsed
  const distribution = child(root, 'Distribution')
  const config = child(distribution, 'DistributionConfig') ?? child(root, 'DistributionConfig')
  if (!config || config.kind !== 'map') {
    return { origins: [], findings: [...findings, invalidSource(file, root.line, 'cloudfront-config', 'no-distribution-config')] }
  }
  const id = literal(child(distribution, 'Id'))
  const ownDomain = literal(child(distribution, 'DomainName'))
  const raw = readDistributionConfig(config, LITERAL, {
    format: 'cloudfront-config',
    container: id ?? basename(file, extname(file)),
    file,
    line: config.line,
    conditions: [],
    ...(ownDomain ? { ownDomain } : {}),
  })
  const result = assemble([raw])
  return { origins: result.origins, findings: [...findings, ...result.findings] }
}

function literal(node: TreeNode | undefined): string | undefined {
  return node?.kind === 'scalar' && typeof node.value === 'string' && node.value !== '' ? node.value : undefined
}

function literalValue(node: TreeNode): Evaluated {
  switch (node.kind) {
    case 'scalar':
      return { ok: true, value: node.value }
    case 'list': {
      const values = node.items.map(literalValue).flatMap((v) => (v.ok ? [v.value] : []))
      return { ok: true, value: values }
    }
    default:
      return { ok: true, value: null }
  }
}

const LITERAL: Resolver = {
  value: literalValue,
  map: (node) => (node ? { node, conditions: [] } : undefined),
  items: (node) => (node?.kind === 'list' ? node.items.map((item) => ({ node: item, conditions: [] })) : []),
  policy: (kind, node) => {
    const value = literalValue(node)
    return value.ok && typeof value.value === 'string' ? managedPolicy(kind, value.value) : { kind: 'none' }
  },
}

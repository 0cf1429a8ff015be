/** Plan JSON as `terraform show -json` prints it: its values, and the reader's view of it that other readers share. */

import type { TerraformFolders } from './terraform-lines.js'

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
export type JsonMap = { [key: string]: Json }

export const UNKNOWN = { expression: '(known after apply)', reason: 'unknown-after-apply' as const, partial: '(known after apply)' }

export function isMap(value: Json | undefined): value is JsonMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function list(value: Json | undefined): Json[] {
  return Array.isArray(value) ? value : []
}

export function first(value: Json | undefined): JsonMap | undefined {
  const item = list(value)[0]
  return isMap(item) ? item : undefined
}

export interface Change {
  after: JsonMap
  /** `after: null` on a change that keeps the resource: nothing of it is known before apply. */
  unreadable?: boolean
  unknown: JsonMap
  moduleAddress?: string
  type: string
  name: string
}

/** What a plan's readers share: its changes by address, and where each resource is configured. */
export interface PlanView {
  readonly changes: Map<string, Change>
  readonly plan: JsonMap
  readonly rootDir: string
  readonly fallback: { file: string; line: number }
  readonly folders: TerraformFolders
  configuration(change: Change): { resource?: JsonMap; dir?: string; module?: JsonMap }
}

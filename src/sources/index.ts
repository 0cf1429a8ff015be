/** Reads one source file of any kind: the entry point of this module. */

import { readCloudFormation, type TemplateParameters } from './cloudformation.js'
import { readCloudFrontConfig } from './cloudfront-json.js'
import { readTerraformPlan, type TerraformPlanOptions } from './terraform-plan.js'
import type { SourceKind, SourceResult } from './types.js'

export type { DiscoveredOrigin, SourceKind, SourceResult, SourceValue, StaticFinding } from './types.js'
export { SOURCE_KINDS } from './types.js'
export type { TemplateParameters } from './cloudformation.js'

export interface ReadOptions extends TerraformPlanOptions {
  parameters?: TemplateParameters
}

export function readSource(kind: SourceKind, text: string, file: string, options: ReadOptions = {}): SourceResult {
  switch (kind) {
    case 'cloudformation':
      return readCloudFormation(text, file, {
        ...(options.parameters ? { parameters: options.parameters } : {}),
        ...(options.repository ? { repository: options.repository } : {}),
      })
    case 'terraform-plan':
      return readTerraformPlan(text, file, options)
    case 'cloudfront-config':
      return readCloudFrontConfig(text, file)
  }
}

/** The kind a file most likely is, for trying files by hand: plans and CloudFront JSON have telling keys. */
export function guessKind(text: string): SourceKind {
  if (/"(resource_changes|planned_values|format_version)"\s*:/.test(text)) return 'terraform-plan'
  if (/"DistributionConfig"\s*:/.test(text) && !/"Resources"\s*:/.test(text)) return 'cloudfront-config'
  return 'cloudformation'
}

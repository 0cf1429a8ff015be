import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { renderJson } from './json.js'
import { renderMarkdown } from './markdown.js'
import { renderSarif, type SarifOptions } from './sarif.js'
import { renderText } from './text.js'
import type { Report } from '../engine/report.js'

export const REPORT_FORMATS = ['text', 'json', 'markdown', 'sarif'] as const
export type ReportFormat = (typeof REPORT_FORMATS)[number]

export interface RenderOptions {
  /** Text only: ANSI colour. Off unless asked for. */
  color?: boolean
  /** SARIF only: where findings point; default: the report's config path, at each origin's line. */
  sarif?: Partial<SarifOptions>
}

export function renderReport(report: Report, format: ReportFormat, options: RenderOptions = {}): string {
  switch (format) {
    case 'text':
      return renderText(report, { color: options.color ?? false })
    case 'json':
      return renderJson(report)
    case 'markdown':
      return renderMarkdown(report)
    case 'sarif':
      return renderSarif(report, { configUri: configUri(report.config), ...options.sarif })
  }
}

export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value)
}

/** A SARIF artifact URI for a config path: relative paths as they are (forward slashes), absolute ones as `file:` URIs. */
export function configUri(file: string): string {
  return path.isAbsolute(file) ? pathToFileURL(file).href : file.split(path.sep).join('/')
}

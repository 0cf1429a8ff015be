import { renderJson } from './json.js'
import { renderMarkdown } from './markdown.js'
import { renderText } from './text.js'
import type { Report } from './types.js'

export const REPORT_FORMATS = ['text', 'json', 'markdown'] as const
export type ReportFormat = (typeof REPORT_FORMATS)[number]

export interface RenderOptions {
  /** Text only: ANSI colour. Off unless asked for. */
  color?: boolean
}

export function renderReport(report: Report, format: ReportFormat, options: RenderOptions = {}): string {
  switch (format) {
    case 'text':
      return renderText(report, { color: options.color ?? false })
    case 'json':
      return renderJson(report)
    case 'markdown':
      return renderMarkdown(report)
  }
}

export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value)
}

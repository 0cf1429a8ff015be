import type { Report } from '../engine/report.js'

/** The machine contract (docs/report.md): the report as is, pretty-printed, ending in a newline. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`
}

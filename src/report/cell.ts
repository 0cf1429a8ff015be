import { forMarkdown } from '../text/escape.js'

/** Text safe inside a markdown table cell (src/text/escape.ts: forMarkdown). */
export const escapeCell = forMarkdown

export function tableRow(cells: readonly string[]): string {
  return `| ${cells.map(escapeCell).join(' | ')} |`
}

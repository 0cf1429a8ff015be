/**
 * Makes text safe inside a markdown table cell: HTML is neutralised (messages carry certificate subjects
 * and response bytes from the origin), `|` would end the cell and a newline would end the row.
 */
export function escapeCell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    // No links or images from text an origin controls.
    .replace(/[[\]]/g, (c) => `\\${c}`)
    .replace(/\r\n|\r|\n/g, '<br>')
}

export function tableRow(cells: readonly string[]): string {
  return `| ${cells.map(escapeCell).join(' | ')} |`
}

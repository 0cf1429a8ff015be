import { readFileSync } from 'node:fs'

/**
 * The text of a markdown file under a heading (the line exactly as written), up to the next heading of
 * the same or a higher level; lines inside fenced code blocks are never headings.
 */
export function sectionOf(file: string, heading: string): string {
  const lines = readFileSync(file, 'utf8').split('\n')
  let fenced = false
  const isHeading = lines.map((line) => {
    if (line.startsWith('```')) fenced = !fenced
    return !fenced && /^#+ /.test(line)
  })
  const start = lines.findIndex((line, i) => isHeading[i] && line === heading)
  if (start < 0) throw new Error(`${file}: no heading "${heading}"`)
  const level = heading.indexOf(' ')
  const end = lines.findIndex((line, i) => i > start && isHeading[i] && line.indexOf(' ') <= level)
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n')
}

/** The body rows of the markdown tables in `text` (header and separator rows left out), as trimmed cells. */
export function tableRows(text: string): string[][] {
  const rows: string[][] = []
  let inTable = false
  for (const line of text.split('\n')) {
    if (!line.startsWith('|')) {
      inTable = false
      continue
    }
    const cells = line
      .slice(1, line.endsWith('|') ? -1 : undefined)
      .split(/(?<!\\)\|/)
      .map((cell) => cell.trim())
    if (!inTable) {
      inTable = true // the header row
      continue
    }
    if (cells.every((cell) => /^:?-+:?$/.test(cell))) continue
    rows.push(cells)
  }
  return rows
}

/** `CODE` → CODE; anything else unchanged. */
export function unquote(cell: string): string {
  return cell.replace(/^`(.*)`$/, '$1')
}

import { escapeCell } from './cell.js'
import { renderHeading, renderMarkdown, type MarkdownDetail, type MarkdownOptions } from './markdown.js'
import { plural } from './text.js'
import type { Report } from '../engine/report.js'

/** GitHub's limit on one step's job summary: 1 MiB (docs: "Adding a job summary"). */
export const JOB_SUMMARY_LIMIT_BYTES = 1024 * 1024
/** GitHub's limit on an issue or comment body: 65,536 characters; counted here in UTF-8 bytes, which is stricter. */
export const COMMENT_LIMIT_BYTES = 65_536

/** Ever shorter renderings, tried in order until one fits. Failing origins appear in every one of them. */
const LEVELS: readonly MarkdownDetail[] = [
  {},
  { maxText: 1000, maxListed: 100 },
  { maxText: 300, maxListed: 20 },
  { maxText: 120, maxListed: 5, passingRows: false },
  { maxListed: 3, passingRows: false, findingTables: false },
]

export interface FittedMarkdown {
  markdown: string
  /** 0: nothing shortened; higher: more detail left out. */
  level: number
}

/**
 * The markdown report within `limitBytes`, shortened by detail (text length, findings listed, passing
 * rows), never by leaving out a failing origin. Past the last level only failing origins' names remain;
 * a report too large even for that (hundreds of thousands of origins) is cut, and says so.
 */
export function fitMarkdown(report: Report, limitBytes: number, options: Omit<MarkdownOptions, 'detail'> = {}): FittedMarkdown {
  for (const [level, detail] of LEVELS.entries()) {
    const notes = level === 0 ? options.notes : [...(options.notes ?? []), shortenedNote(detail)]
    const markdown = renderMarkdown(report, { ...options, notes, detail })
    if (byteLength(markdown) <= limitBytes) return { markdown, level }
  }
  const names = [...report.origins, ...(report.functions ?? [])]
    .filter((subject) => !subject.passed)
    .map((subject) => escapeCell(subject.name))
  const notes = [
    ...(options.notes ?? []),
    '_Shortened to fit GitHub’s size limit: only the names of the failing origins are listed; ' +
      'every finding is in the step log and the JSON report._',
  ]
  const label = report.functions?.length ? 'Failing origins and edge functions' : 'Failing origins'
  const compact = `${renderHeading(report, notes)}\n\n**${label} (${names.length}):** ${names.join(', ')}\n`
  const level = LEVELS.length
  if (byteLength(compact) <= limitBytes) return { markdown: compact, level }
  const tail = '\n\n_… cut at GitHub’s size limit._\n'
  return { markdown: cutToBytes(compact, limitBytes - byteLength(tail)) + tail, level: level + 1 }
}

function shortenedNote(detail: MarkdownDetail): string {
  const parts: string[] = []
  if (detail.maxText !== undefined) parts.push(`messages cut at ${detail.maxText} characters`)
  if (detail.findingTables === false) parts.push('one line per failing origin')
  else if (detail.maxListed !== undefined) parts.push(`at most ${plural(detail.maxListed, 'finding')} per origin`)
  if (detail.passingRows === false) parts.push('passing origins counted, not listed')
  return `_Shortened to fit GitHub’s size limit (${parts.join('; ')}); every finding is in the step log and the JSON report._`
}

export function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

/** The longest prefix of `text` within `maxBytes` that does not split a character. */
export function cutToBytes(text: string, maxBytes: number): string {
  const bytes = Buffer.from(text, 'utf8')
  if (bytes.length <= maxBytes) return text
  let end = Math.max(0, maxBytes)
  while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--
  return bytes.subarray(0, end).toString('utf8')
}

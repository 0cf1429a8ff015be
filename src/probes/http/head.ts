/**
 * The status line and header block of a response, read strictly (RFC 9112 sections 4 and 5): each line
 * ends in CRLF, field names are tokens followed directly by a colon, values carry no control bytes,
 * no line folding. Every deviation is kept as a defect with its bytes; a balancer rejects them.
 */
import type { Evidence } from './evidence.js'
import type { HttpDefect, HttpProblem } from './types.js'

const LF = 0x0a
const CR = 0x0d
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/
const STATUS_LINE = /^HTTP\/(\d)\.(\d) (\d{3})(?: ([\t\x20-\x7e\x80-\xff]*))?$/

export interface Line {
  start: number
  /** End of the content: before the CR (if any) and the LF. */
  end: number
  /** Offset after the LF. */
  next: number
  bareLf: boolean
}

export interface HeadLines {
  /** Empty lines before the status line. */
  leading: Line[]
  /** The status line, then each field line; the final empty line excluded. */
  lines: Line[]
  /** The empty line that ends the header block. */
  blank: Line
  /** Offset after it. */
  end: number
}

/** Finds the header block incrementally: each byte is looked at once, however the response is split. */
export class HeadScanner {
  private readonly leading: Line[] = []
  private readonly lines: Line[] = []
  private lineStart: number
  private scanned: number

  constructor(readonly start: number) {
    this.lineStart = start
    this.scanned = start
  }

  scan(bytes: Buffer, maxBytes: number): HeadLines | 'incomplete' | 'too-large' {
    while (this.scanned < bytes.length) {
      const lf = bytes.indexOf(LF, this.scanned)
      if (lf < 0) {
        this.scanned = bytes.length
        break
      }
      this.scanned = lf + 1
      if (lf + 1 - this.start > maxBytes) return 'too-large'
      const bareLf = lf === this.lineStart || bytes[lf - 1] !== CR
      const line: Line = { start: this.lineStart, end: bareLf ? lf : lf - 1, next: lf + 1, bareLf }
      this.lineStart = lf + 1
      if (line.end > line.start) this.lines.push(line)
      else if (this.lines.length === 0) this.leading.push(line)
      else return { leading: this.leading, lines: this.lines, blank: line, end: line.next }
    }
    return this.scanned - this.start > maxBytes ? 'too-large' : 'incomplete'
  }
}

export interface Field {
  name: string
  value: string
  line: Line
}

export interface ParsedHead {
  version?: string
  status?: number
  fields: Field[]
  defects: HttpDefect[]
}

/** Judges the syntax of each line of a complete header block. Without a valid status line nothing else is read. */
export function parseHead(bytes: Buffer, head: HeadLines, evidence: Evidence): ParsedHead {
  const defects: HttpDefect[] = []
  type Facts = Omit<HttpDefect, 'kind' | 'bytes' | 'offset'>
  const defect = (kind: HttpDefect['kind'], facts: Facts, line: Line, from = line.start, to = line.next): void => {
    if (defects.some((d) => d.kind === kind)) return
    defects.push({ kind, ...facts, bytes: evidence.of(bytes, from, to), offset: from })
  }
  const [first] = head.leading
  if (first)
    defect(
      'leading-empty-line',
      { problem: 'leading-empty-line', count: head.leading.length },
      first,
      first.start,
      head.lines[0]?.next ?? first.next,
    )

  const [statusLine, ...fieldLines] = head.lines
  if (!statusLine) return { fields: [], defects }
  for (const line of [...head.lines, head.blank]) {
    if (line.bareLf) defect('bare-lf', { problem: 'bare-lf' }, line)
  }
  const status = STATUS_LINE.exec(bytes.toString('latin1', statusLine.start, statusLine.end))
  if (!status) {
    defect('status-line', { problem: 'status-line-syntax' }, statusLine)
    return { fields: [], defects }
  }
  const version = `HTTP/${status[1]}.${status[2]}`
  const code = Number(status[3])
  if (version !== 'HTTP/1.1' && version !== 'HTTP/1.0') defect('status-line', { problem: 'unsupported-version', version }, statusLine)
  if (code < 100 || code > 599) defect('status-line', { problem: 'status-out-of-range', status: code }, statusLine)

  const fields: Field[] = []
  let previous: Line = statusLine
  for (const line of fieldLines) {
    const text = bytes.toString('latin1', line.start, line.end)
    if (/^\r+$/.test(text)) {
      defect('empty-line-in-headers', { problem: 'stray-cr-line' }, previous, previous.start, line.next)
    } else if (text.startsWith(' ') || text.startsWith('\t')) {
      defect(
        'obs-fold',
        { problem: fields.length === 0 ? 'whitespace-before-first-field' : 'obs-fold' },
        previous,
        previous.start,
        line.next,
      )
    } else {
      const field = fieldOf(text, line, (problem) => defect('field-syntax', { problem }, line))
      if (field) {
        if (/[\x00-\x08\x0a-\x1f\x7f]/.test(field.value)) {
          defect(
            'control-character',
            { problem: field.value.includes('\r') ? 'bare-cr-in-value' : 'control-byte-in-value', field: field.name },
            line,
          )
        }
        fields.push(field)
      }
    }
    previous = line
  }
  return { version, status: code, fields, defects }
}

function fieldOf(text: string, line: Line, fail: (problem: HttpProblem) => void): Field | undefined {
  const colon = text.indexOf(':')
  if (colon < 0) return void fail('no-colon')
  const name = text.slice(0, colon)
  if (name.length === 0) return void fail('empty-name')
  if (/[ \t]$/.test(name)) return void fail('space-before-colon')
  if (!TOKEN.test(name)) return void fail('name-not-token')
  return { name, value: text.slice(colon + 1).replace(/^[ \t]+|[ \t]+$/g, ''), line }
}

/** Values of every field named `name` (case-insensitive), in order. */
export function valuesOf(fields: readonly Field[], name: string): Field[] {
  const wanted = name.toLowerCase()
  return fields.filter((f) => f.name.toLowerCase() === wanted)
}

/** Comma-separated list elements of the named fields, lower-cased, empty ones dropped. */
export function tokensOf(fields: readonly Field[], name: string): string[] {
  return valuesOf(fields, name)
    .flatMap((f) => f.value.split(','))
    .map((t) => t.trim().toLowerCase())
    .filter(Boolean)
}

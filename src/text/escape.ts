/**
 * Text an origin controls (certificate names, response bytes) reaches terminals, logs and job summaries:
 * control characters become visible `\xNN` / `\u{N}` escapes so they can neither colour nor forge lines.
 */
export function escapeControl(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    const code = c.codePointAt(0)!
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`
  })
}

const BY_NAME: Readonly<Record<number, string>> = { 0x0d: '\\r', 0x0a: '\\n', 0x09: '\\t', 0x5c: '\\\\' }

/**
 * Bytes an origin sent, as text: printable ASCII as is, every other byte as `\xNN`. With `named`, CR, LF,
 * tab and backslash read `\r`, `\n`, `\t`, `\\` (HTTP evidence, where line breaks are the point).
 */
export function escapeBytes(bytes: Uint8Array, options: { named?: boolean } = {}): string {
  let out = ''
  for (const byte of bytes) {
    const name = options.named ? BY_NAME[byte] : undefined
    out += name ?? (byte >= 0x20 && byte <= 0x7e ? String.fromCharCode(byte) : `\\x${byte.toString(16).padStart(2, '0')}`)
  }
  return out
}

/*
 * Where text leaves the program. Every string that came from outside (an origin, a zone, a config, a
 * report another run wrote) passes one of these on its way out, and only there: data stays as it was
 * observed, so the JSON report keeps the facts and each renderer escapes for its own medium.
 */

/**
 * For a terminal or the step log: one line, no control character (no colour, no carriage return, no
 * line feed), so nothing from outside can start a line, and no line can begin a workflow command.
 */
export function forTerminal(text: string): string {
  return escapeControl(clip(text))
}

/** No single value from outside needs more than this to be understood; the JSON report keeps it whole. */
export const MAX_SHOWN_CHARACTERS = 4096

/** `text` cut to MAX_SHOWN_CHARACTERS, saying how much was left out (a 10 MB header must not become a 10 MB log line). */
export function clip(text: string): string {
  if (text.length <= MAX_SHOWN_CHARACTERS) return text
  return `${text.slice(0, MAX_SHOWN_CHARACTERS)}… (${text.length - MAX_SHOWN_CHARACTERS} more characters)`
}

/**
 * For a markdown table cell or inline text: HTML and entities neutralised (`&` too, so `&#64;` stays
 * text and cannot become a mention), `|` cannot end a cell, a line break cannot end a row, no link or
 * image (`[`, `]` and the backslash itself are escaped, so `\[x\](url)` stays text), no control character.
 */
export function forMarkdown(text: string): string {
  return clip(text)
    .split(/\r\n|\r|\n/)
    .map((line) => escapeControl(line).replace(/[\\[\]&<>|]/g, (c) => MARKDOWN[c]!))
    .join('<br>')
}

const MARKDOWN: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '[': '\\[',
  ']': '\\]',
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '|': '\\|',
}

/** A workflow command's message, as @actions/core escapes it (`%`, CR, LF). */
export function forCommandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** A workflow command's property value (`file=`, `title=`): the message's escapes plus `:` and `,`. */
export function forCommandProperty(text: string): string {
  return forCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/**
 * Log text handed to the runner verbatim (`core.info`): a line that would begin with `::` (a workflow
 * command) gets a zero-width space between the colons. Values are already one line each (forTerminal);
 * this holds the line starts even so.
 */
export function defuseCommandLines(text: string): string {
  return text.replace(/^(\s*):(?=:)/gm, '$1:\u200b')
}

/**
 * Text from outside (origin and server names, certificate subjects, alerts) made inert inside a Mermaid
 * diagram: every character but letters, digits, space, `.`, `_` and `-` becomes a numeric entity code
 * (`#35;`), which Mermaid replaces before parsing and decodes only in the rendered label. Quotes,
 * brackets, `#`, `;`, `:`, `|`, backticks, `<`, `@` (a mention in a comment) can then neither end a label,
 * start a statement, nor close the code fence. Line breaks and other control characters become a space.
 */
export function mermaidText(text: string): string {
  let out = ''
  for (const char of text) {
    if (/^[A-Za-z0-9 ._-]$/.test(char)) out += char
    else if (/^[\u0000-\u001f\u007f]$/.test(char)) out += ' '
    else out += `#${char.codePointAt(0)};`
  }
  return out
}

/** A quoted Mermaid label of outside text. */
export function label(text: string): string {
  return `"${mermaidText(text)}"`
}

/** A fenced block GitHub renders as a diagram (job summaries, comments, issues, Markdown files). */
export function mermaidBlock(lines: readonly string[]): string {
  return ['```mermaid', ...lines, '```'].join('\n')
}

import { describe, expect, it } from 'vitest'
import { label, mermaidText } from '../../../../src/report/pictures/mermaid-text.js'

/** What Mermaid shows for an entity-coded text. */
function decoded(text: string): string {
  return text.replace(/#(\d+);/g, (_whole, code: string) => String.fromCodePoint(Number(code)))
}

describe('mermaidText', () => {
  it('leaves plain names as they are', () => {
    expect(mermaidText('ns1.dns-host.net 203.0.113.54')).toBe('ns1.dns-host.net 203.0.113.54')
  })

  it('codes every character that could end a label, start a statement or close the fence', () => {
    const hostile = 'a"] --> b["x"];click b call alert() #x; `@team` <b>|{}&%:\'\\'
    const escaped = mermaidText(hostile)
    expect(escaped).toMatch(/^[A-Za-z0-9 ._#;-]*$/)
    expect(escaped).not.toMatch(/["[\]{}()|`<>@:]/)
    // `#` and `;` appear only as parts of entity codes.
    expect(escaped.replace(/#\d+;/g, '')).not.toMatch(/[#;]/)
    expect(decoded(escaped)).toBe(hostile)
    expect(mermaidText('# ;')).toBe('#35; #59;')
  })

  it('turns line breaks and control characters into spaces, keeps other scripts as codes', () => {
    expect(mermaidText('CN=evil\n  end\r\nflowchart\tTD\u0000')).toBe('CN#61;evil   end  flowchart TD ')
    expect(decoded(mermaidText('bücher.example ✖ 🔒'))).toBe('bücher.example ✖ 🔒')
  })

  it('quotes a label', () => {
    expect(label('a "b"')).toBe('"a #34;b#34;"')
  })
})

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

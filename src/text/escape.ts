/**
 * Text an origin controls (certificate names, response bytes) reaches terminals, logs and job summaries:
 * control characters become visible `\xNN` / `\u{N}` escapes so they can neither colour nor forge lines.
 */
export function escapeControl(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    const code = c.codePointAt(0)!
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`
  })
}

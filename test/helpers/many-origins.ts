/** A config of `count` origins, each with a name, domain, port and health check with one header (~120 bytes, 7 lines). */
export function manyOrigins(count: number): string {
  const lines = ['version: 1', 'origins:']
  for (let i = 0; i < count; i++) {
    lines.push(
      `  - name: o${i}`,
      `    domain: o${i}.example.com`,
      '    https-port: 443',
      '    health:',
      '      path: /h',
      '      headers:',
      '        X-A: b',
    )
  }
  return `${lines.join('\n')}\n`
}

/**
 * Reads infrastructure files as the gate would and prints what it found, to try the readers on real
 * templates and plans: `npx tsx scripts/try-sources.ts FILE...` (the kind is guessed from the content).
 */

import { readFileSync } from 'node:fs'
import { guessKind, readSource } from '../src/sources/index.js'

for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8')
  const kind = guessKind(text)
  const started = performance.now()
  const result = readSource(kind, text, file)
  const ms = Math.round(performance.now() - started)
  console.log(`${file} (${kind}, ${ms} ms)`)
  for (const o of result.origins) {
    const domain = o.domain.value ?? `<${o.domain.unresolved?.expression ?? '?'}>`
    const hosts = o.hosts.map((h) => h.value ?? `<${h.unresolved?.expression}>`).join(' ')
    const skipped = o.skipped ? ` skipped:${o.skipped}` : o.unchecked.length ? ` unchecked:${o.unchecked.join(',')}` : ''
    const ports = `${o.httpPort.value ?? ''}/${o.httpsPort.value ?? ''}`
    const versions = o.sslProtocols.value?.join(' ') ?? ''
    console.log(
      `  ${o.name} :${o.line} ${o.kind} ${domain} ${o.protocolPolicy.value ?? ''} ${ports} [${versions}] hosts: ${hosts}${skipped}`,
    )
  }
  for (const fn of result.functions ?? []) {
    const code =
      fn.code !== undefined ? `inline@${fn.codeLine}${fn.codeOnOneLine ? '(one line)' : ''}` : (fn.path ?? `elsewhere: ${fn.codeElsewhere}`)
    const lambda = fn.lambda ? ` ${JSON.stringify({ ...fn.lambda, lines: undefined })}` : ''
    console.log(`  fn ${fn.name} ${fn.kind} ${fn.runtime ?? ''} [${fn.events.join(' ')}] :${fn.declaredAt?.line} ${code}${lambda}`)
  }
  for (const f of result.findings)
    console.log(`  ! ${f.code}${f.severity ? `/${f.severity}` : ''} :${f.line} ${f.origin ?? ''} ${JSON.stringify(f.details)}`)
}

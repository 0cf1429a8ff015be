/**
 * Writes schema/origin-preflight.schema.json from the config field definitions and
 * schema/report.schema.json from the report's types.
 * Run it with any TypeScript runner, e.g. `npx tsx scripts/generate-schema.ts [config-output-path]`.
 * A unit test fails when a committed file differs from what this would write.
 */

import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { schemaText } from '../src/config/schema.js'
import { reportSchemaText } from '../src/report/schema.js'

const defaultTarget = fileURLToPath(new URL('../schema/origin-preflight.schema.json', import.meta.url))
const target = process.argv[2] ?? defaultTarget
writeFileSync(target, schemaText())
console.log(`wrote ${target}`)
const reportTarget = fileURLToPath(new URL('../schema/report.schema.json', import.meta.url))
if (process.argv[2] === undefined) {
  writeFileSync(reportTarget, reportSchemaText())
  console.log(`wrote ${reportTarget}`)
}

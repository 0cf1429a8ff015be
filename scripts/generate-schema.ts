/**
 * Writes schema/origin-preflight.schema.json from the config field definitions.
 * Run it with any TypeScript runner, e.g. `npx tsx scripts/generate-schema.ts [output-path]`.
 * A unit test fails when the committed file differs from what this would write.
 */

import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { schemaText } from '../src/config/schema.js'

const defaultTarget = fileURLToPath(new URL('../schema/origin-preflight.schema.json', import.meta.url))
const target = process.argv[2] ?? defaultTarget
writeFileSync(target, schemaText())
console.log(`wrote ${target}`)

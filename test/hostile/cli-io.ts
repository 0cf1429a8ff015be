import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { main } from '../../src/cli/main.js'

/** A stream that keeps what was written; `tty` makes it look like a terminal. */
export class Capture extends Writable {
  text = ''
  isTTY: boolean
  constructor(tty = false) {
    super()
    this.isTTY = tty
  }
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.text += chunk.toString('utf8')
    done()
  }
}

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

/** The CLI in this process, as a user runs it, with its own environment and captured streams. */
export async function runCli(argv: string[], env: NodeJS.ProcessEnv = {}, options: { tty?: boolean } = {}): Promise<CliRun> {
  const stdout = new Capture(options.tty)
  const stderr = new Capture(options.tty)
  const code = await main(argv, { stdout, stderr, env })
  return { code, stdout: stdout.text, stderr: stderr.text }
}

/** A config file in a fresh directory. */
export function configFile(text: string, name = 'origin-preflight.yml'): string {
  const file = join(mkdtempSync(join(tmpdir(), 'op-hostile-')), name)
  writeFileSync(file, text)
  return file
}

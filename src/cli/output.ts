import { accessSync, constants, realpathSync, statSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { PreflightError } from '../errors.js'

/** The report could not be written after the probes ran: exit 2 with one line, as for any usage error. */
export class OutputError extends PreflightError {
  override readonly code = 'OP_ERR_OUTPUT'
}

/**
 * Refuses, before anything is probed, an `--output` that cannot take the report: a file the command
 * reads (the config, a shard report: it would be overwritten), a directory, a device or pipe (`/dev/full`, a FIFO: redirect stdout for
 * those), a file or directory this process cannot write.
 */
export function assertOutputTarget(file: string, inputs: readonly string[]): void {
  const target = resolve(file)
  const refuse = (why: string): never => {
    throw new OutputError(`--output ${file}: ${why}; nothing was probed`)
  }
  let stats
  try {
    stats = statSync(target)
  } catch {
    stats = undefined
  }
  if (stats) {
    if (stats.isDirectory()) refuse('is a directory')
    if (inputs.some((input) => sameFile(target, input))) refuse('is a file this command reads (the config, or a report to merge)')
    if (!stats.isFile()) refuse('is not a regular file (redirect the standard output to write to a device or pipe)')
  }
  try {
    accessSync(stats ? target : dirname(target), constants.W_OK)
  } catch (error) {
    refuse(`cannot write there (${(error as NodeJS.ErrnoException).code ?? String(error)})`)
  }
}

function sameFile(a: string, b: string): boolean {
  try {
    const [x, y] = [statSync(a), statSync(b)]
    return (x.dev === y.dev && x.ino === y.ino) || realpathSync(a) === realpathSync(b)
  } catch {
    return false
  }
}

export function writeOutputFile(file: string, text: string): void {
  try {
    writeFileSync(file, text)
  } catch (error) {
    throw new OutputError(`--output ${file}: the report could not be written (${(error as NodeJS.ErrnoException).code ?? String(error)})`)
  }
}

/** Resolves when the stream took the text; a failing standard output (`> /dev/full`) is one line and exit 2. */
export function writeStream(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    stream.write(text, (error?: Error | null) => {
      if (error)
        reject(
          new OutputError(
            `the report could not be written to the standard output (${(error as NodeJS.ErrnoException).code ?? error.message})`,
          ),
        )
      else resolvePromise()
    })
  })
}

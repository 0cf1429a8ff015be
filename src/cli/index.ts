#!/usr/bin/env node
import { main } from './main.js'

// A reader that goes away (`| head`) ends the output, not the process with a stack trace; any other
// failure of the standard streams (`> /dev/full`) is one line and exit 2, never a trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    const why = error.code ?? error.message
    if (stream === process.stdout) process.stderr.write(`origin-preflight: cannot write the standard output (${why})\n`)
    process.exit(2)
  })
}

process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env })

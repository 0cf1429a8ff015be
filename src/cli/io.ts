/** Where a command writes, and the environment it reads: the process's, or a test's. */
export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean }
  stderr: NodeJS.WritableStream & { isTTY?: boolean }
  env: NodeJS.ProcessEnv
  /** The working directory: the repository root for `init`. */
  cwd?: string
}

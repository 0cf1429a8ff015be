import type { ConfigProblem } from './config/types.js'

/** Base of every error the tool raises on purpose; `code` is stable, branch on it, never on the message. */
export class PreflightError extends Error {
  readonly code: string = 'OP_ERR'
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = new.target.name
  }
}

/** The config file is wrong: one or more problems, each with file:line:col. Exit code 2. */
export class ConfigError extends PreflightError {
  override readonly code = 'OP_ERR_CONFIG'
  /** `secrets`: the ${VAR} values read before the problems were found (already masked in the problems). */
  constructor(
    readonly problems: ConfigProblem[],
    readonly secrets: readonly string[] = [],
  ) {
    super(problems.map(formatProblem).join('\n'))
  }
}

/** Bad command-line usage. Exit code 2. */
export class UsageError extends PreflightError {
  override readonly code = 'OP_ERR_USAGE'
}

export function formatProblem(p: ConfigProblem): string {
  return `${p.file}:${p.line}:${p.col} ${p.path}: ${p.message}`
}

/** A file would be overwritten (`init` never does). Exit code 2. */
export class FileExistsError extends PreflightError {
  override readonly code = 'OP_ERR_FILE_EXISTS'
}

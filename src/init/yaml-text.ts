/** A YAML scalar for a path or name: plain where that reads the same, double-quoted (JSON escapes) otherwise. */
export function yamlScalar(value: string): string {
  return /^[A-Za-z0-9_./-][A-Za-z0-9_./*-]*$/.test(value) && !/^(true|false|yes|no|on|off|null|~)$/i.test(value)
    ? value
    : JSON.stringify(value)
}

/**
 * A file path as a literal pattern of a workflow's `paths:` filter, where `*`, `?`, `+`, `[`, `]` and a
 * leading `!` are pattern characters: each is escaped with `\`.
 */
export function literalPathPattern(path: string): string {
  return path.replace(/[*?+[\]\\]/g, '\\$&').replace(/^!/, '\\!')
}

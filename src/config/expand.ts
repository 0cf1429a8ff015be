/** `${NAME}` expansion from the environment; `$${` stands for a literal `${`. */

const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/

/**
 * Every ${VAR} value is treated as a secret and masked wherever it would appear; a value of one to three
 * characters would mask every `2` or `ab` in dates and names (and still leak by elimination), so it is refused.
 */
export const MIN_SECRET_LENGTH = 4

export interface Expansion {
  value: string
  /** Non-empty values read from the environment, to be masked in outputs. */
  secrets: string[]
  /** One message per reference that could not be expanded. */
  problems: string[]
}

export function expandVariables(text: string, env: NodeJS.ProcessEnv): Expansion {
  const result: Expansion = { value: '', secrets: [], problems: [] }
  let i = 0
  while (i < text.length) {
    if (text.startsWith('$${', i)) {
      result.value += '${'
      i += 3
      continue
    }
    if (!text.startsWith('${', i)) {
      result.value += text[i]
      i += 1
      continue
    }
    const close = text.indexOf('}', i + 2)
    if (close < 0) {
      result.problems.push('has "${" without a closing "}" (write "$${" for a literal "${")')
      return result
    }
    const name = text.slice(i + 2, close)
    const value = env[name]
    if (!VARIABLE_NAME.test(name)) {
      result.problems.push(`"\${${name}}" is not a valid variable reference (write "$\${" for a literal "\${")`)
    } else if (value === undefined) {
      result.problems.push(`environment variable ${name} is not set`)
    } else if (value !== '' && value.length < MIN_SECRET_LENGTH) {
      result.problems.push(
        `environment variable ${name} is shorter than ${MIN_SECRET_LENGTH} characters; ` +
          'values from the environment are masked as secrets, and one this short cannot be',
      )
    } else {
      result.value += value
      if (value !== '') result.secrets.push(value)
    }
    i = close + 1
  }
  return result
}

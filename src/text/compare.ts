/**
 * Text orderings the reports use, made once: `localeCompare` with a locale or options builds a collator
 * on every call, which a thousand origins' worth of sorting turns into seconds.
 */
const numeric = new Intl.Collator('en', { numeric: true })

/** Digits compared as numbers (`127.0.0.9` before `127.0.0.10`): addresses, names with numbers. */
export const compareNumeric: (a: string, b: string) => number = numeric.compare

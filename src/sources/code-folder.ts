/** A Lambda function's handler setting, as the checks need it. */

/** The export a handler names: `index.handler` → `handler`. */
export function handlerExport(handler: string | undefined): string {
  if (!handler) return 'handler'
  const dot = handler.lastIndexOf('.')
  return dot >= 0 ? handler.slice(dot + 1) : handler
}

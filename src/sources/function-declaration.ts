/**
 * What every source reader says of an edge function in the same way, whatever the format: the events
 * its associations name, a handler's export, and a Lambda@Edge declaration put together from the
 * associations, the settings and where its code is.
 */

import {
  EDGE_EVENTS,
  type EdgeAssociation,
  type EdgeEvent,
  type EdgeFunctionDeclaration,
  type LambdaDeploySettings,
} from '../edge-functions/types.js'

/** The events a function runs on, in CloudFront's order, once each. */
export function eventsOf(associations: readonly EdgeAssociation[]): EdgeEvent[] {
  return EDGE_EVENTS.filter((event) => associations.some((a) => a.event === event))
}

/** The export a handler names: `index.handler` → `handler`. */
export function handlerExport(handler: string | undefined): string {
  if (!handler) return 'handler'
  const dot = handler.lastIndexOf('.')
  return dot >= 0 ? handler.slice(dot + 1) : handler
}

/** Where a Lambda's code is: inline in the source, a file of the repository, or somewhere the gate cannot read (why). */
export interface LambdaCodePlace {
  inline?: Pick<EdgeFunctionDeclaration, 'code' | 'codeLine' | 'codeOnOneLine'>
  path?: string
  elsewhere: string
}

export function lambdaEdgeDeclaration(
  function_: { name: string; file: string; line: number; handler: string | undefined },
  associations: readonly (EdgeAssociation & { includeBody: boolean })[],
  code: LambdaCodePlace,
  settings: LambdaDeploySettings,
): EdgeFunctionDeclaration {
  const declaration: EdgeFunctionDeclaration = {
    name: function_.name,
    kind: 'lambda-edge',
    file: function_.file,
    declaredAt: { file: function_.file, line: function_.line },
    handler: handlerExport(function_.handler),
    events: eventsOf(associations),
    includeBody: associations.some((a) => a.includeBody),
    associations: associations.map(({ event, file, line }) => ({ event, file, line })),
    lambda: settings,
  }
  if (code.inline) Object.assign(declaration, code.inline)
  else if (code.path) {
    declaration.file = code.path
    declaration.path = code.path
  } else declaration.codeElsewhere = code.elsewhere
  return declaration
}

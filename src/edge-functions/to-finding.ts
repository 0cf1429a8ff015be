/** An edge function's finding as reported: severity and prose from the catalogue, the code's file and line kept. */
import { CATALOGUE } from '../findings/catalogue.js'
import { fillTemplate } from '../findings/to-finding.js'
import type { JsonObject } from '../json.js'
import type { EdgeFunctionFindingDraft } from './types.js'

export interface EdgeFunctionFinding {
  code: EdgeFunctionFindingDraft['code']
  severity: 'error' | 'warning' | 'notice'
  /** The function's name. */
  function: string
  file: string
  line: number
  message: string
  remedy: string
  details: JsonObject
}

export function toEdgeFunctionFinding(draft: EdgeFunctionFindingDraft): EdgeFunctionFinding {
  const entry = CATALOGUE[draft.code]
  const allowed = entry.allowed ?? [entry.severity]
  const severity = draft.severity && allowed.includes(draft.severity) ? draft.severity : entry.severity
  const fields = { origin: draft.function, file: draft.file, line: draft.line, ...draft.details }
  return {
    code: draft.code,
    severity,
    function: draft.function,
    file: draft.file,
    line: draft.line,
    message: fillTemplate(entry.message, fields, entry),
    remedy: fillTemplate(entry.remedy, fields, entry),
    details: draft.details,
  }
}

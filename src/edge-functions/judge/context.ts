/**
 * What every rule of the judge needs: which function, event and request, what went in, what the function
 * wrote (and where), and a way to name the line behind a finding.
 */
import type { JsonObject, JsonValue } from '../../json.js'
import type { SandboxOutcome } from '../sandbox/host.js'
import type { EdgeEvent, EdgeFunctionCode, EdgeFunctionFindingDraft, EdgeFunctionKind } from '../types.js'

export interface FunctionSite {
  name: string
  kind: EdgeFunctionKind
  file: string
  handlerName: string
  /** The handler's line: where a finding points when nothing better is known. */
  handlerLine: number
  /** First line of each lower-cased name or string the code spells (header names, field names). */
  spelled: ReadonlyMap<string, { file: string; line: number }>
  includeBody: boolean
}

export class Judgement {
  readonly findings: EdgeFunctionFindingDraft[] = []

  constructor(
    readonly site: FunctionSite,
    readonly event: EdgeEvent,
    readonly request: string,
    readonly outcome: SandboxOutcome,
  ) {}

  /** The line of the last write at or above `path` (`['request', 'headers', 'host']`), else a spelling of its last part. */
  where(path: readonly string[], spelledAs?: string): { file: string; line: number } {
    const writes = path.length === 0 ? [] : (this.outcome.writes ?? [])
    for (let i = writes.length - 1; i >= 0; i--) {
      const write = writes[i]!
      if (write.line === undefined) continue
      const n = Math.min(write.path.length, path.length)
      let same = true
      for (let j = 0; j < n; j++) if (write.path[j]!.toLowerCase() !== path[j]!.toLowerCase()) same = false
      if (same) return { file: write.file ?? this.site.file, line: write.line }
    }
    const spelled = this.site.spelled.get((spelledAs ?? path[path.length - 1] ?? '').toLowerCase())
    return spelled ?? { file: this.site.file, line: this.site.handlerLine }
  }

  add(
    code: EdgeFunctionCode,
    at: { file: string; line: number },
    details: JsonObject,
    severity?: EdgeFunctionFindingDraft['severity'],
  ): void {
    const finding: EdgeFunctionFindingDraft = {
      code,
      function: this.site.name,
      file: at.file,
      line: at.line,
      details: {
        event: this.event,
        request: this.request,
        ...details,
        ...('bytes' in details || 'length' in details ? { size: details['bytes'] ?? details['length'] ?? 0 } : {}),
      },
    }
    if (severity !== undefined) finding.severity = severity
    this.findings.push(finding)
  }

  invalid(path: readonly string[], problem: string, extra: JsonObject = {}): void {
    this.add('EDGE_FUNCTION_INVALID_OUTPUT', this.where(path), { field: path.length === 0 ? 'result' : path.join('.'), problem, ...extra })
  }
}

export function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Standard base64 as CloudFront decodes it: groups of four, padding only at the end. */
export function isBase64(text: string): boolean {
  return text.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(text)
}

export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

/** A value from the function's output as text for a finding: strings as they are, the rest as JSON. */
export function text(value: JsonValue | undefined): string {
  return typeof value === 'string' ? value : JSON.stringify(value ?? null)
}

import path from 'node:path'
import type { AnnotationProperties } from '@actions/core'
import type { ConfigProblem, OriginConfig } from '../config/types.js'
import type { Finding, Severity } from '../findings/finding.js'
import { repositoryRoot } from '../config/edge-function-config.js'
import { findingLine, sarifPlaces } from '../report/location.js'
import { findingsInOrder } from '../report/text.js'
import type { Report } from '../engine/report.js'
import { forTerminal } from '../text/escape.js'
import { entryLineOf } from '../findings/acceptance.js'

/** One workflow annotation: which core function to call, and with what. */
export interface Annotation {
  level: Severity
  message: string
  properties: AnnotationProperties
  /** About an accepted finding: a notice that yields its slot to every finding that counts. */
  accepted?: boolean
}

/** `file` as GitHub wants it: relative to the repository root, forward slashes. */
export function repoRelativePath(file: string, repoRoot: string): string {
  return path.relative(repoRoot, path.resolve(repoRoot, file)).split(path.sep).join('/')
}

/** One annotation per finding, at the config line the finding concerns (the PR diff shows it there). */
export function findingAnnotations(report: Report, origins: readonly OriginConfig[], configFile: string, repoRoot: string): Annotation[] {
  return annotationsByOrigin(report, origins, configFile, repoRoot).flat()
}

/**
 * The annotations of each origin, in config order, each origin's most severe first; the findings about
 * the config itself (an `accept` entry expired or unused) come first, as a group of their own; each edge
 * function's come last, at its code's file and the finding's line (the selection takes one per group
 * before a second of any, errors first).
 */
export function annotationsByOrigin(
  report: Report,
  origins: readonly OriginConfig[],
  configFile: string,
  repoRoot: string,
  sourceRoot = repoRoot,
): Annotation[][] {
  const file = repoRelativePath(configFile, repoRoot)
  // A finding made by reading a source points at its line of that file, not at the config.
  const placeOf = sarifPlaces(origins, configFile, repoRoot, sourceRoot)
  const aboutConfig = (report.configFindings ?? []).map((finding) => configFindingAnnotation(finding, file))
  const byOrigin = report.origins.map((originReport) =>
    findingsInOrder(originReport.findings).map((finding) => {
      const place = placeOf(finding, originReport)
      return findingAnnotation(finding, place.uri, place.line)
    }),
  )
  // Function files are named from the repository root the config sits in (the folder holding `.github/`).
  const functionRoot = repositoryRoot(path.resolve(repoRoot, configFile))
  const byFunction = (report.functions ?? []).map((fn) =>
    findingsInOrder(fn.findings).map((finding) =>
      findingAnnotation(finding, repoRelativePath(path.resolve(functionRoot, finding.file ?? fn.file), repoRoot), finding.line ?? fn.line),
    ),
  )
  return [...(aboutConfig.length > 0 ? [aboutConfig] : []), ...byOrigin, ...byFunction]
}

/** An accepted finding is a notice, saying until when and why; it never shows as the error it was. */
export function findingAnnotation(finding: Finding, file: string, startLine: number): Annotation {
  if (finding.accepted) {
    const { until, reason } = finding.accepted
    return {
      level: 'notice',
      message: `Accepted until ${until}: ${reason}\n${finding.message}\n${finding.remedy}`,
      properties: { file, startLine, title: `${finding.code} ${finding.origin} (accepted ${finding.severity})` },
      accepted: true,
    }
  }
  return {
    level: finding.severity,
    // @actions/core escapes the command itself (%, CR, LF; `:` and `,` in properties); the values must
    // still be one line each and free of control characters, since the annotation shows them as they are.
    message: `${forTerminal(finding.message)}\n${forTerminal(finding.remedy)}`,
    properties: { file, startLine, title: forTerminal(`${finding.code} ${finding.origin}`) },
  }
}

/** At the line of the `accept` entry it is about. */
export function configFindingAnnotation(finding: Finding, file: string): Annotation {
  return {
    level: finding.severity,
    message: `${finding.message}\n${finding.remedy}`,
    properties: { file, startLine: entryLineOf(finding), title: finding.code },
  }
}

/** The line of the field a finding is about, else the origin's (src/report/location.ts). */
export const annotationLine = findingLine

/** One error annotation per config problem, titled with the code a config problem reports under. */
export function configProblemAnnotations(problems: readonly ConfigProblem[], repoRoot: string): Annotation[] {
  return problems.map((problem) => ({
    level: 'error',
    message: forTerminal(problem.path ? `${problem.path}: ${problem.message}` : problem.message),
    properties: {
      file: repoRelativePath(problem.file, repoRoot),
      startLine: problem.line,
      startColumn: problem.col,
      title: 'CONFIG_INVALID',
    },
  }))
}

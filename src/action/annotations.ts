import path from 'node:path'
import type { AnnotationProperties } from '@actions/core'
import type { ConfigProblem, OriginConfig } from '../config/types.js'
import type { Finding, Severity } from '../findings/finding.js'
import { repositoryRoot } from '../config/edge-function-config.js'
import { findingLine, lineLocator } from '../report/location.js'
import { findingsInOrder } from '../report/text.js'
import type { Report } from '../report/types.js'

/** One workflow annotation: which core function to call, and with what. */
export interface Annotation {
  level: Severity
  message: string
  properties: AnnotationProperties
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
 * The annotations of each origin, in config order, each origin's most severe first; then each edge
 * function's, at its code's file and the finding's line (the selection takes one per origin or function
 * before a second of any, errors first).
 */
export function annotationsByOrigin(report: Report, origins: readonly OriginConfig[], configFile: string, repoRoot: string): Annotation[][] {
  const file = repoRelativePath(configFile, repoRoot)
  const lineOf = lineLocator(origins)
  // Function files are named from the repository root the config sits in (the folder holding `.github/`).
  const functionRoot = repositoryRoot(path.resolve(repoRoot, configFile))
  return [
    ...report.origins.map((originReport) =>
      findingsInOrder(originReport.findings).map((finding) => findingAnnotation(finding, file, lineOf(finding, originReport))),
    ),
    ...(report.functions ?? []).map((fn) =>
      findingsInOrder(fn.findings).map((finding) =>
        findingAnnotation(finding, repoRelativePath(path.resolve(functionRoot, finding.file ?? fn.file), repoRoot), finding.line ?? fn.line),
      ),
    ),
  ]
}

export function findingAnnotation(finding: Finding, file: string, startLine: number): Annotation {
  return {
    level: finding.severity,
    message: `${finding.message}\n${finding.remedy}`,
    properties: { file, startLine, title: `${finding.code} ${finding.origin}` },
  }
}

/** The line of the field a finding is about, else the origin's (src/report/location.ts). */
export const annotationLine = findingLine

/** One error annotation per config problem, titled with the code a config problem reports under. */
export function configProblemAnnotations(problems: readonly ConfigProblem[], repoRoot: string): Annotation[] {
  return problems.map((problem) => ({
    level: 'error',
    message: problem.path ? `${problem.path}: ${problem.message}` : problem.message,
    properties: {
      file: repoRelativePath(problem.file, repoRoot),
      startLine: problem.line,
      startColumn: problem.col,
      title: 'CONFIG_INVALID',
    },
  }))
}

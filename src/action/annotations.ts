import path from 'node:path'
import type { AnnotationProperties } from '@actions/core'
import type { ConfigProblem, OriginConfig } from '../config/types.js'
import type { Finding, Severity } from '../findings.js'
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
  const file = repoRelativePath(configFile, repoRoot)
  const byName = new Map(origins.map((origin) => [origin.name, origin]))
  return report.origins.flatMap((originReport) =>
    originReport.findings.map((finding) => {
      const origin = byName.get(finding.origin) ?? byName.get(originReport.name)
      const startLine = origin ? annotationLine(finding, origin) : originReport.configLine
      return findingAnnotation(finding, file, startLine)
    }),
  )
}

export function findingAnnotation(finding: Finding, file: string, startLine: number): Annotation {
  return {
    level: finding.severity,
    message: `${finding.message}\n${finding.remedy}`,
    properties: { file, startLine, title: `${finding.code} ${finding.origin}` },
  }
}

/**
 * The origin's line, or the line of the field the finding is about when the origin sets it: the port
 * that refused, the name the certificate fails to cover, or the domain whose DNS is broken.
 */
export function annotationLine(finding: Finding, origin: OriginConfig): number {
  const fieldLine = (key: string): number | undefined => origin.fieldLines[key]
  if (finding.code.startsWith('PORT_')) {
    const portField = finding.port === origin.httpsPort ? 'https-port' : finding.port === origin.httpPort ? 'http-port' : undefined
    return (portField && fieldLine(portField)) ?? origin.line
  }
  if (finding.code === 'CERT_NAME_MISMATCH') {
    const aboutHostHeader = origin.hostHeader !== undefined && finding.name === origin.hostHeader
    const line = aboutHostHeader
      ? (fieldLine('host-header') ?? fieldLine('domain'))
      : (fieldLine('domain') ?? fieldLine('host-header'))
    return line ?? origin.line
  }
  // DNS findings are about the name the edge resolves.
  if (finding.code.startsWith('DNS_')) return fieldLine('domain') ?? origin.line
  return origin.line
}

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

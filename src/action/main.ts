import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import * as core from '@actions/core'
import { context } from '@actions/github'
import { loadConfig } from '../config/load.js'
import type { Config, OriginConfig } from '../config/types.js'
import { runPreflight } from '../engine/run.js'
import { ConfigError, UsageError } from '../errors.js'
import { JOB_SUMMARY_LIMIT_BYTES, fitMarkdown } from '../report/fit.js'
import { renderJson } from '../report/json.js'
import { maskReport } from '../report/mask.js'
import { mergeReports } from '../report/merge.js'
import { renderSarif } from '../report/sarif.js'
import { renderText } from '../report/text.js'
import type { Report } from '../engine/report.js'
import { defuseCommandLines } from '../text/escape.js'
import { findingSlots, notAnnotatedNote, selectAnnotations } from './annotation-limits.js'
import { annotationsByOrigin, configProblemAnnotations, repoRelativePath, type Annotation } from './annotations.js'
import { sarifPlaces } from '../report/location.js'
import { globFiles } from './glob.js'
import { parseActionInputs, type ActionInputs } from './inputs.js'
import { configErrorOutputs, failureMessage, reportOutputs } from './outputs.js'
import { publishComment, publishExpiryIssue, runLink, type GitHubTarget } from './publish.js'
import { readReportFile } from './report-file.js'
import { runEventOf, type RunEvent } from './run-event.js'
import { commentForPullRequestRun } from './workflow-run.js'

/** The action: inputs → engine → annotations, job summary, report files, PR comment, outputs. Never throws. */
export async function run(): Promise<void> {
  const repoRoot = process.env['GITHUB_WORKSPACE'] || process.cwd()
  try {
    const inputs = parseActionInputs((name) => core.getInput(name))
    const event = runEventOf(context)
    if (event.kind === 'workflow_run') await commentFromArtifact(inputs, event, repoRoot)
    else if (inputs.mergeReports) await mergeGate(inputs, event, repoRoot)
    else await runGate(inputs, event, repoRoot)
  } catch (error) {
    if (error instanceof ConfigError) {
      for (const secret of error.secrets) core.setSecret(secret)
      failOnConfig(error, repoRoot)
    } else {
      core.setFailed(error instanceof Error ? error.message : String(error))
    }
  }
}

async function runGate(inputs: ActionInputs, event: RunEvent, repoRoot: string): Promise<void> {
  const configFile = path.resolve(repoRoot, inputs.config)
  const config = loadConfig(configFile)
  for (const secret of config.secrets) if (secret) core.setSecret(secret)
  // Masked once, as data: every rendering below (log, annotations, summary, files, comment) starts from it.
  const report = maskReport(await runPreflight(config, inputs.run), config.secrets)
  const { origins, only, shard } = inputs.run
  const partial = Boolean((origins && origins.length > 0) || shard || (only && !only.includes('certificate')))
  await publishVerdict(report, {
    inputs,
    event,
    repoRoot,
    configFile,
    origins: config.origins,
    partial,
    ...(config.root ? { sourceRoot: config.root } : {}),
  })
}

/**
 * `merge-reports`: nothing is probed; the shard reports become one report, published as one run would
 * publish it (one verdict, summary, comment, expiry issue, SARIF file). The config, when it loads here
 * and is the one the shards ran, points annotations at the exact field; else at each origin's line.
 */
async function mergeGate(inputs: ActionInputs, event: RunEvent, repoRoot: string): Promise<void> {
  const files = globFiles(inputs.mergeReports!, repoRoot)
  if (files.length === 0) throw new UsageError(`merge-reports: no file matches ${inputs.mergeReports} (download the shard reports first)`)
  const report = mergeReports(files.map((file) => ({ file: repoRelativePath(file, repoRoot), report: readReportFile(file) })))
  core.info(`Merged ${files.length} shard reports: ${report.summary.origins} origins.`)
  const configFile = path.resolve(repoRoot, inputs.config)
  const config = tryLoadConfig(configFile)
  const origins = config && config.digest === report.configDigest ? config.origins : []
  const partial = Boolean(inputs.run.origins?.length) || !report.origins.some((o) => o.checks.includes('certificate'))
  await publishVerdict(report, {
    inputs,
    event,
    repoRoot,
    configFile,
    origins,
    partial,
    ...(config?.root ? { sourceRoot: config.root } : {}),
  })
}

function tryLoadConfig(file: string): Config | undefined {
  try {
    return loadConfig(file)
  } catch {
    return undefined
  }
}

interface Publication {
  inputs: ActionInputs
  event: RunEvent
  repoRoot: string
  configFile: string
  /** The config's origins, for exact annotation lines; empty: each origin's own line. */
  origins: readonly OriginConfig[]
  /** Only part of the origins or checks: the expiry issue, which speaks for all of them, is left alone. */
  partial: boolean
  /** The config's repository root, which source file paths are relative to. */
  sourceRoot?: string
}

async function publishVerdict(
  report: Report,
  { inputs, event, repoRoot, configFile, origins, partial, sourceRoot = repoRoot }: Publication,
): Promise<void> {
  core.info(defuseCommandLines(renderText(report, { color: true })))

  const comment = event.kind === 'pull_request' && inputs.comment
  const expiryIssue = inputs.expiryIssue && (event.kind === 'schedule' || event.kind === 'workflow_dispatch')
  const selection = selectAnnotations(
    annotationsByOrigin(report, origins, configFile, repoRoot, sourceRoot),
    findingSlots({ failing: !report.passed, mayNotice: comment || expiryIssue }),
  )
  for (const annotation of selection.shown) annotate(annotation)
  const notes = [notAnnotatedNote(selection.notShown)].filter((note): note is string => note !== undefined)
  // Outside a pull request the run is a sweep of sorts: the expiry calendar is what it is read for.
  await writeJobSummary(
    fitMarkdown(report, JOB_SUMMARY_LIMIT_BYTES - 1, { notes, expiryCalendar: !event.name.startsWith('pull_request') }).markdown,
  )

  const reportPath = inputs.reportPath ? await writeReportFile(repoRoot, inputs.reportPath, renderJson(report)) : undefined
  if (inputs.sarifPath) {
    const sarif = renderSarif(report, {
      configUri: repoRelativePath(configFile, repoRoot),
      placeOf: sarifPlaces(origins, configFile, repoRoot, sourceRoot),
    })
    await writeReportFile(repoRoot, inputs.sarifPath, sarif)
  }
  setOutputs(reportOutputs(report, reportPath))

  const target = gitHubTarget(inputs, event, repoRoot, event.kind === 'pull_request' ? event.headSha : undefined)
  if (event.kind === 'pull_request' && inputs.comment) await publishComment(report, event, target)
  if (inputs.expiryIssue) await maybePublishExpiryIssue(report, partial, event, target)
  if (!report.passed) core.setFailed(failureMessage(report))
}

/** The expiry issue speaks for every certificate, so only a sweep of every origin may open or close it. */
async function maybePublishExpiryIssue(report: Report, partial: boolean, event: RunEvent, target: GitHubTarget): Promise<void> {
  if (event.kind !== 'schedule' && event.kind !== 'workflow_dispatch') {
    core.debug(`expiry-issue: not on ${event.name || 'this event'}; only schedule and workflow_dispatch runs keep the issue.`)
    return
  }
  if (partial) {
    core.notice(
      'expiry-issue: this run checked only part of the origins or skipped the certificate check, so the expiry issue was left as it is.',
    )
    return
  }
  await publishExpiryIssue(report, event.repo, target)
}

/**
 * `workflow_run` (the fork pattern): nothing is probed; the pull-request run's JSON report becomes the
 * sticky comment, the job summary and the outputs. Its verdict already failed or passed that run.
 */
async function commentFromArtifact(
  inputs: ActionInputs,
  event: Extract<RunEvent, { kind: 'workflow_run' }>,
  repoRoot: string,
): Promise<void> {
  if (!inputs.reportPath)
    throw new UsageError(
      'report-path: on workflow_run, name the JSON report the pull-request run uploaded (see "Fork pull requests" in the README)',
    )
  const reportPath = path.resolve(repoRoot, inputs.reportPath)
  const report = readReportFile(reportPath)
  await writeJobSummary(fitMarkdown(report, JOB_SUMMARY_LIMIT_BYTES - 1).markdown)
  setOutputs(reportOutputs(report, reportPath))
  if (!inputs.comment) return
  await commentForPullRequestRun(report, event.repo, event.run, gitHubTarget(inputs, event, repoRoot, event.run.headSha))
}

function gitHubTarget(inputs: ActionInputs, event: RunEvent, repoRoot: string, sha?: string): GitHubTarget {
  const shard = inputs.run.shard ? `#${inputs.run.shard.index}/${inputs.run.shard.count}` : ''
  const target: GitHubTarget = {
    token: core.getInput('github-token').trim(),
    link: runLink({ serverUrl: context.serverUrl, runId: context.runId, repo: event.repo, sha: sha || context.sha }),
    key: repoRelativePath(path.resolve(repoRoot, inputs.config), repoRoot) + shard,
    apiUrl: context.apiUrl,
  }
  return target
}

async function writeReportFile(repoRoot: string, file: string, text: string): Promise<string> {
  const absolute = path.resolve(repoRoot, file)
  await mkdir(path.dirname(absolute), { recursive: true })
  await writeFile(absolute, text, 'utf8')
  return absolute
}

/** The config is wrong: nothing was probed, each problem is annotated where it is. */
function failOnConfig(error: ConfigError, repoRoot: string): void {
  for (const annotation of configProblemAnnotations(error.problems, repoRoot)) annotate(annotation)
  setOutputs(configErrorOutputs(error.problems.length))
  const first = error.problems[0]
  const where = first ? ` (${repoRelativePath(first.file, repoRoot)})` : ''
  core.setFailed(`The origin-preflight config is invalid${where}: ${error.problems.length} problem(s); nothing was probed.`)
}

function annotate(annotation: Annotation): void {
  const emit = { error: core.error, warning: core.warning, notice: core.notice }[annotation.level]
  emit(annotation.message, annotation.properties)
}

function setOutputs(outputs: object): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value)
}

/** Outside a workflow run there is no summary file; the report is already in the log, so skip it quietly. */
async function writeJobSummary(markdown: string): Promise<void> {
  if (!process.env['GITHUB_STEP_SUMMARY']) {
    core.debug('GITHUB_STEP_SUMMARY is not set; no job summary written.')
    return
  }
  await core.summary.addRaw(markdown).write()
}

import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import * as core from '@actions/core'
import { loadConfig } from '../config/load.js'
import { runPreflight } from '../engine/run.js'
import { ConfigError } from '../errors.js'
import { renderJson } from '../report/json.js'
import { renderMarkdown } from '../report/markdown.js'
import { maskSecrets } from '../report/mask.js'
import { renderText } from '../report/text.js'
import { configProblemAnnotations, findingAnnotations, repoRelativePath, type Annotation } from './annotations.js'
import { parseActionInputs } from './inputs.js'
import { configErrorOutputs, failureMessage, reportOutputs } from './outputs.js'

/** The action: inputs → engine → annotations, job summary, report file, outputs. Never throws. */
export async function run(): Promise<void> {
  const repoRoot = process.env['GITHUB_WORKSPACE'] || process.cwd()
  try {
    const inputs = parseActionInputs((name) => core.getInput(name))
    if (inputs.sarifPath) core.warning(`sarif-path: SARIF output is not implemented yet; ${inputs.sarifPath} was not written.`)
    core.debug(`comment=${inputs.comment}, github-token ${inputs.hasToken ? 'given' : 'absent'}: sticky PR comments are not implemented yet, so no comment is posted.`)

    const configFile = path.resolve(repoRoot, inputs.config)
    const config = loadConfig(configFile)
    for (const secret of config.secrets) if (secret) core.setSecret(secret)
    const mask = (text: string): string => maskSecrets(text, config.secrets)

    const report = await runPreflight(config, inputs.run)
    core.info(mask(renderText(report, { color: true })))
    for (const annotation of findingAnnotations(report, config.origins, configFile, repoRoot)) {
      annotate({ ...annotation, message: mask(annotation.message) })
    }
    await writeJobSummary(mask(renderMarkdown(report)))

    let reportPath: string | undefined
    if (inputs.reportPath) {
      reportPath = path.resolve(repoRoot, inputs.reportPath)
      await mkdir(path.dirname(reportPath), { recursive: true })
      await writeFile(reportPath, mask(renderJson(report)), 'utf8')
    }
    setOutputs(reportOutputs(report, reportPath))
    if (!report.passed) core.setFailed(mask(failureMessage(report)))
  } catch (error) {
    if (error instanceof ConfigError) {
      failOnConfig(error, repoRoot)
    } else {
      core.setFailed(error instanceof Error ? error.message : String(error))
    }
  }
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

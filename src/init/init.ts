import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, isAbsolute, relative, resolve } from 'node:path'
import { hostnameProblem } from '../config/hostname.js'
import { FileExistsError, UsageError } from '../errors.js'
import type { EdgeName } from '../vocabulary.js'
import { configText } from './config-file.js'
import { discoverSources, foundAny, type FoundSources } from './discover.js'
import { DEFAULT_ACTION_REF, workflowText } from './workflow-file.js'

export const WORKFLOW_PATH = '.github/workflows/origin-preflight.yml'

export interface InitOptions {
  /** The repository root: where `.github/` goes. */
  root: string
  /** The config, relative to the root. */
  configPath: string
  domains: string[]
  edge: EdgeName
  sarif: boolean
  actionRef?: string
}

export interface InitResult {
  /** Absolute paths of the files written: the config, then the workflow. */
  written: string[]
  config: string
  domains: string[]
  sources: FoundSources
}

/**
 * Writes the config and the workflow, never over an existing file (checked for both before either is
 * written). Origins come from the domains given and from the templates found in the repository.
 */
export function init(options: InitOptions): InitResult {
  const domains = [...new Set(options.domains)]
  for (const domain of domains) {
    const problem = hostnameProblem(domain)
    if (problem) throw new UsageError(`--domain ${domain}: ${problem}`)
  }
  const configPath = toRootRelative(options.root, options.configPath)
  const config = resolve(options.root, configPath)
  const workflow = resolve(options.root, WORKFLOW_PATH)
  for (const file of [config, workflow]) {
    if (existsSync(file))
      throw new FileExistsError(
        `${relative(options.root, file)} already exists; init never overwrites a file (move it away to start again)`,
      )
  }
  const sources = discoverSources(options.root)
  if (domains.length === 0 && !foundAny(sources)) {
    throw new UsageError(
      'no origins: name them with --domain (the origin domains the edge connects to); no CloudFormation, CDK or Terraform distribution was found in this folder',
    )
  }
  const texts: [string, string][] = [
    [config, configText({ domains, edge: options.edge, sources })],
    [workflow, workflowText({ configPath, sources, actionRef: options.actionRef ?? DEFAULT_ACTION_REF, sarif: options.sarif })],
  ]
  for (const [file, text] of texts) {
    mkdirSync(dirname(file), { recursive: true })
    // `wx`: a file that appeared since the check above is still never overwritten.
    writeFileSync(file, text, { flag: 'wx' })
  }
  return { written: texts.map(([file]) => file), config, domains, sources }
}

function toRootRelative(root: string, path: string): string {
  const relativePath = isAbsolute(path) ? relative(root, path) : path
  if (relativePath.startsWith('..')) throw new UsageError(`--config ${path}: must be inside the repository (${root})`)
  return relativePath.split('\\').join('/')
}

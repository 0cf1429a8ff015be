import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs'
import { join, relative, sep } from 'node:path'

/** Infrastructure code that declares CloudFront distributions, as `init` found it (paths relative to the root, `/`-separated). */
export interface FoundSources {
  /** CloudFormation or SAM templates, YAML or JSON. */
  cloudformation: string[]
  /** `cdk.out/*.template.json` when the synthesized templates declare a distribution. */
  cdkOut?: { glob: string; gitignored: boolean }
  /** Folders whose `.tf` files declare `aws_cloudfront_distribution`: read through a plan. */
  terraformDirs: string[]
}

/** Bounds of the walk: a repository is small, a checkout with a stray node_modules is not. */
const MAX_ENTRIES = 20_000
const MAX_DEPTH = 12
const MAX_FILE_BYTES = 4 * 1024 * 1024
/** Folders that hold generated or third-party files, never the repository's own templates. */
const SKIPPED_DIRS = new Set(['node_modules', 'cdk.out', '.git', '.terraform', '.aws-sam', 'dist', 'vendor'])
const TEMPLATE_EXTENSIONS = /\.(ya?ml|json|template)$/i
const CLOUDFRONT_TYPE = 'AWS::CloudFront::Distribution'
const TERRAFORM_DISTRIBUTION = /resource\s+"aws_cloudfront_distribution"/

export function discoverSources(root: string): FoundSources {
  const found: FoundSources = { cloudformation: [], terraformDirs: [] }
  const terraform = new Set<string>()
  let visited = 0
  const walk = (dir: string, depth: number): void => {
    let entries: Dirent[]
    try {
      entries = readdirSync(dir, { withFileTypes: true })
    } catch {
      return
    }
    entries.sort((a, b) => a.name.localeCompare(b.name))
    for (const entry of entries) {
      if (++visited > MAX_ENTRIES) return
      const path = join(dir, entry.name)
      if (entry.isDirectory()) {
        if (depth < MAX_DEPTH && !SKIPPED_DIRS.has(entry.name) && !(entry.name.startsWith('.') && entry.name !== '.github'))
          walk(path, depth + 1)
      } else if (entry.isFile()) {
        if (
          TEMPLATE_EXTENSIONS.test(entry.name) &&
          declares(path, (text) => text.includes(CLOUDFRONT_TYPE) && text.includes('Resources'))
        ) {
          found.cloudformation.push(toPosix(relative(root, path)))
        } else if (entry.name.endsWith('.tf') && declares(path, (text) => TERRAFORM_DISTRIBUTION.test(text))) {
          terraform.add(toPosix(relative(root, dir)) || '.')
        }
      }
    }
  }
  walk(root, 0)
  found.terraformDirs = [...terraform].sort()
  const cdkOut = cdkTemplates(root)
  if (cdkOut) found.cdkOut = cdkOut
  return found
}

function cdkTemplates(root: string): FoundSources['cdkOut'] {
  const dir = join(root, 'cdk.out')
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return undefined
  }
  const declaring = names.filter(
    (name) => name.endsWith('.template.json') && declares(join(dir, name), (text) => text.includes(CLOUDFRONT_TYPE)),
  )
  if (declaring.length === 0) return undefined
  return { glob: 'cdk.out/*.template.json', gitignored: gitignores(root, 'cdk.out') }
}

/** Whether the root .gitignore names the folder: then a checkout lacks it and the workflow must synthesize it. */
function gitignores(root: string, folder: string): boolean {
  try {
    return readFileSync(join(root, '.gitignore'), 'utf8')
      .split(/\r?\n/)
      .some((line) => line.trim().replace(/^\//, '').replace(/\/$/, '') === folder)
  } catch {
    return false
  }
}

function declares(file: string, test: (text: string) => boolean): boolean {
  try {
    if (statSync(file).size > MAX_FILE_BYTES) return false
    return test(readFileSync(file, 'utf8'))
  } catch {
    return false
  }
}

function toPosix(path: string): string {
  return path.split(sep).join('/')
}

export function foundAny(found: FoundSources): boolean {
  return found.cloudformation.length > 0 || found.cdkOut !== undefined || found.terraformDirs.length > 0
}

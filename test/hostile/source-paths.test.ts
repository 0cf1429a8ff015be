import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { loadConfig } from '../../src/config/load.js'
import { readCloudFormation } from '../../src/sources/cloudformation.js'
import type { Config } from '../../src/config/types.js'

const TERRAFORM = fileURLToPath(new URL('../fixtures/edge-sources/terraform/', import.meta.url))
const CONFIG = 'origin-preflight.yml'

/** A repository in a fresh directory: the config at its root, and `files` (text, or a link's target). */
function repository(files: Record<string, string | { link: string }>): string {
  const dir = mkdtempSync(join(tmpdir(), 'op-source-paths-'))
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true })
    if (typeof content === 'string') writeFileSync(join(dir, name), content)
    else symlinkSync(content.link, join(dir, name))
  }
  return dir
}

/** A distribution whose origin-request runs the Lambda `Edge`, its code in the CDK asset folder `asset`. */
function cdkTemplate(asset: string): string {
  return [
    'Resources:',
    '  Cdn:',
    '    Type: AWS::CloudFront::Distribution',
    '    Properties:',
    '      DistributionConfig:',
    '        Enabled: true',
    '        Origins:',
    '          - Id: app',
    '            DomainName: app.example.com',
    '            CustomOriginConfig: {OriginProtocolPolicy: https-only}',
    '        DefaultCacheBehavior:',
    '          TargetOriginId: app',
    '          ViewerProtocolPolicy: redirect-to-https',
    '          LambdaFunctionAssociations:',
    '            - EventType: origin-request',
    '              LambdaFunctionARN: !Ref EdgeVersion',
    '  EdgeVersion:',
    '    Type: AWS::Lambda::Version',
    '    Properties:',
    '      FunctionName: !Ref Edge',
    '  Edge:',
    '    Type: AWS::Lambda::Function',
    '    Metadata:',
    `      aws:asset:path: ${asset}`,
    '    Properties:',
    '      Runtime: nodejs20.x',
    '      Handler: index.handler',
    '      Code: {S3Bucket: assets, S3Key: edge.zip}',
    '',
  ].join('\n')
}

const HANDLER = 'export const handler = async (event) => event.Records[0].cf.request\n'

function load(dir: string): Config {
  return loadConfig(join(dir, CONFIG), {})
}

const edge = (config: Config) => config.edgeFunctions?.find((f) => f.kind === 'lambda-edge')

/** `validate` in its own process: a read that blocks or aborts Node fails the test instead of stalling it. */
function validate(dir: string): { status: number | null; signal: string | null; stderr: string; stdout: string; ms: number } {
  const start = Date.now()
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'validate', '--config', join(dir, CONFIG)], {
    encoding: 'utf8',
    timeout: 30_000,
  })
  return { status: run.status, signal: run.signal, stderr: run.stderr, stdout: run.stdout, ms: Date.now() - start }
}

/** The Terraform fixture copied into a fresh repository, `edit` applied to its plan and `main.tf`. */
function terraformRepository(edit: {
  plan?: (plan: Record<string, unknown>) => void
  json?: (text: string) => string
  tf?: (text: string) => string
}): string {
  const dir = repository({ [CONFIG]: 'version: 1\nsources:\n  - terraform-plan: infra/plan.json\n' })
  cpSync(TERRAFORM, join(dir, 'infra'), { recursive: true })
  const plan = JSON.parse(readFileSync(join(dir, 'infra/plan.json'), 'utf8')) as Record<string, unknown>
  edit.plan?.(plan)
  const json = JSON.stringify(plan)
  writeFileSync(join(dir, 'infra/plan.json'), edit.json ? edit.json(json) : json)
  if (edit.tf) writeFileSync(join(dir, 'infra/main.tf'), edit.tf(readFileSync(join(dir, 'infra/main.tf'), 'utf8')))
  return dir
}

interface StateModule {
  resources?: { address?: string; values?: Record<string, unknown> }[]
  child_modules?: StateModule[]
}

const priorRoot = (plan: Record<string, unknown>) => (plan.prior_state as { values: { root_module: StateModule } }).values.root_module

describe('code paths named in templates and plans stay inside the repository', () => {
  it('an asset path that climbs out of the repository is not read: a warning at its line, the function unchecked', () => {
    const dir = repository({ [CONFIG]: 'version: 1\nsources:\n  - cloudformation: cdk.template.yaml\n' })
    writeFileSync(join(dir, 'cdk.template.yaml'), cdkTemplate('../../../../../../../../etc/ssl'))
    const config = load(dir)
    expect(config.staticFindings).toContainEqual(
      expect.objectContaining({
        code: 'SOURCE_INVALID',
        severity: 'warning',
        file: 'cdk.template.yaml',
        line: 24,
        details: { format: 'cloudformation', problem: 'outside-repository', setting: 'aws:asset:path' },
      }),
    )
    const fn = edge(config)!
    expect(fn.path).toBeUndefined()
    expect(fn.codeElsewhere).toMatch(/outside the repository/)
    // Nothing of /etc/ssl was weighed.
    expect(fn.lambda?.packageBytes).toBeUndefined()
  })

  it('a committed link to a file outside the repository is neither the handler nor part of the package', () => {
    const outside = mkdtempSync(join(tmpdir(), 'op-outside-'))
    writeFileSync(join(outside, 'index.js'), HANDLER)
    writeFileSync(join(outside, 'big.js'), 'x'.repeat(200_000))
    const dir = repository({
      [CONFIG]: 'version: 1\nsources:\n  - cloudformation: cdk.template.yaml\n',
      'cdk.template.yaml': cdkTemplate('asset'),
      'asset/index.js': { link: join(outside, 'index.js') },
      'asset/big.js': { link: join(outside, 'big.js') },
      'asset/lib.js': 'export const one = 1\n',
    })
    const fn = edge(load(dir))!
    expect(fn.path).toBeUndefined()
    expect(fn.codeElsewhere).toMatch(/no file for the handler/)
    // lib.js alone: a few hundred bytes, not the 200 kB behind the link.
    expect(fn.lambda?.packageBytes).toBeLessThan(1000)
  })

  it('a link to /proc/kmsg as the handler does not stall validate (the digest reads what the config reads)', () => {
    const dir = repository({
      [CONFIG]: 'version: 1\nsources:\n  - cloudformation: cdk.template.yaml\n',
      'cdk.template.yaml': cdkTemplate('asset'),
      'asset/index.js': { link: '/proc/kmsg' },
      'inside/fifo-target.js': HANDLER,
    })
    const run = validate(dir)
    expect(run.signal).toBeNull()
    expect(run.status).toBe(0)
    expect(run.ms).toBeLessThan(25_000)
  }, 40_000)

  it('code = file("/dev/zero") in a .tf file is not read: Node does not abort, a warning at the code line', () => {
    const dir = terraformRepository({ tf: (text) => text.replace('file("${path.module}/edge/rewrite.js")', 'file("/dev/zero")') })
    const run = validate(dir)
    expect(run.signal).toBeNull()
    expect(run.status).toBe(0)
    const config = load(dir)
    expect(config.staticFindings).toContainEqual(
      expect.objectContaining({
        code: 'SOURCE_INVALID',
        file: 'infra/main.tf',
        line: 9,
        details: { format: 'terraform-plan', problem: 'outside-repository', setting: 'code' },
      }),
    )
    // The plan's own text is what gets checked.
    expect(config.edgeFunctions?.find((f) => f.name === 'spa-rewrite')?.code).toContain('function handler')
  }, 40_000)

  it('an absolute source_dir outside the repository is not walked nor read', () => {
    const outside = mkdtempSync(join(tmpdir(), 'op-outside-'))
    writeFileSync(join(outside, 'index.js'), HANDLER)
    const dir = terraformRepository({
      plan: (plan) => {
        const archive = priorRoot(plan).resources?.find((r) => r.address === 'data.archive_file.auth')
        archive!.values!.source_dir = outside
      },
    })
    const config = load(dir)
    const fn = config.edgeFunctions?.find((f) => f.name === 'edge-auth')
    expect(fn?.path).toBeUndefined()
    expect(fn?.codeElsewhere).toBe(`${outside} (outside the repository)`)
    expect(fn?.lambda?.packageBytes).toBeUndefined()
    expect(config.staticFindings).toContainEqual(
      expect.objectContaining({
        code: 'SOURCE_INVALID',
        file: 'infra/main.tf',
        details: expect.objectContaining({ problem: 'outside-repository' }),
      }),
    )
  })
})

describe('a plan nested 20,000 modules deep', () => {
  it('is read: validate names no unexpected error', () => {
    let deepest = ''
    const dir = terraformRepository({
      plan: (plan) => {
        const root = priorRoot(plan)
        const archive = root.resources!.find((r) => r.address === 'data.archive_file.auth')!
        root.resources = root.resources!.filter((r) => r !== archive)
        deepest = JSON.stringify({ resources: [archive] })
        root.child_modules = ['DEEP' as StateModule]
      },
      // Written as text: JSON.stringify itself recurses.
      json: (text) => text.replace('"DEEP"', `${'{"child_modules":['.repeat(20_000)}${deepest}${']}'.repeat(20_000)}`),
    })
    expect(readFileSync(join(dir, 'infra/plan.json')).length).toBeGreaterThan(400_000)
    const run = validate(dir)
    expect(run.stderr).not.toMatch(/unexpected error/)
    expect(run.signal).toBeNull()
    expect(run.status).toBe(0)
  }, 40_000)
})

const ms = (action: () => void): number => {
  const start = performance.now()
  action()
  return performance.now() - start
}

/** `count` CloudFront Functions with inline code, one distribution associating none. */
function inlineFunctions(count: number): string {
  const lines = ['Resources:']
  for (let i = 0; i < count; i++) {
    lines.push(
      `  Fn${i}:`,
      '    Type: AWS::CloudFront::Function',
      '    Properties:',
      `      Name: fn-${i}`,
      '      FunctionConfig: {Runtime: cloudfront-js-2.0, Comment: x}',
      '      FunctionCode: |',
      '        function handler(event) {',
      '          return event.request',
      '        }',
    )
  }
  return `${lines.join('\n')}\n`
}

describe('many functions in one template', () => {
  it('4,000 inline functions read in time linear-ish: a small multiple of 1,000', () => {
    const times = [1000, 4000].map((count) => {
      const text = inlineFunctions(count)
      readCloudFormation(text, '/nowhere/warm.yaml')
      return Math.min(...[0, 1].map(() => ms(() => expect(readCloudFormation(text, '/nowhere/t.yaml').functions).toHaveLength(count))))
    })
    expect(times[1]! / times[0]!, `1,000: ${Math.round(times[0]!)} ms, 4,000: ${Math.round(times[1]!)} ms`).toBeLessThan(6)
  }, 120_000)

  it('a folder named by 400 functions is walked and read once', () => {
    const files: Record<string, string> = { 'asset/index.js': HANDLER }
    for (let i = 0; i < 400; i++) files[`asset/lib/m${i}.js`] = `export const v${i} = ${JSON.stringify('y'.repeat(2000))}\n`
    const template = ['Resources:', '  Cdn:', '    Type: AWS::CloudFront::Distribution', '    Properties:', '      DistributionConfig:']
    template.push('        Enabled: true', '        Origins: [{Id: app, DomainName: app.example.com, CustomOriginConfig: {}}]')
    template.push('        DefaultCacheBehavior: {TargetOriginId: app, ViewerProtocolPolicy: allow-all}', '        CacheBehaviors:')
    const functions: string[] = []
    for (let i = 0; i < 400; i++) {
      template.push(`          - PathPattern: /p${i}/*`, '            TargetOriginId: app', '            ViewerProtocolPolicy: allow-all')
      template.push('            LambdaFunctionAssociations:', `              - {EventType: origin-request, LambdaFunctionARN: !Ref V${i}}`)
      functions.push(`  V${i}:`, '    Type: AWS::Lambda::Version', `    Properties: {FunctionName: !Ref F${i}}`)
      functions.push(`  F${i}:`, '    Type: AWS::Lambda::Function', '    Metadata: {aws:asset:path: asset}')
      functions.push('    Properties: {Runtime: nodejs20.x, Handler: index.handler, Code: {S3Bucket: b, S3Key: k}}')
    }
    const dir = repository({
      ...files,
      [CONFIG]: 'version: 1\nsources:\n  - cloudformation: cdk.template.yaml\n',
      'cdk.template.yaml': `${[...template, ...functions].join('\n')}\n`,
    })
    let config: Config | undefined
    const took = ms(() => (config = load(dir)))
    expect(config!.edgeFunctions?.filter((f) => f.kind === 'lambda-edge')).toHaveLength(400)
    expect(new Set(config!.edgeFunctions?.map((f) => f.lambda?.packageBytes)).size).toBe(1)
    // Once: well under a second of reading; 400 walks of 400 files take tens of seconds.
    expect(took).toBeLessThan(4_000)
  }, 120_000)
})

import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { main } from '../../../src/cli/main.js'
import { loadConfig } from '../../../src/config/load.js'
import { actionStep, stepInputs, type Workflow } from '../../helpers/workflow.js'

const CONFIG = '.github/origin-preflight.yml'
const WORKFLOW = '.github/workflows/origin-preflight.yml'

function emptyRepository(): string {
  return mkdtempSync(join(tmpdir(), 'op-init-'))
}

async function cli(cwd: string, ...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  const out: string[] = []
  const err: string[] = []
  stdout.on('data', (chunk: Buffer) => out.push(chunk.toString()))
  stderr.on('data', (chunk: Buffer) => err.push(chunk.toString()))
  const code = await main(argv, { stdout, stderr, env: {}, cwd })
  return { code, stdout: out.join(''), stderr: err.join('') }
}

function workflowIn(root: string): Workflow {
  return parse(readFileSync(join(root, WORKFLOW), 'utf8')) as Workflow
}

describe('origin-preflight init on an empty repository', () => {
  it('writes a config of the domains given and a workflow, then validates them', async () => {
    const root = emptyRepository()
    const run = await cli(root, 'init', '--domain', 'origin.shop.example.com,api-origin.example.com', '--domain', 'origin.shop.example.com')
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout.split('\n').slice(0, 2)).toEqual([`wrote ${CONFIG}`, `wrote ${WORKFLOW}`])
    expect(run.stdout).toContain('replace your-org/origin-preflight@v0')
    expect(run.stdout).toMatch(
      /origin-preflight\.yml: valid, 2 origins\n {2}origin\.shop\.example\.com .*\n {2}api-origin\.example\.com .*\n$/,
    )
    const config = loadConfig(join(root, CONFIG), {})
    expect(config.origins.map((o) => [o.name, o.domain, o.edge])).toEqual([
      ['origin.shop.example.com', 'origin.shop.example.com', 'cloudfront'],
      ['api-origin.example.com', 'api-origin.example.com', 'cloudfront'],
    ])
  })

  it('writes a workflow for pull requests, a nightly sweep and a manual run, with only the permissions it uses', async () => {
    const root = emptyRepository()
    expect((await cli(root, 'init', '--domain', 'origin.example.com', '--uses', 'acme/origin-preflight@v1')).code).toBe(0)
    const workflow = workflowIn(root)
    expect(Object.keys(workflow.on)).toEqual(['pull_request', 'schedule', 'workflow_dispatch'])
    expect((workflow.on['pull_request'] as { paths: string[] }).paths).toEqual([CONFIG])
    expect(Object.keys((workflow.on['workflow_dispatch'] as { inputs: object }).inputs)).toEqual(['origins', 'only'])
    expect(workflow.permissions).toEqual({ contents: 'read', 'pull-requests': 'write', issues: 'write' })
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps)
    expect(steps.map((step) => step.uses)).toEqual(['actions/checkout@v5', 'acme/origin-preflight@v1'])
    // Every input it passes exists in action.yml, and a manual run's inputs reach the action.
    const inputs = stepInputs(actionStep(workflow), 'action.yml', { inputs: { origins: 'origin.example.com', only: 'tls' } })
    expect(inputs).toMatchObject({ config: CONFIG, origins: 'origin.example.com', only: 'tls', 'expiry-issue': 'true', 'sarif-path': '' })
  })

  it('with --sarif, uploads the SARIF file and asks for security-events: write', async () => {
    const root = emptyRepository()
    expect((await cli(root, 'init', '--domain', 'origin.example.com', '--sarif')).code).toBe(0)
    const workflow = workflowIn(root)
    expect(workflow.permissions).toEqual({ contents: 'read', 'pull-requests': 'write', issues: 'write', 'security-events': 'write' })
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps)
    const upload = steps.find((step) => step.uses === 'github/codeql-action/upload-sarif@v4')
    expect(upload?.with?.['sarif_file']).toBe(actionStep(workflow).with?.['sarif-path'])
    expect(upload?.if).toBe('${{ !cancelled() }}')
  })

  it('refuses to overwrite either file: exit 2, naming it, nothing written', async () => {
    const root = emptyRepository()
    mkdirSync(join(root, '.github', 'workflows'), { recursive: true })
    writeFileSync(join(root, WORKFLOW), 'name: mine\n')
    const run = await cli(root, 'init', '--domain', 'origin.example.com')
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(`origin-preflight: ${WORKFLOW} already exists; init never overwrites a file (move it away to start again)\n`)
    expect(existsSync(join(root, CONFIG))).toBe(false)
    expect(readFileSync(join(root, WORKFLOW), 'utf8')).toBe('name: mine\n')
  })

  it('needs origins: no domain and no template is a usage error, as is a domain that is not one', async () => {
    const root = emptyRepository()
    const none = await cli(root, 'init')
    expect(none.code).toBe(2)
    expect(none.stderr).toContain('no origins: name them with --domain')
    const url = await cli(root, 'init', '--domain', 'https://origin.example.com/')
    expect(url.code).toBe(2)
    expect(url.stderr).toContain(
      '--domain https://origin.example.com/: must be a bare hostname, without a scheme or a path: write "origin.example.com"',
    )
    expect(existsSync(join(root, '.github'))).toBe(false)
  })
})

describe('origin-preflight init in a repository with infrastructure code', () => {
  function repositoryWithTemplates(): string {
    const root = emptyRepository()
    mkdirSync(join(root, 'infra', 'tf'), { recursive: true })
    mkdirSync(join(root, 'cdk.out'))
    mkdirSync(join(root, 'node_modules', 'some-lib'), { recursive: true })
    const distribution = 'Resources:\n  Cdn:\n    Type: AWS::CloudFront::Distribution\n'
    writeFileSync(join(root, 'infra', 'cdn.yaml'), distribution)
    writeFileSync(join(root, 'infra', 'bucket.yaml'), 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n')
    writeFileSync(join(root, 'infra', 'edge [old].json'), JSON.stringify({ Resources: { Cdn: { Type: 'AWS::CloudFront::Distribution' } } }))
    writeFileSync(join(root, 'node_modules', 'some-lib', 'example.yaml'), distribution)
    writeFileSync(join(root, 'infra', 'tf', 'main.tf'), 'resource "aws_cloudfront_distribution" "this" {\n}\n')
    writeFileSync(
      join(root, 'cdk.out', 'Shop.template.json'),
      JSON.stringify({ Resources: { D: { Type: 'AWS::CloudFront::Distribution' } } }),
    )
    writeFileSync(join(root, '.gitignore'), 'node_modules\ncdk.out/\n')
    return root
  }

  it('points sources at the CloudFormation, SAM and CDK templates, and explains the Terraform plan', async () => {
    const root = repositoryWithTemplates()
    await cli(root, 'init')
    const text = readFileSync(join(root, CONFIG), 'utf8')
    const config = parse(text) as { sources: Record<string, string>[]; origins?: unknown }
    expect(config.sources).toEqual([
      { cloudformation: 'infra/cdn.yaml' },
      { cloudformation: 'infra/edge [old].json' },
      { cloudformation: 'cdk.out/*.template.json' },
    ])
    expect(config.origins).toBeUndefined()
    expect(text).toContain('#   - terraform-plan: infra/tf/plan.json')
    expect(text).toContain('#     terraform-dir: infra/tf')

    const workflow = workflowIn(root)
    expect((workflow.on['pull_request'] as { paths: string[] }).paths).toEqual([
      CONFIG,
      'infra/cdn.yaml',
      'infra/edge \\[old\\].json',
      'infra/tf/**.tf',
      'cdk.json',
      'bin/**',
      'lib/**',
    ])
    // cdk.out is ignored by git, so the job synthesizes it before the gate reads it.
    const runs = Object.values(workflow.jobs)
      .flatMap((job) => job.steps)
      .map((step) => step.run ?? step.uses)
    expect(runs).toEqual([
      'actions/checkout@v5',
      'actions/setup-node@v5',
      'npm ci && npx cdk synth --quiet',
      'your-org/origin-preflight@v0',
    ])
  })

  it("writes a config from a CloudFormation template that `validate` accepts, listing the template's origins", async () => {
    const root = emptyRepository()
    mkdirSync(join(root, 'infra'))
    writeFileSync(
      join(root, 'infra', 'cdn.yaml'),
      [
        'Resources:',
        '  ShopCdn:',
        '    Type: AWS::CloudFront::Distribution',
        '    Properties:',
        '      DistributionConfig:',
        '        Enabled: true',
        '        Origins:',
        '          - Id: api',
        '            DomainName: origin.shop.example.com',
        '            CustomOriginConfig:',
        '              OriginProtocolPolicy: https-only',
        '              OriginSSLProtocols: [TLSv1.2]',
        '        DefaultCacheBehavior:',
        '          TargetOriginId: api',
        '          ViewerProtocolPolicy: redirect-to-https',
        '',
      ].join('\n'),
    )
    const run = await cli(root, 'init')
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(parse(readFileSync(join(root, CONFIG), 'utf8'))).toMatchObject({ sources: [{ cloudformation: 'infra/cdn.yaml' }] })
    // `init` ends with `validate`: the origin read from the template is listed with where it is declared.
    expect(run.stdout).toContain('ShopCdn/api')
    expect(run.stdout).toContain('origin.shop.example.com')
    expect(loadConfig(join(root, CONFIG), {}).origins.map((o) => o.name)).toEqual(['ShopCdn/api'])
  })
})

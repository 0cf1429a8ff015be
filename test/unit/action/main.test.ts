import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { context } from '@actions/github'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Config } from '../../../src/config/types.js'
import type { RunPreflight } from '../../../src/engine/api.js'
import { ConfigError } from '../../../src/errors.js'
import * as core from './core-fake.js'
import { findings, originReport, passingReport, sampleReport } from '../report/fixtures.js'
import { sampleConfig } from './fixtures.js'

// The config loader and the engine are not under test here: each test says what they return.
const fakes = vi.hoisted(() => ({
  loadConfig: vi.fn<(file: string, env?: NodeJS.ProcessEnv) => Config>(),
  runPreflight: vi.fn<RunPreflight>(),
}))
vi.mock('@actions/core', () => import('./core-fake.js'))
vi.mock('../../../src/config/load.js', () => ({ loadConfig: fakes.loadConfig }))
vi.mock('../../../src/engine/run.js', () => ({ runPreflight: fakes.runPreflight }))

const { run } = await import('../../../src/action/main.js')

let workspace: string

function setEvent(name: string): void {
  context.eventName = name
}
let configFile: string

beforeEach(async () => {
  workspace = await mkdtemp(path.join(tmpdir(), 'op-action-'))
  configFile = path.join(workspace, '.github', 'origin-preflight.yml')
  vi.stubEnv('GITHUB_WORKSPACE', workspace)
  vi.stubEnv('GITHUB_STEP_SUMMARY', path.join(workspace, 'summary.md'))
  core.reset()
  // The event as @actions/github read it when the action started; each test says which.
  context.eventName = ''
  context.payload = {}
  fakes.loadConfig.mockReset().mockImplementation((file) => sampleConfig(file))
  fakes.runPreflight.mockReset().mockResolvedValue(sampleReport())
})

afterEach(async () => {
  vi.unstubAllEnvs()
  await rm(workspace, { recursive: true, force: true })
})

describe('run', () => {
  it('loads the default config from the workspace and passes the inputs to the engine', async () => {
    core.reset({ origins: 'checkout-api', only: 'tls', 'fail-on': 'warning', shard: '1/2' })
    await run()
    expect(fakes.loadConfig).toHaveBeenCalledWith(configFile)
    expect(fakes.runPreflight).toHaveBeenCalledWith(expect.objectContaining({ file: configFile }), {
      origins: ['checkout-api'],
      only: ['tls'],
      failOn: 'warning',
      shard: { index: 1, count: 2 },
    })
  })

  it('annotates every finding at its config line, titled CODE origin', async () => {
    await run()
    const file = '.github/origin-preflight.yml'
    expect(core.error).toHaveBeenCalledTimes(2)
    expect(core.error).toHaveBeenCalledWith(expect.stringContaining('expired on 2024-01-31'), {
      file,
      startLine: 6,
      title: 'CERT_EXPIRED checkout-api',
    })
    expect(core.error).toHaveBeenCalledWith(expect.stringMatching(/refused a TCP connection on port 443\.\nStart the service/), {
      file,
      startLine: 9,
      title: 'PORT_REFUSED checkout-api',
    })
    expect(core.warning).toHaveBeenCalledWith(expect.any(String), { file, startLine: 20, title: 'CERT_EXPIRES_SOON static-assets' })
    expect(core.notice).toHaveBeenCalledWith(expect.any(String), { file, startLine: 6, title: 'TLS_SNI_REQUIRED checkout-api' })
  })

  it('sets the outputs and fails when the report did not pass', async () => {
    await run()
    expect(core.outputs()).toEqual({
      passed: 'false',
      errors: '2',
      warnings: '1',
      'failed-origins': 'checkout-api',
      report: '',
      'next-expiry': '2024-01-31',
      'next-expiry-days': '-3',
    })
    expect(core.setFailed).toHaveBeenCalledTimes(1)
    expect(core.setFailed).toHaveBeenCalledWith('origin-preflight failed (2 errors, 1 warning): checkout-api')
  })

  it('does not fail when the report passed, even with findings below fail-on', async () => {
    fakes.runPreflight.mockResolvedValue(sampleReport({ passed: true }))
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(core.outputs()['passed']).toBe('true')
  })

  it('writes the markdown report as the job summary', async () => {
    fakes.runPreflight.mockResolvedValue(passingReport())
    await run()
    expect(core.summary.addRaw).toHaveBeenCalledWith(expect.stringContaining('| Origin | Domain |'))
    expect(core.summary.write).toHaveBeenCalledTimes(1)
  })

  it('writes the JSON report to report-path and names it in the report output', async () => {
    core.reset({ 'report-path': 'out/preflight.json' })
    await run()
    const reportPath = path.join(workspace, 'out', 'preflight.json')
    expect(JSON.parse(await readFile(reportPath, 'utf8'))).toEqual(sampleReport())
    expect(core.outputs()['report']).toBe(reportPath)
  })

  it('registers and masks the config secrets', async () => {
    fakes.loadConfig.mockImplementation((file) => sampleConfig(file, { secrets: ['tok-123', ''] }))
    fakes.runPreflight.mockResolvedValue(sampleReport({ config: 'configs/tok-123.yml' }))
    core.reset({ 'report-path': 'report.json' })
    await run()
    expect(core.setSecret).toHaveBeenCalledTimes(1)
    expect(core.setSecret).toHaveBeenCalledWith('tok-123')
    const written = await readFile(path.join(workspace, 'report.json'), 'utf8')
    expect(written).toContain('configs/***.yml')
    expect(core.summary.addRaw.mock.calls[0]?.[0]).not.toContain('tok-123')
  })

  it('annotates each config problem, sets the outputs and fails without probing', async () => {
    fakes.loadConfig.mockImplementation(() => {
      throw new ConfigError([
        { file: configFile, line: 3, col: 5, path: 'origins[0].domain', message: 'required' },
        { file: configFile, line: 8, col: 17, path: 'origins[1].https-port', message: 'expected a port number' },
      ])
    })
    await run()
    expect(fakes.runPreflight).not.toHaveBeenCalled()
    expect(core.error.mock.calls).toEqual([
      ['origins[0].domain: required', { file: '.github/origin-preflight.yml', startLine: 3, startColumn: 5, title: 'CONFIG_INVALID' }],
      [
        'origins[1].https-port: expected a port number',
        { file: '.github/origin-preflight.yml', startLine: 8, startColumn: 17, title: 'CONFIG_INVALID' },
      ],
    ])
    expect(core.outputs()).toEqual({ passed: 'false', errors: '2', warnings: '0' })
    expect(core.setFailed).toHaveBeenCalledTimes(1)
  })

  it('fails with the message alone on an unexpected error', async () => {
    fakes.runPreflight.mockRejectedValue(new Error('engine exploded'))
    await run()
    expect(core.setFailed).toHaveBeenCalledWith('engine exploded')
  })

  it('fails on an invalid input without probing', async () => {
    core.reset({ shard: '3/2' })
    await run()
    expect(fakes.loadConfig).not.toHaveBeenCalled()
    expect(core.setFailed).toHaveBeenCalledWith(expect.stringContaining('shard'))
  })

  it('writes a SARIF report at sarif-path, each result at its config line', async () => {
    core.reset({ 'sarif-path': 'out/report.sarif' })
    await run()
    const sarif = JSON.parse(await readFile(path.join(workspace, 'out', 'report.sarif'), 'utf8')) as {
      version: string
      runs: {
        results: {
          ruleId: string
          locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[]
        }[]
      }[]
    }
    expect(sarif.version).toBe('2.1.0')
    const located = sarif.runs[0]!.results.map((r) => [
      r.ruleId,
      r.locations[0]!.physicalLocation.artifactLocation.uri,
      r.locations[0]!.physicalLocation.region.startLine,
    ])
    expect(located).toEqual([
      ['TLS_SNI_REQUIRED', '.github/origin-preflight.yml', 6],
      ['CERT_EXPIRED', '.github/origin-preflight.yml', 6],
      ['PORT_REFUSED', '.github/origin-preflight.yml', 9],
      ['CERT_EXPIRES_SOON', '.github/origin-preflight.yml', 20],
    ])
    expect(core.warning).not.toHaveBeenCalledWith(expect.stringContaining('SARIF'))
  })

  it('keeps one error slot for the failure line and says in the summary what was not annotated', async () => {
    const many = Array.from({ length: 12 }, (_, i) =>
      originReport({ name: `o${i}`, passed: false, findings: [findings.refused(`o${i}`), findings.expired(`o${i}`)] }),
    )
    fakes.runPreflight.mockResolvedValue(
      sampleReport({ origins: many, summary: { origins: 12, failed: 12, errors: 24, warnings: 0, notices: 0 } }),
    )
    await run()
    // 9 findings + the setFailed line make GitHub's 10; the first error of nine origins, none a second.
    expect(core.error).toHaveBeenCalledTimes(9)
    const titles = core.error.mock.calls.map(([, props]) => props?.title)
    expect(titles).toEqual(Array.from({ length: 9 }, (_, i) => `PORT_REFUSED o${i}`))
    expect(core.summary.addRaw.mock.calls[0]?.[0]).toContain('**Not annotated:** 15 errors.')
  })

  it('leaves the expiry issue alone when a sweep did not see every origin', async () => {
    setEvent('workflow_dispatch')
    core.reset({ 'expiry-issue': 'true', origins: 'checkout-api', 'github-token': 'ghs_x' })
    await run()
    expect(core.notice).toHaveBeenCalledWith(expect.stringContaining('expiry-issue: this run checked only part of the origins'))
    expect(core.setFailed).toHaveBeenCalledTimes(1)
  })

  it('adds the expiry calendar to the summary outside pull requests only', async () => {
    setEvent('schedule')
    await run()
    expect(core.summary.addRaw.mock.calls[0]?.[0]).toContain('### Certificate expiry')
    setEvent('pull_request')
    core.reset({ comment: 'false' })
    await run()
    expect(core.summary.addRaw.mock.calls[0]?.[0]).not.toContain('### Certificate expiry')
  })

  it('on workflow_run, needs the report to post and probes nothing', async () => {
    setEvent('workflow_run')
    await run()
    expect(fakes.runPreflight).not.toHaveBeenCalled()
    expect(core.setFailed).toHaveBeenCalledWith(expect.stringMatching(/^report-path: on workflow_run, name the JSON report/))
  })

  it('skips the job summary outside a workflow run', async () => {
    vi.stubEnv('GITHUB_STEP_SUMMARY', '')
    await run()
    expect(core.summary.write).not.toHaveBeenCalled()
    expect(core.setFailed).toHaveBeenCalledTimes(1)
  })

  describe('merge-reports', () => {
    const DIGEST = 'sha256:abababababababababababababababababababababababababababababababab'
    async function writeShards(digests: string[] = [DIGEST, DIGEST]): Promise<void> {
      const [checkout, assets] = sampleReport().origins
      const parts = [
        sampleReport({ configDigest: digests[0]!, shard: { index: 1, count: 2 }, passed: false, origins: [checkout!] }),
        sampleReport({ configDigest: digests[1]!, shard: { index: 2, count: 2 }, passed: true, origins: [assets!] }),
      ]
      for (const [i, part] of parts.entries()) {
        const dir = path.join(workspace, 'shard-reports', `report-${i + 1}`)
        await mkdir(dir, { recursive: true })
        await writeFile(path.join(dir, 'report.json'), JSON.stringify(part))
      }
    }

    it('merges the shard reports into one verdict, summary, report and SARIF file, probing nothing', async () => {
      await writeShards()
      fakes.loadConfig.mockImplementation((file) => sampleConfig(file, { digest: DIGEST }))
      core.reset({ 'merge-reports': 'shard-reports/**/*.json', 'report-path': 'merged.json', 'sarif-path': 'merged.sarif' })
      await run()

      expect(fakes.runPreflight).not.toHaveBeenCalled()
      const merged = JSON.parse(await readFile(path.join(workspace, 'merged.json'), 'utf8'))
      expect(merged.origins.map((o: { name: string }) => o.name)).toEqual(['checkout-api', 'static-assets'])
      expect(merged.merged).toEqual({ shards: 2 })
      expect(merged.summary).toEqual({ origins: 2, failed: 1, errors: 2, warnings: 1, notices: 1, accepted: 0 })
      expect(core.outputs()).toMatchObject({ passed: 'false', errors: '2', warnings: '1', 'failed-origins': 'checkout-api' })
      // The config loaded and matched the digest: the refusal points at its https-port line.
      expect(core.error).toHaveBeenCalledWith(expect.any(String), {
        file: '.github/origin-preflight.yml',
        startLine: 9,
        title: 'PORT_REFUSED checkout-api',
      })
      const sarif = JSON.parse(await readFile(path.join(workspace, 'merged.sarif'), 'utf8'))
      expect(sarif.runs[0].results).toHaveLength(4)
      expect(core.summary.addRaw).toHaveBeenCalledTimes(1)
      expect(core.setFailed).toHaveBeenCalledTimes(1)
    })

    it('points annotations at origin lines when the config here is not the one the shards ran', async () => {
      await writeShards()
      core.reset({ 'merge-reports': 'shard-reports/*/report.json' })
      await run()
      expect(core.error).toHaveBeenCalledWith(expect.any(String), {
        file: '.github/origin-preflight.yml',
        startLine: 6,
        title: 'PORT_REFUSED checkout-api',
      })
    })

    it('fails with a clear message on reports of different configs, on no match, and beside shard', async () => {
      await writeShards([DIGEST, DIGEST.replace(/ab/g, 'cd')])
      core.reset({ 'merge-reports': 'shard-reports/**/report.json' })
      await run()
      expect(core.setFailed).toHaveBeenCalledWith(
        expect.stringMatching(/shard-reports\/report-2\/report\.json was made from a different config/),
      )
      expect(core.setOutput).not.toHaveBeenCalled()

      core.reset({ 'merge-reports': 'nothing/*.json' })
      await run()
      expect(core.setFailed).toHaveBeenCalledWith('merge-reports: no file matches nothing/*.json (download the shard reports first)')

      core.reset({ 'merge-reports': 'a/*.json', shard: '1/2' })
      await run()
      expect(core.setFailed).toHaveBeenCalledWith(expect.stringContaining('leave shard empty in the merge job'))
      expect(fakes.runPreflight).not.toHaveBeenCalled()
    })
  })
})

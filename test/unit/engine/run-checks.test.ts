import { describe, expect, it } from 'vitest'
import { defineCheck } from '../../../src/checks/define.js'
import { CHECKS } from '../../../src/checks/registry.js'
import { emptyObservations, OBSERVATION_KEYS } from '../../../src/probes/observations.js'
import { checksFor, needsOf, runChecks, sliceFor } from '../../../src/engine/run-checks.js'
import { cloudfrontContext } from '../checks/harness.js'

const context = cloudfrontContext('run-checks.lab.test')

describe('running checks', () => {
  it('turns a code a check did not declare into PROBE_ERROR naming the check and the code', () => {
    const sly = defineCheck({
      id: 'sly',
      family: 'ports',
      needs: ['tcp'],
      codes: ['PORT_REFUSED'],
      run: () => [{ code: 'PORT_TIMEOUT', details: { timeoutMs: 1 } }],
    })
    const [finding] = runChecks([sly], emptyObservations(), context)
    expect(finding).toMatchObject({
      code: 'PROBE_ERROR',
      check: 'ports',
      details: { step: 'sly', error: 'undeclared finding code PORT_TIMEOUT' },
    })
  })

  it('turns a check that throws into PROBE_ERROR, never a silent pass', () => {
    const broken = defineCheck({
      id: 'broken',
      family: 'tls',
      needs: ['tls'],
      codes: ['TLS_SNI_REQUIRED'],
      run: () => {
        throw new Error('boom')
      },
    })
    expect(runChecks([broken], emptyObservations(), context)).toMatchObject([
      { code: 'PROBE_ERROR', details: { step: 'broken', error: 'boom' } },
    ])
  })

  it('hands each check only the observations it declared', () => {
    let seen: string[] = []
    const nosy = defineCheck({
      id: 'nosy',
      family: 'ports',
      needs: ['tcp', 'unavailable'],
      codes: [],
      run: (observations) => ((seen = Object.keys(observations)), []),
    })
    runChecks([nosy], emptyObservations(), context)
    expect(seen.sort()).toEqual(['tcp', 'unavailable'])
    for (const check of CHECKS) expect(Object.keys(sliceFor(check, emptyObservations())).sort(), check.id).toEqual([...check.needs].sort())
  })

  it('plans probes from the needs of the families asked for, not of prerequisites', () => {
    const portsOnly = needsOf(checksFor(new Set(['ports'])), new Set(['ports']))
    expect([...portsOnly].sort()).toEqual(['tcp', 'unavailable'])
    const all = needsOf(
      checksFor(new Set(['dns', 'ports', 'tls', 'certificate', 'http'])),
      new Set(['dns', 'ports', 'tls', 'certificate', 'http']),
    )
    expect([...all].sort()).toEqual([...OBSERVATION_KEYS].filter((k) => k !== 'resolution').sort())
  })

  it('every check declares what it reads and may say', () => {
    for (const check of CHECKS) {
      expect(check.needs.length, check.id).toBeGreaterThan(0)
      expect(check.codes.length, check.id).toBeGreaterThan(0)
    }
  })
})

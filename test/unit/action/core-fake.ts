import type * as core from '@actions/core'
import { vi, type Mock } from 'vitest'

/** Typed stand-ins for the parts of @actions/core the action uses; inputs come from `inputs`. */
export const inputs: Record<string, string> = {}

export const getInput = vi.fn<typeof core.getInput>((name) => inputs[name] ?? '')
export const setOutput = vi.fn<typeof core.setOutput>()
export const setFailed = vi.fn<typeof core.setFailed>()
export const setSecret = vi.fn<typeof core.setSecret>()
export const error = vi.fn<typeof core.error>()
export const warning = vi.fn<typeof core.warning>()
export const notice = vi.fn<typeof core.notice>()
export const info = vi.fn<typeof core.info>()
export const debug = vi.fn<typeof core.debug>()

interface FakeSummary {
  addRaw: Mock<(text: string) => FakeSummary>
  write: Mock<() => Promise<FakeSummary>>
}
export const summary: FakeSummary = {
  addRaw: vi.fn(() => summary),
  write: vi.fn(async () => summary),
}

/** The outputs set so far, by name. */
export function outputs(): Record<string, unknown> {
  return Object.fromEntries(setOutput.mock.calls.map(([name, value]) => [name, value]))
}

export function reset(given: Record<string, string> = {}): void {
  for (const key of Object.keys(inputs)) delete inputs[key]
  Object.assign(inputs, given)
  for (const fake of [getInput, setOutput, setFailed, setSecret, error, warning, notice, info, debug, summary.addRaw, summary.write]) {
    fake.mockClear()
  }
}

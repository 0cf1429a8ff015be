import { describe, expect, it } from 'vitest'
import { createLimiter } from '../../../src/engine/limit.js'

describe('createLimiter', () => {
  it('runs at most max tasks at once, the waiting critical-path ones ahead of the others, each kind in order', async () => {
    const limit = createLimiter(2)
    const order: string[] = []
    let running = 0
    let most = 0
    let openGate: () => void = () => undefined
    const gate = new Promise<void>((resolve) => (openGate = resolve))
    const task = (name: string, wait?: Promise<void>) => async () => {
      most = Math.max(most, ++running)
      order.push(name)
      await (wait ?? Promise.resolve())
      running--
      return name
    }

    const all = [
      limit(task('busy-1', gate)),
      limit(task('busy-2', gate)),
      limit(task('hello-1')),
      limit(task('hello-2')),
      limit(task('exchange-1'), true),
      limit(task('hello-3')),
      limit(task('exchange-2'), true),
    ]
    await Promise.resolve()
    expect(order).toEqual(['busy-1', 'busy-2'])
    openGate()

    expect(await Promise.all(all)).toEqual(['busy-1', 'busy-2', 'hello-1', 'hello-2', 'exchange-1', 'hello-3', 'exchange-2'])
    expect(order).toEqual(['busy-1', 'busy-2', 'exchange-1', 'exchange-2', 'hello-1', 'hello-2', 'hello-3'])
    expect(most).toBe(2)
  })

  it('lets a task through at once while there is room, whatever its kind', async () => {
    const limit = createLimiter(1)
    expect(await limit(async () => 'alone')).toBe('alone')
    expect(await limit(async () => 'urgent', true)).toBe('urgent')
  })

  it('keeps the tasks off the critical path to their share, leaving the rest of the places to the critical ones', async () => {
    const limit = createLimiter(4, { othersMax: 2 })
    let openGate: () => void = () => undefined
    const gate = new Promise<void>((resolve) => (openGate = resolve))
    const started: string[] = []
    const task = (name: string) => async () => {
      started.push(name)
      await gate
    }

    const all = [
      limit(task('hello-1')),
      limit(task('hello-2')),
      limit(task('hello-3')),
      limit(task('exchange-1'), true),
      limit(task('exchange-2'), true),
      limit(task('exchange-3'), true),
    ]
    await Promise.resolve()
    // Two hellos (their share), two exchanges (the places left); the third of each waits.
    expect(started).toEqual(['hello-1', 'hello-2', 'exchange-1', 'exchange-2'])
    openGate()
    await Promise.all(all)
    expect(started.slice(4).sort()).toEqual(['exchange-3', 'hello-3'])
  })

  it('holds the tasks off the critical path while told to, and starts them once woken', async () => {
    let holding = true
    const limit = createLimiter(4, { holdOthers: () => holding })
    const started: string[] = []
    const task = (name: string) => async () => {
      started.push(name)
    }

    const hello = limit(task('hello'))
    const exchange = limit(task('exchange'), true)
    await exchange
    expect(started).toEqual(['exchange'])
    expect(limit.queued()).toBe(1)

    holding = false
    limit.wake()
    await hello
    expect(started).toEqual(['exchange', 'hello'])
    expect(limit.queued()).toBe(0)
  })
})

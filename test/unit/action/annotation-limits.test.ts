import { describe, expect, it } from 'vitest'
import { ANNOTATIONS_PER_LEVEL, findingSlots, notAnnotatedNote, selectAnnotations } from '../../../src/action/annotation-limits.js'
import type { Annotation } from '../../../src/action/annotations.js'
import type { Severity } from '../../../src/findings/finding.js'

const a = (level: Severity, title: string): Annotation => ({ level, message: title, properties: { file: 'c.yml', startLine: 1, title } })

describe('selectAnnotations', () => {
  it('prints errors, then warnings, then notices, and everything when it fits', () => {
    const byOrigin = [
      [a('error', 'E1 a'), a('notice', 'N1 a')],
      [a('warning', 'W1 b'), a('error', 'E1 b')],
    ]
    const { shown, notShown } = selectAnnotations(byOrigin, findingSlots({ failing: true, mayNotice: true }))
    expect(shown.map((x) => x.properties.title)).toEqual(['E1 a', 'E1 b', 'W1 b', 'N1 a'])
    expect(notShown).toEqual({ error: 0, warning: 0, notice: 0 })
  })

  it('gives every origin its first annotation of a level before any origin its second', () => {
    const noisy = Array.from({ length: 8 }, (_, i) => a('error', `E${i} noisy`))
    const quiet = [[a('error', 'E0 q1')], [a('error', 'E0 q2')], [a('error', 'E0 q3')]]
    const { shown, notShown } = selectAnnotations([noisy, ...quiet], { error: 5, warning: 10, notice: 10 })
    expect(shown.map((x) => x.properties.title)).toEqual(['E0 noisy', 'E0 q1', 'E0 q2', 'E0 q3', 'E1 noisy'])
    expect(notShown.error).toBe(6)
  })

  it('counts each level against its own limit', () => {
    const origins = Array.from({ length: 12 }, (_, i) => [a('error', `E ${i}`), a('warning', `W ${i}`), a('notice', `N ${i}`)])
    const { shown, notShown } = selectAnnotations(origins, findingSlots({ failing: true, mayNotice: false }))
    const count = (level: Severity) => shown.filter((x) => x.level === level).length
    expect([count('error'), count('warning'), count('notice')]).toEqual([9, 10, 10])
    expect(notShown).toEqual({ error: 3, warning: 2, notice: 2 })
  })
})

describe('findingSlots', () => {
  it('keeps a slot for the failure line and for the action’s own notice', () => {
    expect(findingSlots({ failing: false, mayNotice: false })).toEqual({ error: 10, warning: 10, notice: 10 })
    expect(findingSlots({ failing: true, mayNotice: true })).toEqual({ error: 9, warning: 10, notice: 9 })
    expect(ANNOTATIONS_PER_LEVEL).toBe(10)
  })
})

describe('notAnnotatedNote', () => {
  it('says how many were not annotated, per level, or nothing', () => {
    expect(notAnnotatedNote({ error: 0, warning: 0, notice: 0 })).toBeUndefined()
    expect(notAnnotatedNote({ error: 6, warning: 1, notice: 0 })).toMatch(
      /^\*\*Not annotated:\*\* 6 errors, 1 warning\. GitHub shows 10 annotations/,
    )
  })
})

import type { Severity } from '../findings/finding.js'
import { plural } from '../report/text.js'
import { SEVERITIES } from '../findings/catalogue.js'
import type { Annotation } from './annotations.js'

/**
 * Annotations GitHub shows per step and level: "10 warning annotations, 10 error annotations, and 10
 * notice annotations per step" (actions/toolkit, docs/problem-matchers.md). Later ones are dropped.
 */
export const ANNOTATIONS_PER_LEVEL = 10

export type Slots = Record<Severity, number>

export interface AnnotationSelection {
  /** In the order to print them: errors, then warnings, then notices. */
  shown: Annotation[]
  notShown: Record<Severity, number>
}

/**
 * Picks what fits in the slots of each level: within a level, the first annotation of every origin
 * before the second of any (round robin, config order), so one noisy origin cannot hide the others.
 * Accepted findings (notices) come only after every other annotation of their level has had its slot.
 * @param byOrigin each origin's annotations, most severe first
 */
export function selectAnnotations(byOrigin: readonly (readonly Annotation[])[], slots: Slots): AnnotationSelection {
  const shown: Annotation[] = []
  const notShown: Record<Severity, number> = { error: 0, warning: 0, notice: 0 }
  for (const level of SEVERITIES) {
    let left = Math.max(0, slots[level])
    for (const accepted of [false, true]) {
      const queues = byOrigin.map((annotations) => annotations.filter((a) => a.level === level && (a.accepted === true) === accepted))
      for (let round = 0; queues.some((queue) => round < queue.length); round++) {
        for (const queue of queues) {
          const annotation = queue[round]
          if (!annotation) continue
          if (left > 0) {
            shown.push(annotation)
            left--
          } else {
            notShown[level]++
          }
        }
      }
    }
  }
  return { shown, notShown }
}

/**
 * The slots left for findings once the action's own lines are counted: `core.setFailed` prints an error
 * annotation when the gate fails, and a notice may follow about the PR comment or the expiry issue.
 */
export function findingSlots(own: { failing: boolean; mayNotice: boolean }): Slots {
  return {
    error: ANNOTATIONS_PER_LEVEL - (own.failing ? 1 : 0),
    warning: ANNOTATIONS_PER_LEVEL,
    notice: ANNOTATIONS_PER_LEVEL - (own.mayNotice ? 1 : 0),
  }
}

/** The job summary's line on what GitHub would not have shown, or undefined when everything was annotated. */
export function notAnnotatedNote(notShown: Record<Severity, number>): string | undefined {
  const parts = SEVERITIES.filter((level) => notShown[level] > 0).map((level) => plural(notShown[level], level))
  if (parts.length === 0) return undefined
  return (
    `**Not annotated:** ${parts.join(', ')}. GitHub shows ${ANNOTATIONS_PER_LEVEL} annotations of each level per step, ` +
    'so the most severe went first, one per origin before a second for any; every finding is in the step log and the JSON report.'
  )
}

import { readFileSync } from 'node:fs'
import { parse } from 'yaml'

export interface WorkflowStep {
  id?: string
  if?: string
  uses?: string
  run?: string
  with?: Record<string, unknown>
  env?: Record<string, unknown>
}

export interface Workflow {
  name: string
  on: Record<string, unknown>
  permissions?: Record<string, string>
  jobs: Record<string, { if?: string; permissions?: Record<string, string>; steps: WorkflowStep[] }>
}

/** Every ```yaml block of a markdown file that is a workflow (has `on:` and `jobs:`), in order. */
export function workflowsIn(markdownFile: string): Workflow[] {
  const markdown = readFileSync(markdownFile, 'utf8')
  return [...markdown.matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)]
    .map((match) => parse(match[1]!) as unknown)
    .filter((value): value is Workflow => typeof value === 'object' && value !== null && 'on' in value && 'jobs' in value)
}

/** The one step of the workflow that runs this action (`uses: …/origin-preflight@…`). */
export function actionStep(workflow: Workflow): WorkflowStep {
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps)
  const ours = steps.filter((step) => /(^|\/)origin-preflight@/.test(step.uses ?? ''))
  if (ours.length !== 1) throw new Error(`${workflow.name}: expected one origin-preflight step, found ${ours.length}`)
  return ours[0]!
}

/**
 * `${{ a.b.c }}` replaced from `context`, as the runner does before a step starts. Only plain property
 * paths are supported; anything else throws, so a README example cannot use what this does not check.
 */
export function evaluate(value: unknown, context: Record<string, unknown>): string {
  const text = typeof value === 'string' ? value : String(value)
  return text.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_whole, expression: string) => {
    if (!/^[A-Za-z_][\w-]*(\.[A-Za-z_][\w-]*)*$/.test(expression)) throw new Error(`unsupported expression: ${expression}`)
    let current: unknown = context
    for (const key of expression.split('.')) {
      current = current !== null && typeof current === 'object' ? (current as Record<string, unknown>)[key] : undefined
    }
    return typeof current === 'string' || typeof current === 'number' || typeof current === 'boolean' ? String(current) : ''
  })
}

/** The INPUT_* values the runner would give the step: `with:` over action.yml's defaults, expressions evaluated. */
export function stepInputs(step: WorkflowStep, actionYml: string, context: Record<string, unknown>): Record<string, string> {
  const action = parse(readFileSync(actionYml, 'utf8')) as { inputs: Record<string, { default?: unknown }> }
  const given = step.with ?? {}
  const unknown = Object.keys(given).filter((name) => !(name in action.inputs))
  if (unknown.length > 0) throw new Error(`unknown inputs: ${unknown.join(', ')}`)
  return Object.fromEntries(
    Object.entries(action.inputs).map(([name, input]) => [name, evaluate(name in given ? given[name] : (input.default ?? ''), context)]),
  )
}

/** The step's `env:`, expressions evaluated. */
export function stepEnv(step: WorkflowStep, context: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(step.env ?? {}).map(([name, value]) => [name, evaluate(value, context)]))
}

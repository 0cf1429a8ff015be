import type { Scenario } from './scenario.js'

/** The config lines of an origin with `health`: its policy and port when http-only, and the health request. */
export function httpOriginLines(scenario: Scenario, port: number): string[] {
  const plan = scenario.http
  if (!plan) return []
  const lines: string[] = []
  if (scenario.tls.kind === 'http-only') lines.push('    protocol-policy: http-only', `    http-port: ${port}`)
  lines.push('    health:', `      path: ${plan.health.path}`)
  if (plan.health.method) lines.push(`      method: ${plan.health.method}`)
  if (plan.health.expectStatus) lines.push(`      expect-status: [${plan.health.expectStatus.join(', ')}]`)
  return lines
}

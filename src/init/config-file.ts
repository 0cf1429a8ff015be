import type { EdgeName } from '../vocabulary.js'
import type { FoundSources } from './discover.js'
import { yamlScalar } from './yaml-text.js'

export interface ConfigPlan {
  domains: string[]
  edge: EdgeName
  sources: FoundSources
}

/** The config `init` writes: the origins given by domain, the templates found, and what to fill in next. */
export function configText(plan: ConfigPlan): string {
  const lines = [
    '# origin-preflight: the origins behind the CDN or load balancer, probed the way the edge connects to them.',
    '# The JSON Schema of this file is schema/origin-preflight.schema.json in the origin-preflight repository.',
    'version: 1',
    '',
    'defaults:',
    commented(`  edge: ${plan.edge}`, 'cloudfront | alb | clb | generic: whose rules and limits apply'),
    '  protocol-policy: https-only   # http-only | https-only | match-viewer',
    '  certificate:',
    '    warn-days: 30               # CERT_EXPIRES_SOON as a warning below this many days',
    '    fail-days: 7                # ... as an error below this many days',
    '  fail-on: error                # error | warning | never',
  ]
  lines.push(...sourceLines(plan.sources))
  if (plan.domains.length > 0) {
    lines.push('', 'origins:')
    for (const domain of plan.domains) {
      lines.push(`  - name: ${domain}`, `    domain: ${domain}`)
    }
    lines.push('    # health: { path: /healthz }   # optional: one HTTP exchange, as the edge would make it')
  }
  lines.push(
    '',
    '# accept:                       # findings the team lives with for a while; each entry expires',
    '#   - code: CERT_SIGNATURE_WEAK',
    '#     origin: legacy-*           # optional glob over origin names',
    '#     reason: the vendor renews in January',
    '#     until: 2030-01-31          # at most 180 days ahead',
    '',
  )
  return lines.join('\n')
}

/** `text`, then the comment from column 32 (or after two spaces), as the hand-written examples align them. */
function commented(text: string, comment: string): string {
  return `${text.padEnd(30)}  # ${comment}`
}

function sourceLines(found: FoundSources): string[] {
  const active = [...found.cloudformation.map((path) => `  - cloudformation: ${yamlScalar(path)}`)]
  if (found.cdkOut) active.push(`  - cloudformation: ${yamlScalar(found.cdkOut.glob)}   # the templates \`cdk synth\` writes`)
  const planned = found.terraformDirs.flatMap((dir) => [
    `#   - terraform-plan: ${yamlScalar(`${dir}/plan.json`)}   # \`terraform show -json\` of a saved plan of ${dir}`,
    `#     terraform-dir: ${yamlScalar(dir)}`,
  ])
  if (active.length === 0 && planned.length === 0) return []
  const lines = ['', '# Origins read from the infrastructure code that declares the distributions.']
  if (active.length > 0) lines.push('sources:', ...active)
  if (planned.length > 0) {
    lines.push(
      '# Terraform is read from a plan (the .tf files give the lines): produce plan.json in the workflow, where the',
      '# provider has credentials, then uncomment these.',
      ...(active.length > 0 ? [] : ['# sources:']),
      ...planned,
    )
  }
  return lines
}

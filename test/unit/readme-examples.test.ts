import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { renderExpiryCalendar } from '../../src/report/expiry.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import { summaryExampleReport } from '../fixtures/summary-example.js'

/** The ```markdown blocks of the README section that shows the job summary. */
function summaryBlocks(): string[] {
  const readme = readFileSync('README.md', 'utf8')
  const section = readme.slice(readme.indexOf('### What the job summary looks like'), readme.indexOf('### SARIF'))
  return [...section.matchAll(/^```markdown\n([\s\S]*?)^```$/gm)].map((match) => match[1]!)
}

describe('the README’s example of the job summary', () => {
  it('is exactly what the action renders for its report', () => {
    const [summary, calendar] = summaryBlocks()
    expect(summary).toBe(renderMarkdown(summaryExampleReport()))
    expect(calendar).toBe(`${renderExpiryCalendar(summaryExampleReport())}\n`)
  })
})

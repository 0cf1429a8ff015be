import { describe, expect, it } from 'vitest'
import { renderExpiryCalendar } from '../../../src/report/expiry.js'
import { renderMarkdown } from '../../../src/report/markdown.js'
import { summaryExampleReport } from '../../fixtures/summary-example.js'
import { sectionOf } from '../../helpers/markdown.js'

/** The ```markdown blocks of the docs/report.md section that shows the job summary. */
function summaryBlocks(): string[] {
  const section = `${sectionOf('docs/report.md', '### What the job summary looks like')}\n`
  return [...section.matchAll(/^```markdown\n([\s\S]*?)^```$/gm)].map((match) => match[1]!)
}

describe('the example job summary of docs/report.md', () => {
  it('is exactly what the action renders for its report', () => {
    const [summary, calendar] = summaryBlocks()
    expect(summary).toBe(renderMarkdown(summaryExampleReport()))
    expect(calendar).toBe(`${renderExpiryCalendar(summaryExampleReport())}\n`)
  })
})

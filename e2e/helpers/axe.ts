import AxeBuilder from '@axe-core/playwright'
import { expect, type Page, type TestInfo } from '@playwright/test'

/** The WCAG 2.2 AA rules the site is checked against. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number]

/** One block per violation: rule, impact, what to do, and each offending element. */
export function formatViolations(violations: Violation[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .map(
          (node) =>
            `    ${node.target.join(' ')}\n      ${node.failureSummary?.replace(/\n/g, '\n      ') ?? ''}`,
        )
        .join('\n')
      return `[${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help}\n  ${violation.helpUrl}\n${nodes}`
    })
    .join('\n\n')
}

/**
 * Runs axe on the page, or only on the part matching `include`, attaches the results, and
 * fails on any serious or critical violation.
 */
export async function expectNoSeriousViolations(
  page: Page,
  testInfo: TestInfo,
  { include, label = page.url() }: { include?: string; label?: string } = {},
): Promise<void> {
  const builder = new AxeBuilder({ page }).withTags(WCAG_TAGS)
  const results = await (include ? builder.include(include) : builder).analyze()
  await testInfo.attach(`axe-results ${label}.json`, {
    body: JSON.stringify(results.violations, null, 2),
    contentType: 'application/json',
  })
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(
    serious,
    `axe found serious or critical violations on ${label}:\n\n${formatViolations(serious)}`,
  ).toEqual([])
}

import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import AxeBuilder from '@axe-core/playwright'
import { expect, type Page, test } from '@playwright/test'

import { buildTestPdf } from '../tests/shared/pdfs'

import { findSkippedLevels, readHeadings } from './helpers/headings'
import { runImport } from './helpers/runImport'

// Fixed names and numbers: a second import (a retry) updates the same documents. The ISO code CA
// is used by no other e2e test.
const COUNTRY = 'Legacyland'
const TASK = 901
const ARTICLE_SLUG = 'legacyland-charging'
const REPORT = 'Legacyland Annual Report 2021'
const REPORT_PDF = 'legacyland_annual_report_2021.pdf'
// A word only inside the report's PDF, on its third page.
const PDF_WORD = 'quillwort'

/**
 * A legacy site's `src` folder: a country page, a task page and an article, with real Markdown; a
 * publication and the country's chapter of it (its PDF is in the site's `assets/pdfs`).
 */
const SITE: Record<string, string> = {
  'publications/legacyland_annual_report_2021.md': [
    '---',
    `src: "${REPORT_PDF}"`,
    `description: "The programme's annual report, with ${COUNTRY}'s chapter."`,
    `title: "${REPORT}"`,
    'type: "annualReport"',
    'tags: "publications"',
    'id: 0',
    '---',
    '<embed src="/assets/pdfs/{{ src }}" type="application/pdf" width="100%" height="800px">',
    '',
  ].join('\n'),
  'countriesChapters/legacyland.md': [
    '---',
    `src: "${REPORT_PDF}"`,
    'tags: "countryChapter"',
    '---',
    '<embed src="/assets/pdfs/{{ src }}#page=3" type="application/pdf" width="100%" height="800px">',
    '',
  ].join('\n'),
  'countries/legacyland.md': [
    '---',
    `name: "${COUNTRY}"`,
    'flag: "https://lipis.github.io/flag-icon-css/flags/4x3/ca.svg"',
    'BEV: "[null, null, 1200, null, null, null, null, null, null, null, null]"',
    'PHEV: "[null, null, null, null, null, null, null, null, null, null, null]"',
    'HEV: "[null, null, null, null, null, null, null, null, null, null, null]"',
    'contactName: "Lea Legacy"',
    'contactAffiliation: "Legacy Agency"',
    'contactEmail: "lea@example.org"',
    `onGoings: [${TASK}]`,
    'completedTasks: []',
    '---',
    '## Major Developments in 2020',
    'The government published [A Healthy Environment and a Healthy Economy](https://www.canada.ca/en/services/environment/weather/climatechange/climate-plan.html "Climate plan")',
    'and a [charging strategy][strategy]; details at https://example.org/charging.',
    '',
    '#### Charging **points**',
    '',
    '| Year | Chargers |',
    '|------|---------:|',
    '| 2020 | 8,000 |',
    '',
    '##### By province',
    '- Ontario',
    '  - Toronto',
    '',
    'A <b>bold</b> claim.<script>alert(1)</script>',
    '',
    '## Outlook',
    'More to come.',
    '',
    '[strategy]: https://example.org/strategy',
    '',
  ].join('\n'),
  [`tasks/${TASK}.md`]: [
    '---',
    `number: "${TASK}"`,
    'title: "Legacy Task"',
    'status: "Ongoing"',
    'timePeriod: "2019 – 2023"',
    `Participants: [ ${COUNTRY} ]`,
    'shortDescription: "What the legacy task studies."',
    'taskOperatorName: "Otto Operator"',
    'taskOperatorAffiliation: "Operator Institute"',
    'taskOperatorEmail: "otto@example.org"',
    '---',
    '## Objective of Task',
    'Study [legacy data](https://example.org/data).',
    '',
    '### Figure 1 Results',
    '',
  ].join('\n'),
  'legacyland-charging.md': [
    '---',
    'title: Legacyland Charging',
    `slug: ${ARTICLE_SLUG}`,
    `country: ${COUNTRY}`,
    'topic: Infrastructure',
    '---',
    '# Charging',
    '### Fast chargers',
    'Along the highways.',
    '',
  ].join('\n'),
}

/** The site's root: `src/` with the pages, `assets/pdfs/` with the report. */
async function writeSite(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'evcp-e2e-site-'))
  for (const [name, content] of Object.entries(SITE)) {
    await mkdir(path.dirname(path.join(root, 'src', name)), { recursive: true })
    await writeFile(path.join(root, 'src', name), content, 'utf8')
  }
  await mkdir(path.join(root, 'assets', 'pdfs'), { recursive: true })
  const pdf = buildTestPdf([[REPORT], ['Contents'], [`${COUNTRY}`, `Charging and ${PDF_WORD} policy.`]])
  await writeFile(path.join(root, 'assets', 'pdfs', REPORT_PDF), pdf)
  return root
}

/** One h1, no skipped level, no Markdown or HTML left in the text, no serious axe violation. */
async function expectCleanPage(page: Page, url: string) {
  expect((await page.goto(url))?.status(), url).toBe(200)
  const headings = await readHeadings(page)
  expect(
    headings.filter((heading) => heading.level === 1),
    `one h1 on ${url}`,
  ).toHaveLength(1)
  expect(findSkippedLevels(headings), `heading levels skipped on ${url}`).toEqual([])
  const text = await page.locator('main').innerText()
  for (const syntax of ['](', '**', '|---', '<b>', '##', 'alert(1)']) {
    expect(text, `"${syntax}" on ${url}`).not.toContain(syntax)
  }
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze()
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(
    serious.map((v) => v.id),
    `axe violations on ${url}`,
  ).toEqual([])
}

test('a legacy site imports in one command and shows real links and an outline without gaps', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(150_000)
  if (!baseURL) throw new Error('baseURL is not configured')
  const root = await writeSite()

  const run = await runImport([root], baseURL)
  expect(run.output).toMatch(/\nimported \d, updated \d, rejected 0, warnings \d+ \(/)
  expect(run.output).toMatch(/legacyland\.md:\d+: warning: heading "Charging points" \(####\) is shown as h3/)
  expect(run.code).toBe(0)

  await test.step('the country page', async () => {
    await expectCleanPage(page, '/countries/legacyland')
    const main = page.locator('main')
    await expect(
      main.getByRole('link', { name: 'A Healthy Environment and a Healthy Economy' }),
    ).toHaveAttribute(
      'href',
      'https://www.canada.ca/en/services/environment/weather/climatechange/climate-plan.html',
    )
    await expect(main.getByRole('link', { name: 'charging strategy' })).toHaveAttribute(
      'href',
      'https://example.org/strategy',
    )
    await expect(main.getByRole('link', { name: 'https://example.org/charging' })).toHaveAttribute(
      'href',
      'https://example.org/charging',
    )
    await expect(main.getByRole('heading', { level: 3, name: 'Charging points' })).toBeVisible()
    await expect(main.getByRole('heading', { level: 4, name: 'By province' })).toBeVisible()
    const table = main.getByRole('region', { name: 'Table: Year, Chargers' }).getByRole('table')
    await expect(table.getByRole('columnheader', { name: 'Chargers' })).toBeVisible()
    await expect(table.getByRole('row', { name: /2020/ })).toContainText('8,000')
    await expect(main.getByText('A bold claim.')).toBeVisible()
  })

  await test.step('the task page', async () => {
    await expectCleanPage(page, `/tasks/${TASK}`)
    const main = page.locator('main')
    await expect(main.getByRole('heading', { level: 2, name: 'Objective of Task' })).toBeVisible()
    await expect(main.getByRole('heading', { level: 3, name: 'Figure 1 Results' })).toBeVisible()
    await expect(main.getByRole('link', { name: 'legacy data' })).toHaveAttribute(
      'href',
      'https://example.org/data',
    )
    await expect(main.getByText('Otto Operator')).toBeVisible()
    await expect(main.getByText('Task operating agent')).toBeVisible()
    await expect(main.getByText('2019–2023')).toBeVisible()
    await expect(main.getByRole('link', { name: COUNTRY })).toHaveAttribute('href', '/countries/legacyland')
  })

  await test.step('the article page', async () => {
    await expectCleanPage(page, `/policies/${ARTICLE_SLUG}`)
    await expect(page.locator('main').getByRole('heading', { level: 3, name: 'Fast chargers' })).toBeVisible()
  })

  await test.step('the library, the country’s chapter, and search inside the PDF', async () => {
    await expectCleanPage(page, '/publications')
    await expect(page.locator('main').getByRole('link', { name: REPORT })).toBeVisible()
    await page.goto('/countries/legacyland')
    const chapter = page
      .getByRole('region', { name: 'Publications' })
      .getByRole('link', { name: `${COUNTRY} in the ${REPORT}, from page 3` })
    await expect(chapter).toHaveAttribute('href', /^\/api\/publications\/file\/[^#]+\.pdf#page=3$/)
    // The server's job reads the PDF in the background; then its words are in the index.
    await expect(async () => {
      await page.goto(`/search?q=${PDF_WORD}`)
      await expect(page.getByRole('link', { name: 'Found on page 3 of the PDF' })).toBeVisible({
        timeout: 1_000,
      })
    }).toPass({ timeout: 45_000 })
    await expect(
      page.getByRole('region', { name: /^Publications/ }).getByRole('link', { name: REPORT }),
    ).toBeVisible()
  })
})

test('the seed article’s addresses are links, its text as written', async ({ page }) => {
  await page.goto('/policies/belgium-digital-economy')
  const main = page.locator('main')
  for (const url of [
    'https://eur-lex.europa.eu/eli/reg/2024/1689/oj',
    'https://ccb.belgium.be/en/nis',
    'https://european-digital-innovation-hubs.ec.europa.eu/home',
  ]) {
    await expect(main.getByRole('link', { name: url, exact: true })).toHaveAttribute('href', url)
  }
  await expect(main.getByText('where it stands 3rd (in DESI?), and the integration')).toBeVisible()
})

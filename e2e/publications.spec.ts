import { expect, test, type APIRequestContext } from '@playwright/test'

import { PDF_POLICY } from '../lib/platform/csp/policy'
import { buildTestPdf } from '../tests/shared/pdfs'

import { ADMIN_STATE, uniqueName } from './helpers/accounts'
import { countryIdOf } from './helpers/admin'

test.describe.configure({ mode: 'serial' })

/** A word that occurs nowhere but on page 107 of this run's report. */
const WORD = `quorvex${Date.now().toString(36)}`
const REPORT_TITLE = uniqueName('Annual Report')
const NEWSLETTER_TITLE = uniqueName('Newsletter')
const TASK_NUMBER = 900 + Math.floor(Math.random() * 9_000)
const reportPages = Array.from({ length: 110 }, (_, index) =>
  index === 106 ? ['Belgium', `Charging corridors and ${WORD} cables`] : [`Page ${index + 1}`],
)

type Created = { id: number | string }
let report: Created & { filename: string; slug: string }
let belgium: number | string

/** Uploads a published publication with its PDF, as the admin (session cookie). */
async function uploadPublication(request: APIRequestContext, data: object, pdf: Buffer, name: string) {
  const response = await request.post('/api/publications?depth=0', {
    multipart: {
      file: { name, mimeType: 'application/pdf', buffer: pdf },
      _payload: JSON.stringify({ _status: 'published', ...data }),
    },
  })
  expect(response.status(), await response.text()).toBe(201)
  return ((await response.json()) as { doc: Created & { filename: string; slug: string } }).doc
}

test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext({ storageState: ADMIN_STATE })
  const { request } = context
  const task = await request.post('/api/tasks', {
    data: { number: TASK_NUMBER, title: 'Charging corridors', status: 'ongoing', _status: 'published' },
  })
  expect(task.status(), await task.text()).toBe(201)
  const { doc: taskDoc } = (await task.json()) as { doc: Created }
  belgium = await countryIdOf(request, 'belgium')
  report = await uploadPublication(
    request,
    {
      title: REPORT_TITLE,
      type: 'annual-report',
      year: 2024,
      description: 'The programme’s year.',
      tasks: [taskDoc.id],
      countries: [belgium],
      legacyFileName: `${WORD}_annual_report.pdf`,
    },
    buildTestPdf(reportPages),
    `${WORD} annual report.pdf`,
  )
  await uploadPublication(
    request,
    { title: NEWSLETTER_TITLE, type: 'newsletter', year: 2023 },
    buildTestPdf([['Newsletter']]),
    `${WORD}-newsletter.pdf`,
  )
  const chapter = await request.patch(`/api/countries/${belgium}`, {
    data: { chapter: { publication: report.id, startPage: 107 } },
  })
  expect(chapter.status(), await chapter.text()).toBe(200)
  await context.close()
})

test.afterAll(async ({ browser }) => {
  // Belgium as the other tests expect it: without a chapter.
  const context = await browser.newContext({ storageState: ADMIN_STATE })
  await context.request.patch(`/api/countries/${belgium}`, {
    data: { chapter: { publication: null, startPage: null } },
  })
  await context.close()
})

test('the library filters by type, year, task and country in a form that needs no JavaScript', async ({
  browser,
}) => {
  const visitor = await browser.newContext({ javaScriptEnabled: false })
  const page = await visitor.newPage()
  await page.goto('/publications')
  await expect(page.getByRole('link', { name: REPORT_TITLE })).toBeVisible()
  await expect(page.getByRole('link', { name: NEWSLETTER_TITLE })).toBeVisible()

  await page.getByLabel('Type').selectOption('annual-report')
  await page.getByRole('button', { name: 'Show publications' }).click()
  await expect(page).toHaveURL(/type=annual-report/)
  await expect(page.getByRole('link', { name: REPORT_TITLE })).toBeVisible()
  await expect(page.getByRole('link', { name: NEWSLETTER_TITLE })).toHaveCount(0)

  await page.goto('/publications')
  await page.getByLabel('Year').selectOption('2023')
  await page.getByRole('button', { name: 'Show publications' }).click()
  await expect(page.getByRole('link', { name: NEWSLETTER_TITLE })).toBeVisible()
  await expect(page.getByRole('link', { name: REPORT_TITLE })).toHaveCount(0)

  for (const query of [`task=${TASK_NUMBER}`, 'country=belgium']) {
    await page.goto(`/publications?${query}`)
    await expect(page.getByRole('link', { name: REPORT_TITLE })).toBeVisible()
    await expect(page.getByRole('link', { name: NEWSLETTER_TITLE })).toHaveCount(0)
  }
  // Once the background job has read the PDF, the library shows its pages and its first page.
  await expect(async () => {
    await page.goto('/publications?type=annual-report&year=2024')
    await expect(page.getByText(/PDF, \d+ KB, 110 pages/)).toBeVisible({ timeout: 1_000 })
  }).toPass({ timeout: 30_000 })
  const thumbnail = await visitor.request.get(`/publications/${report.slug}/thumbnail.png`)
  expect(thumbnail.headers()['content-type']).toBe('image/png')
  await visitor.close()
})

test('a task page lists its report; Belgium’s page opens its chapter at page 107', async ({ browser }) => {
  const visitor = await browser.newContext()
  const page = await visitor.newPage()
  await page.goto(`/tasks/${TASK_NUMBER}`)
  const taskPublications = page.getByRole('region', { name: 'Publications' })
  await expect(taskPublications.getByRole('link', { name: REPORT_TITLE })).toBeVisible()

  await page.goto('/countries/belgium')
  const chapter = page
    .getByRole('region', { name: 'Publications' })
    .getByRole('link', { name: `Belgium in the ${REPORT_TITLE}, from page 107` })
  await expect(chapter).toHaveAttribute('href', /^\/api\/publications\/file\/[^#]+\.pdf#page=107$/)
  const pdf = await visitor.request.get((await chapter.getAttribute('href')) ?? '')
  expect(pdf.headers()['content-type']).toBe('application/pdf')

  // The former site's addresses of the chapter and of the PDF lead to them.
  const legacyChapter = await visitor.request.get('/countriesChapters/belgium', { maxRedirects: 0 })
  expect(legacyChapter.status()).toBe(301)
  expect(legacyChapter.headers().location).toMatch(/#page=107$/)
  const legacyPdf = await visitor.request.get(`/assets/pdfs/${WORD}_annual_report.pdf`, { maxRedirects: 0 })
  expect(legacyPdf.status()).toBe(301)
  expect(legacyPdf.headers().location).toBe(`/api/publications/file/${encodeURIComponent(report.filename)}`)
  await visitor.close()
})

test('search finds a word from inside the PDF and links the page it is on', async ({ browser }) => {
  const visitor = await browser.newContext()
  const page = await visitor.newPage()
  await expect(async () => {
    await page.goto(`/search?q=${WORD}`)
    await expect(page.getByRole('heading', { name: /^Publications/ })).toBeVisible({ timeout: 1_000 })
  }).toPass({ timeout: 30_000 })
  const results = page.getByRole('region', { name: /^Publications/ })
  await expect(results.getByRole('link', { name: REPORT_TITLE })).toBeVisible()
  await expect(results.getByRole('link', { name: 'Found on page 107 of the PDF' })).toHaveAttribute(
    'href',
    /\.pdf#page=107$/,
  )
  await visitor.close()
})

test('the PDF is served inline, streamed in ranges: a range request answers 206', async ({ browser }) => {
  const visitor = await browser.newContext()
  const file = `/api/publications/file/${encodeURIComponent(report.filename)}`
  const whole = await visitor.request.get(file)
  expect(whole.status()).toBe(200)
  const size = (await whole.body()).length
  expect(whole.headers()).toMatchObject({
    'content-type': 'application/pdf',
    'accept-ranges': 'bytes',
    'x-content-type-options': 'nosniff',
    'surrogate-key': 'publication-files',
    'content-disposition': `inline; filename="${report.filename}"; filename*=UTF-8''${encodeURIComponent(report.filename)}`,
  })

  // Chrome's own PDF viewer is blocked by `object-src 'none'`: a PDF has a policy of its own.
  expect(whole.headers()['content-security-policy']).toBe(PDF_POLICY)

  const part = await visitor.request.get(file, { headers: { Range: 'bytes=100-199' } })
  expect(part.status()).toBe(206)
  expect(part.headers()['content-range']).toBe(`bytes 100-199/${size}`)
  expect((await part.body()).equals((await whole.body()).subarray(100, 200))).toBe(true)
  await visitor.close()
})

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ATTENTION_CHECKS } from '@/lib/data/attention/checks'
import { missingLatestYear } from '@/lib/data/attention/checks/missingLatestYear'
import { openReviewItems } from '@/lib/data/attention/checks/openReviewItems'
import { placeholderTasks } from '@/lib/data/attention/checks/placeholderTasks'
import { publicationPdfs } from '@/lib/data/attention/checks/publicationPdfs'
import { scheduledPublications } from '@/lib/data/attention/checks/scheduledPublications'
import { staleArticles } from '@/lib/data/attention/checks/staleArticles'
import { unpublishedDrafts } from '@/lib/data/attention/checks/unpublishedDrafts'
import { runAttentionChecks } from '@/lib/data/attention/runAttentionChecks'
import type { AttentionCheck, AttentionContext } from '@/lib/data/attention/types'
import type { Country, PolicyArticle, User } from '@/payload-types'

import { createCountry, createPolicyArticle, createTask } from './helpers/factories'
import { richTextParagraph } from './helpers/lexical'
import { bootPayload, createUser, shutdownPayload } from './helpers/payload'
import { createPublication, runPdfJobs } from './helpers/publications'

let payload: Payload
let editor: User
let reporting: Country
let silent: Country
let article: PolicyArticle

const NOW = new Date()

function context(now: Date = NOW): AttentionContext {
  return { payload, user: editor, now }
}

async function labelsOf(check: AttentionCheck, now?: Date): Promise<string[]> {
  return (await check.run(context(now))).items.map((item) => item.label)
}

beforeAll(async () => {
  payload = await bootPayload()
  editor = await createUser(payload, 'editor')
  reporting = await createCountry(payload, { name: 'Reportland' })
  silent = await createCountry(payload, { name: 'Silentland' })
  for (const [country, year] of [
    [reporting, 2019],
    [reporting, 2020],
    [silent, 2019],
  ] as const) {
    await payload.create({ collection: 'ev-statistics', data: { country: country.id, year, bev: 10 } })
  }
  // A year with a row but no figures does not count as reported.
  await payload.create({ collection: 'ev-statistics', data: { country: silent.id, year: 2020 } })
  article = await createPolicyArticle(payload, { title: 'Grid Policy', country: reporting.id })
})
afterAll(async () => {
  await shutdownPayload(payload)
})

describe('countries without figures for the latest year', () => {
  it('lists the countries that lack figures for the latest year any country has, linking to each', async () => {
    const result = await missingLatestYear.run(context())
    expect(result.title).toBe('Countries without figures for 2020')
    expect(result.items).toEqual([
      {
        label: 'Silentland',
        href: `/admin/collections/countries/${silent.id}`,
        detail: 'no figures for 2020',
      },
    ])
  })
})

describe('drafts with unpublished changes', () => {
  it('lists a published document with a newer draft, and one never published', async () => {
    await payload.update({
      collection: 'policy-articles',
      id: article.id,
      data: { title: 'Grid Policy (revised)' },
      draft: true,
    })
    const task = await createTask(payload, { _status: 'draft', title: 'Unfinished' })
    const { items } = await unpublishedDrafts.run(context())
    expect(items).toContainEqual(
      expect.objectContaining({
        label: 'Policy article: Grid Policy (revised)',
        href: `/admin/collections/policy-articles/${article.id}`,
        detail: expect.stringMatching(/^changes not published, last saved /) as string,
      }),
    )
    expect(items).toContainEqual(
      expect.objectContaining({
        label: `Task: Task ${task.number} — Unfinished`,
        detail: expect.stringMatching(/^never published/) as string,
      }),
    )
    expect(items.map((item) => item.label)).not.toContain('Country: Reportland')
  })
})

describe('scheduled publications', () => {
  it('lists publications waiting in the job queue with their time, and forgets them once run', async () => {
    const waitUntil = new Date(Date.now() + 60 * 60 * 1000)
    const job = await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'policy-articles', value: article.id } },
      waitUntil,
    })
    const { items } = await scheduledPublications.run(context())
    expect(items).toEqual([
      {
        label: 'Policy article: Grid Policy (revised)',
        href: `/admin/collections/policy-articles/${article.id}`,
        detail: expect.stringMatching(/^to be published \d+ \w{3} \d{4}, \d\d:\d\d UTC$/) as string,
      },
    ])
    await payload.update({
      collection: 'payload-jobs',
      id: job.id,
      data: { completedAt: new Date().toISOString() },
    })
    expect(await labelsOf(scheduledPublications)).toEqual([])
  })
})

describe('placeholder tasks', () => {
  it('lists tasks marked as placeholders until they are published', async () => {
    const placeholder = await createTask(payload, {
      _status: 'draft',
      title: 'Task 77',
      number: 77,
      placeholder: true,
    })
    expect(await labelsOf(placeholderTasks)).toEqual(['Task 77 — Task 77'])
    await payload.update({
      collection: 'tasks',
      id: placeholder.id,
      data: { title: 'Batteries', _status: 'published' },
    })
    expect(await labelsOf(placeholderTasks)).toEqual([])
  })
})

describe('articles not updated for more than a year', () => {
  it('lists articles last saved more than a year before now', async () => {
    expect(await labelsOf(staleArticles)).toEqual([])
    const inTwoYears = new Date(NOW.getTime() + 2 * 365 * 24 * 60 * 60 * 1000)
    expect(await labelsOf(staleArticles, inTwoYears)).toContain('Grid Policy')
  })
})

describe('open questions in texts', () => {
  it('lists documents whose text, draft included, still holds open questions, until they are resolved', async () => {
    const questioned = await createPolicyArticle(payload, {
      title: 'Questioned Policy',
      country: reporting.id,
      body: richTextParagraph('The agency (spell out -what is that?) runs the scheme (in DESI?).'),
    })
    const result = await openReviewItems.run(context())
    const item = result.items.find((entry) => entry.label === 'Questioned Policy')
    expect(item?.href).toBe(`/admin/collections/policy-articles/${questioned.id}`)
    expect(item?.detail).toBe('2 open questions: (spell out -what is that?) (in DESI?)')
    expect(result.items.map((entry) => entry.label)).not.toContain('Grid Policy')

    // Resolved in a draft: the editor's list follows the draft.
    await payload.update({
      collection: 'policy-articles',
      id: questioned.id,
      data: { body: richTextParagraph('The Federal Public Service Economy runs the scheme.') },
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    expect(await labelsOf(openReviewItems)).not.toContain('Questioned Policy')
  })
})

describe('publications and their PDFs', () => {
  it('lists a publication without its PDF, and one whose PDF has no text, each saying why', async () => {
    const missing = await createPublication(payload, {
      title: 'Waiting for its PDF',
      _status: 'draft',
      pages: null,
    })
    const scanned = await createPublication(payload, { title: 'Scanned pages', pages: [[]] })
    await createPublication(payload, { title: 'Readable report', pages: [['Plenty of text']] })
    await runPdfJobs(payload)
    const { items } = await publicationPdfs.run(context())
    expect(items).toEqual([
      {
        label: 'Scanned pages',
        href: `/admin/collections/publications/${scanned.id}`,
        detail: expect.stringMatching(/no text in the PDF/) as unknown,
      },
      {
        label: 'Waiting for its PDF',
        href: `/admin/collections/publications/${missing.id}`,
        detail: expect.stringMatching(/no PDF yet/) as unknown,
      },
    ])
  })
})

describe('runAttentionChecks', () => {
  it('runs every check, and shows a failing check’s error without losing the others', async () => {
    const failing: AttentionCheck = { title: 'Broken', run: () => Promise.reject(new Error('boom')) }
    const sections = await runAttentionChecks(context(), [failing, ...ATTENTION_CHECKS])
    expect(sections[0]).toEqual({ title: 'Broken', items: [], error: 'boom' })
    expect(sections.map((section) => section.title)).toEqual([
      'Broken',
      'Countries without figures for 2020',
      'Drafts with unpublished changes',
      'Scheduled publications',
      'Placeholder tasks',
      'Publications and their PDFs',
      'Open questions in texts',
      'Articles not updated for more than a year',
    ])
  })
})

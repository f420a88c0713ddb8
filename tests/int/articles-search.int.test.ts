import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { getArticleBySlug, getArticlesForCountry, getArticleSummaries } from '@/lib/data/readers/articles'
import { searchSite } from '@/lib/data/readers/search'
import type { PolicyArticle } from '@/payload-types'

import { createCountry, createPolicyArticle, createTask } from './helpers/factories'
import { bootPayload, shutdownPayload } from './helpers/payload'

// Outside a Next.js server there is no data cache: the readers run their queries directly.
vi.mock('@/lib/data/readers/cached', () => ({
  cachedReader: <Args extends unknown[], Result>(
    _name: string,
    _tags: unknown,
    read: (...args: Args) => Result,
  ) => read,
}))

type Body = NonNullable<PolicyArticle['body']>

const block = { direction: 'ltr', format: '', indent: 0, version: 1 } as const
const text = (value: string) => ({
  type: 'text',
  text: value,
  format: 0,
  style: '',
  mode: 'normal',
  detail: 0,
  version: 1,
})
const paragraph = (value: string) => ({ ...block, type: 'paragraph', textFormat: 0, children: [text(value)] })
const heading = (value: string) => ({ ...block, type: 'heading', tag: 'h2', children: [text(value)] })
const body = (...children: object[]): Body =>
  ({ root: { ...block, type: 'root', children } }) as unknown as Body

let payload: Payload
beforeAll(async () => {
  payload = await bootPayload()
  const belgium = await createCountry(payload, { name: 'Belgium', isoCode: 'BE' })
  const netherlands = await createCountry(payload, { name: 'Netherlands', isoCode: 'NL' })
  await createPolicyArticle(payload, {
    title: 'Company car taxation',
    country: belgium.id,
    topic: 'Taxation',
    summary: 'Deductibility of company cars.',
    publishedAt: '2023-05-01T12:00:00.000Z',
    source: 'https://example.org/source',
    body: body(
      paragraph('Introduction about fleets.'),
      heading('Fuel cars'),
      paragraph('Deductibility falls to zero.'),
      heading('Charging infrastructure'),
      paragraph('A purchase subsidy for home chargers.'),
    ),
  })
  await createPolicyArticle(payload, {
    title: 'Zero-emission zones',
    country: netherlands.id,
    topic: 'Urban policy',
    publishedAt: '2024-01-10T12:00:00.000Z',
  })
  await createPolicyArticle(payload, { title: 'An undated note', country: netherlands.id })
  await createTask(payload, {
    number: 7,
    title: 'Interoperability of chargers',
    summary: 'Charging standards.',
  })
})
afterAll(async () => {
  await shutdownPayload(payload)
})

describe('article readers', () => {
  it('lists articles newest first, undated last, with their country', async () => {
    const summaries = await getArticleSummaries()
    expect(summaries.map((a) => a.title)).toEqual([
      'Zero-emission zones',
      'Company car taxation',
      'An undated note',
    ])
    expect(summaries[1]).toMatchObject({
      slug: 'company-car-taxation',
      country: { name: 'Belgium', slug: 'belgium' },
    })
  })

  it('reads one article with body and source, and null for an unknown slug', async () => {
    const article = await getArticleBySlug('company-car-taxation')
    expect(article).toMatchObject({ source: 'https://example.org/source', topic: 'Taxation' })
    expect(article?.body).toHaveProperty('root')
    expect(await getArticleBySlug('no-such-article')).toBeNull()
  })

  it("lists a country's articles by country slug", async () => {
    const articles = await getArticlesForCountry('netherlands')
    expect(articles.map((a) => a.title)).toEqual(['Zero-emission zones', 'An undated note'])
  })
})

describe('searchSite', () => {
  it('links an article to the section that matched, words spread over several fields', async () => {
    const { articles } = await searchSite(['subsidy', 'taxation'])
    expect(articles.total).toBe(1)
    expect(articles.hits[0]).toMatchObject({
      href: '/policies/company-car-taxation#charging-infrastructure',
      country: 'Belgium',
    })
    expect(articles.hits[0]?.snippet).toContain('subsidy')
  })

  it('finds countries by name and tasks by number or words', async () => {
    expect((await searchSite(['belg'])).countries.hits).toMatchObject([{ name: 'Belgium', slug: 'belgium' }])
    expect((await searchSite(['task', '7'])).tasks.hits).toMatchObject([{ number: 7 }])
    expect((await searchSite(['CHARGING'])).tasks.total).toBe(1)
  })

  it('treats hostile input as text and never matches everything', async () => {
    for (const words of [
      ['%'],
      ['_'],
      ["'", 'or', '1=1'],
      ['\\'],
      ['"; drop table countries; --'],
      ['🚗'],
      ['$where'],
    ]) {
      const results = await searchSite(words)
      expect(results.countries.total + results.articles.total + results.tasks.total).toBe(0)
    }
  })
})

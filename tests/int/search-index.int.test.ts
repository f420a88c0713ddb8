import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { searchSite } from '@/lib/data/readers/search'
import type { Country } from '@/payload-types'
import { readPublished, toIndexedDocument } from '@/lib/data/search-index/documents'
import { getSearchIndex } from '@/lib/data/search-index/registry'
import { rebuildSearchIndex } from '@/lib/data/search-index/sync'

import { createCountry, createPolicyArticle, createTask } from './helpers/factories'
import { richTextParagraph } from './helpers/lexical'
import { bootPayload, shutdownPayload } from './helpers/payload'

// Outside a Next.js server there is no data cache: the readers run their queries directly.
vi.mock('@/lib/data/readers/cached', () => ({
  cachedReader: <Args extends unknown[], Result>(
    _name: string,
    _tags: unknown,
    read: (...args: Args) => Result,
  ) => read,
}))

// Whole words, so the same assertions hold for SQLite (which also matches word beginnings) and
// MongoDB (whole, stemmed words).
const articleTitles = async (...words: string[]) =>
  (await searchSite(words)).articles.hits.map((hit) => hit.title)

let payload: Payload
let country: Country
beforeAll(async () => {
  payload = await bootPayload()
  country = await createCountry(payload, { name: 'Kiribati', isoCode: 'KI' })
})
afterAll(async () => {
  await shutdownPayload(payload)
})

describe('the search index', () => {
  it('ranks a match in the title above matches in the summary', async () => {
    await createPolicyArticle(payload, {
      country: country.id,
      title: 'Fleet rules',
      summary: 'How hydrogen trucks and hydrogen buses are taxed.',
    })
    await createPolicyArticle(payload, { country: country.id, title: 'Hydrogen strategy' })
    expect(await articleTitles('hydrogen')).toEqual(['Hydrogen strategy', 'Fleet rules'])
  })

  it('ranks a country named by the word above one whose narrative mentions it', async () => {
    await createCountry(payload, { name: 'Tuvalu', isoCode: 'TV' })
    const neighbour = await createCountry(payload, { name: 'Nauru', isoCode: 'NR' })
    await payload.update({
      collection: 'countries',
      id: neighbour.id,
      data: { body: richTextParagraph('Ferries to Tuvalu are electric.') },
      overrideAccess: true,
    })
    const { countries } = await searchSite(['tuvalu'])
    expect(countries.hits.map((hit) => hit.name)).toEqual(['Tuvalu', 'Nauru'])
    expect(countries.total).toBe(2)
  })

  it('follows every save: new words are found at once, replaced ones no longer', async () => {
    const article = await createPolicyArticle(payload, { country: country.id, title: 'Zeppelin charging' })
    expect(await articleTitles('zeppelin')).toEqual(['Zeppelin charging'])
    await payload.update({
      collection: 'policy-articles',
      id: article.id,
      data: { title: 'Airship charging' },
      overrideAccess: true,
    })
    expect(await articleTitles('zeppelin')).toEqual([])
    expect(await articleTitles('airship')).toEqual(['Airship charging'])
  })

  it('forgets a deleted document', async () => {
    const task = await createTask(payload, { title: 'Amphibious vehicles' })
    expect((await searchSite(['amphibious'])).tasks.hits.map((hit) => hit.number)).toEqual([task.number])
    await payload.delete({ collection: 'tasks', id: task.id, overrideAccess: true })
    expect((await searchSite(['amphibious'])).tasks.total).toBe(0)
  })

  it('forgets an unpublished document', async () => {
    const article = await createPolicyArticle(payload, { country: country.id, title: 'Monorail subsidies' })
    expect(await articleTitles('monorail')).toEqual(['Monorail subsidies'])
    await payload.update({
      collection: 'policy-articles',
      id: article.id,
      data: { _status: 'draft' },
      overrideAccess: true,
    })
    expect(await articleTitles('monorail')).toEqual([])
  })

  it('never shows a document visitors can no longer read, even while the index still has it', async () => {
    const article = await createPolicyArticle(payload, { country: country.id, title: 'Cable car grants' })
    const published = await readPublished(payload, 'policy-articles', article.id)
    if (!published) throw new Error('the article was not published')
    await payload.update({
      collection: 'policy-articles',
      id: article.id,
      data: { _status: 'draft' },
      overrideAccess: true,
    })
    // As if the index update that follows the commit had failed.
    await getSearchIndex(payload).replace([toIndexedDocument('policy-articles', published)])
    expect(await articleTitles('cable')).toEqual([])
  })

  it("names an article's country as it is named now", async () => {
    const palau = await createCountry(payload, { name: 'Palau', isoCode: 'PW' })
    await createPolicyArticle(payload, { country: palau.id, title: 'Solar ferries' })
    await payload.update({
      collection: 'countries',
      id: palau.id,
      data: { name: 'Republic of Palau' },
      overrideAccess: true,
    })
    const { articles } = await searchSite(['ferries'])
    expect(articles.hits.map((hit) => hit.country)).toEqual(['Republic of Palau'])
  })

  it('never indexes drafts: a new draft, or a draft saved over a published document', async () => {
    await payload.create({
      collection: 'policy-articles',
      data: { _status: 'draft', title: 'Secret gondola plan', country: country.id },
      draft: true,
      overrideAccess: true,
    })
    const published = await createPolicyArticle(payload, { country: country.id, title: 'Tramway budget' })
    await payload.update({
      collection: 'policy-articles',
      id: published.id,
      data: { title: 'Tramway budget and secret funicular' },
      draft: true,
      overrideAccess: true,
    })
    expect(await articleTitles('gondola')).toEqual([])
    expect(await articleTitles('funicular')).toEqual([])
    expect(await articleTitles('tramway')).toEqual(['Tramway budget'])
  })

  it('is rebuilt from the published documents alone', async () => {
    const before = await searchSite(['hydrogen'])
    await getSearchIndex(payload).clear()
    expect((await searchSite(['hydrogen'])).articles.total).toBe(0)
    const count = await rebuildSearchIndex(payload)
    // The four countries and the five published articles above; no draft, nothing deleted.
    expect(count).toBe(9)
    expect(await searchSite(['hydrogen'])).toEqual(before)
    expect(await articleTitles('gondola')).toEqual([])
  })

  it('matches every word, in any field, and nothing for punctuation alone', async () => {
    expect(await articleTitles('hydrogen', 'buses')).toEqual(['Fleet rules'])
    expect(await articleTitles('hydrogen', 'nowhere')).toEqual([])
    const punctuation = await searchSite(['--', '"', '*'])
    expect(punctuation.articles.total + punctuation.countries.total + punctuation.tasks.total).toBe(0)
  })
})

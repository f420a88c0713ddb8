import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { hasOpenReviewItems } from '@/lib/domain/review'
import { markdownToLexical } from '@/lib/import/markdown'
import { seedDatabase } from '@/lib/import/seed/seedDatabase'
import type { PolicyArticle, User } from '@/payload-types'

import { asJson, docsOf, idOf, loginToken, objectAt, rest } from './helpers/api'
import { createCountry, createTask } from './helpers/factories'
import { blockTypes } from './helpers/lexical'
import { bootPayload, createUser, shutdownPayload } from './helpers/payload'

/** The notes editors left in the seed article, written out by hand from seed/belgium-digital-economy.md. */
const SEED_ARTICLE_ITEMS = [
  {
    question: '(in DESI?)',
    sentence:
      'This ranking reflects Belgium’s strengths in connectivity, where it stands 3rd (in DESI?), and the integration of digital technologies by businesses, where it ranks 5th.',
  },
  {
    question: '(spell out -what is that?)',
    sentence:
      'Belgium currently has six active EDIHs (spell out -what is that?): Flanders AI, SustAIn.brussels, Walhub, DIGITALIS, EDIH-CONNECT and EDIH-EBE.',
  },
  {
    question: '(is this the full name, if not spell out)',
    sentence:
      'Belgium has launched a 30-month project, BeQCI (is this the full name, if not spell out), to deploy quantum communication networks in Belgium.',
  },
  {
    question: '()',
    sentence:
      'BeQCI will carry out several research lines that follow three main themes: ensuring the security of the whole communication chain, reducing the cost of Quantum key distribution ()-systems, increasing the length of links.',
  },
]

let payload: Payload
let editor: User & { collection: 'users' }

beforeAll(async () => {
  payload = await bootPayload()
  await seedDatabase(payload)
  editor = await createUser(payload, 'editor')
})
afterAll(async () => {
  await shutdownPayload(payload)
})

async function seedArticle(): Promise<PolicyArticle> {
  const { docs } = await payload.find({
    collection: 'policy-articles',
    where: { slug: { equals: 'belgium-digital-economy' } },
    depth: 0,
  })
  const [article] = docs
  if (!article) throw new Error('the seed article is missing')
  return article
}

const itemsOf = (doc: { reviewItems?: { question?: string | null; sentence?: string | null }[] | null }) =>
  (doc.reviewItems ?? []).map(({ question, sentence }) => ({ question, sentence }))

describe('the seed article', () => {
  it('has the four open questions of its text as review items, each with its sentence', async () => {
    const article = await seedArticle()
    expect(itemsOf(article)).toEqual(SEED_ARTICLE_ITEMS)
    expect(hasOpenReviewItems(article)).toBe(true)
  })

  it('keeps the text as written, and its addresses are links', async () => {
    const body = JSON.stringify((await seedArticle()).body)
    expect(body).toContain('where it stands 3rd (in DESI?), and')
    expect(body).toContain('"url":"https://eur-lex.europa.eu/eli/reg/2024/1689/oj"')
    expect(body).toContain('"url":"https://ccb.belgium.be/en/nis"')
  })
})

describe('an editor resolving a question', () => {
  it('removes its review item on save, keeping the others and their row ids', async () => {
    const article = await seedArticle()
    const before = article.reviewItems ?? []
    const body = JSON.parse(JSON.stringify(article.body).replace(' (in DESI?)', '')) as PolicyArticle['body']
    const saved = await payload.update({
      collection: 'policy-articles',
      id: article.id,
      data: { body },
      overrideAccess: false,
      user: editor,
    })
    expect(itemsOf(saved)).toEqual(SEED_ARTICLE_ITEMS.slice(1))
    expect(saved.reviewItems?.map((item) => item.id)).toEqual(before.slice(1).map((item) => item.id))
  })

  it('keeps the items and the search text when a save changes other fields only', async () => {
    const article = await seedArticle()
    const saved = await payload.update({
      collection: 'policy-articles',
      id: article.id,
      data: { summary: 'A new summary.' },
      overrideAccess: false,
      user: editor,
    })
    expect(itemsOf(saved)).toEqual(SEED_ARTICLE_ITEMS.slice(1))
    // The search copy of the text survives such a save too.
    expect(saved.searchText).toContain('2030 Digital Decade framework')
  })

  it('ignores review items sent by a client: they always follow the text', async () => {
    const article = await seedArticle()
    const saved = await payload.update({
      collection: 'policy-articles',
      id: article.id,
      data: { reviewItems: [] },
      overrideAccess: false,
      user: editor,
    })
    expect(itemsOf(saved)).toEqual(SEED_ARTICLE_ITEMS.slice(1))
  })
})

describe('countries and tasks', () => {
  it('get review items from their narrative and description', async () => {
    const country = await createCountry(payload, {
      body: markdownToLexical('## Outlook\nSubsidies end in 2025 (or 2026?).').value,
    })
    expect(itemsOf(country)).toEqual([
      { question: '(or 2026?)', sentence: 'Subsidies end in 2025 (or 2026?).' },
    ])
    const task = await createTask(payload, { description: markdownToLexical('Led by TBA (TBD).').value })
    expect(itemsOf(task)).toEqual([{ question: '(TBD)', sentence: 'Led by TBA (TBD).' }])
    const clean = await createTask(payload, { description: markdownToLexical('Nothing open.').value })
    expect(clean.reviewItems).toEqual([])
    expect(hasOpenReviewItems(clean)).toBe(false)
  })

  it('take a task description sent as plain text (as before it was rich text) as paragraphs', async () => {
    const token = await loginToken(editor.email, 'correct-horse-battery')
    const json = {
      number: 4242,
      title: 'Plain',
      status: 'ongoing',
      description: 'First paragraph (TBD).\n\nSecond paragraph.',
    }
    const response = await rest('POST', '/api/tasks', { token, json })
    expect(response.status).toBe(201)
    const task = await payload.findByID({
      collection: 'tasks',
      id: idOf(objectAt(response.body, 'doc')),
      depth: 0,
    })
    expect(blockTypes(task.description)).toEqual(['paragraph', 'paragraph'])
    expect(task.searchText).toBe('First paragraph (TBD).\nSecond paragraph.')
    expect(itemsOf(task)).toEqual([{ question: '(TBD)', sentence: 'First paragraph (TBD).' }])
  })
})

describe('visitors', () => {
  it('never see review items, while editors do', async () => {
    const path = '/api/policy-articles?where[slug][equals]=belgium-digital-economy&depth=0'
    const anonymous = docsOf((await rest('GET', path)).body)
    expect(anonymous).toHaveLength(1)
    expect(asJson(anonymous[0]).reviewItems ?? []).toEqual([])
    const { docs } = await payload.find({
      collection: 'policy-articles',
      where: { slug: { equals: 'belgium-digital-economy' } },
      overrideAccess: false,
      user: editor,
    })
    expect(docs[0]?.reviewItems).toHaveLength(3)
  })
})

import type { Payload, PayloadRequest, Where } from 'payload'

import { findOne } from '@/lib/data/content/findOne'
import { inTransaction } from '@/lib/data/content/transaction'
import { parseArticleMarkdown } from '@/lib/import/legacy/parseArticleMarkdown'
import { parseLegacyCountry } from '@/lib/import/legacy/parseLegacyCountry'
import { parseTasksCsv } from '@/lib/import/legacy/parseTasksCsv'
import type { ArticleDraft, LegacyCountry, ParseResult, TaskRow } from '@/lib/import/legacy/types'
import { markdownToLexical } from '@/lib/import/markdown'
import { slugify } from '@/lib/domain/text'
import type { Contact, Task } from '@/payload-types'

import { readSeedFile, SEED_FILES } from './files'

/** How many documents of each collection the seed created (0 everywhere on a second run). */
export type SeedCounts = {
  tasks: number
  countries: number
  contacts: number
  statistics: number
  articles: number
}

function unwrap<T>(file: string, result: ParseResult<T>): T {
  if (result.ok) return result.value
  const lines = result.errors.map((issue) => `seed/${file}:${issue.line}: ${issue.message}`)
  throw new Error(`The seed document is invalid:\n${lines.join('\n')}`)
}

/** Loads every seed document, failing before any write if one is invalid. */
export async function readSeed(directory?: string) {
  const [tasks, country, article] = await Promise.all([
    readSeedFile(SEED_FILES.tasks, directory),
    readSeedFile(SEED_FILES.country, directory),
    readSeedFile(SEED_FILES.article, directory),
  ])
  return {
    tasks: unwrap<TaskRow[]>(SEED_FILES.tasks, parseTasksCsv(tasks)),
    country: unwrap<LegacyCountry>(SEED_FILES.country, parseLegacyCountry(country)),
    article: unwrap<ArticleDraft>(SEED_FILES.article, parseArticleMarkdown(article)),
  }
}

type Seed = Awaited<ReturnType<typeof readSeed>>

async function seedTasks(payload: Payload, rows: TaskRow[], req: PayloadRequest, counts: SeedCounts) {
  const ids = new Map<number, Task['id']>()
  for (const row of rows) {
    const existing = await findOne(payload, 'tasks', { number: { equals: row.number } }, req)
    const task =
      existing ?? (await payload.create({ collection: 'tasks', data: { ...row, _status: 'published' }, req }))
    if (!existing) counts.tasks += 1
    ids.set(row.number, task.id)
  }
  return ids
}

async function seedCountry(
  payload: Payload,
  seed: Seed,
  taskIds: Map<number, Task['id']>,
  req: PayloadRequest,
  counts: SeedCounts,
) {
  const legacy = seed.country
  const slug = slugify(legacy.name)
  const existing = await findOne(payload, 'countries', { slug: { equals: slug } }, req)
  if (existing) return existing
  const delegates: Contact['id'][] = []
  for (const contact of legacy.contacts) {
    const found = await findOne(payload, 'contacts', { email: { equals: contact.email.toLowerCase() } }, req)
    const doc =
      found ?? (await payload.create({ collection: 'contacts', data: { ...contact, role: 'delegate' }, req }))
    if (!found) counts.contacts += 1
    delegates.push(doc.id)
  }
  const idsOf = (numbers: number[]) => numbers.flatMap((n) => taskIds.get(n) ?? [])
  const country = await payload.create({
    collection: 'countries',
    data: {
      _status: 'published',
      name: legacy.name,
      slug,
      isoCode: legacy.isoCode,
      body: markdownToLexical(legacy.body, { firstLine: legacy.bodyStartLine }).value,
      delegates,
      ongoingTasks: idsOf(legacy.ongoingTasks),
      completedTasks: idsOf(legacy.completedTasks),
    },
    req,
  })
  counts.countries += 1
  for (const id of delegates) {
    await payload.update({ collection: 'contacts', id, data: { country: country.id }, req })
  }
  return country
}

/**
 * Adds whatever part of the seed content is missing: tasks, Belgium with its delegate and
 * statistics, and the Digital Economy article. A document that exists (matched by task
 * number, slug, e-mail, or country and year) is never touched, so editors' changes survive.
 */
export async function seedDatabase(
  payload: Payload,
  options: { directory?: string } = {},
): Promise<SeedCounts> {
  const seed = await readSeed(options.directory)
  return inTransaction(payload, async (req) => {
    const counts: SeedCounts = { tasks: 0, countries: 0, contacts: 0, statistics: 0, articles: 0 }
    const taskIds = await seedTasks(payload, seed.tasks, req, counts)
    const country = await seedCountry(payload, seed, taskIds, req, counts)
    for (const row of seed.country.statistics) {
      const where: Where = { and: [{ country: { equals: country.id } }, { year: { equals: row.year } }] }
      if (await findOne(payload, 'ev-statistics', where, req)) continue
      await payload.create({ collection: 'ev-statistics', data: { ...row, country: country.id }, req })
      counts.statistics += 1
    }
    const { body, bodyStartLine, slug, publishedAt, country: _countryName, ...article } = seed.article
    const articleSlug = slug ?? slugify(article.title)
    if (!(await findOne(payload, 'policy-articles', { slug: { equals: articleSlug } }, req))) {
      await payload.create({
        collection: 'policy-articles',
        data: {
          ...article,
          _status: 'published',
          slug: articleSlug,
          publishedAt,
          country: country.id,
          // Bare addresses in the text become links; every line stays as written.
          body: markdownToLexical(body, { firstLine: bodyStartLine }).value,
        },
        req,
      })
      counts.articles += 1
    }
    return counts
  })
}

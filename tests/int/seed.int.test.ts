import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { resetSeed } from '@/lib/import/seed/resetSeed'
import { seedDatabase } from '@/lib/import/seed/seedDatabase'
import type { Task } from '@/payload-types'

import { bootPayload, shutdownPayload } from './helpers/payload'

const SEED_DIR = path.join(process.cwd(), 'seed')

/** What the seed documents hold, written out by hand from seed/000_717ca14df04e7b3c.txt. */
const BELGIUM_STATISTICS = [
  { year: 2011, bev: 263, phev: null, hev: null },
  { year: 2012, bev: 568, phev: 340, hev: 5675 },
  { year: 2013, bev: 507, phev: 262, hev: 6086 },
  { year: 2014, bev: 1163, phev: 851, hev: 7547 },
  { year: 2017, bev: 2705, phev: 11832, hev: 12235 },
  { year: 2018, bev: 3733, phev: 9704, hev: 13226 },
]
const FIRST_RUN = { tasks: 41, countries: 1, contacts: 1, statistics: 6, articles: 1 }
const NOTHING = { tasks: 0, countries: 0, contacts: 0, statistics: 0, articles: 0 }

let payload: Payload
beforeAll(async () => {
  payload = await bootPayload()
})
afterAll(async () => {
  await shutdownPayload(payload)
})

async function countAll() {
  const count = async (collection: CollectionSlug) => (await payload.count({ collection })).totalDocs
  return {
    tasks: await count('tasks'),
    countries: await count('countries'),
    contacts: await count('contacts'),
    'ev-statistics': await count('ev-statistics'),
    'policy-articles': await count('policy-articles'),
  }
}

async function findBelgium() {
  const { docs } = await payload.find({
    collection: 'countries',
    where: { slug: { equals: 'belgium' } },
    depth: 0,
  })
  expect(docs).toHaveLength(1)
  const [belgium] = docs
  if (!belgium) throw new Error('Belgium is missing')
  return belgium
}

async function taskNumbers(ids: readonly (number | Task)[] | null | undefined): Promise<number[]> {
  const numbers: number[] = []
  for (const ref of ids ?? []) {
    const id = typeof ref === 'object' ? ref.id : ref
    numbers.push((await payload.findByID({ collection: 'tasks', id, depth: 0 })).number)
  }
  return numbers
}

async function belgiumStatistics() {
  const belgium = await findBelgium()
  const { docs } = await payload.find({
    collection: 'ev-statistics',
    where: { country: { equals: belgium.id } },
    sort: 'year',
    depth: 0,
    limit: 100,
  })
  return docs.map(({ year, bev, phev, hev }) => ({ year, bev, phev, hev }))
}

type JsonNode = { type?: unknown; tag?: unknown; text?: unknown; children?: unknown }

function childNodes(node: JsonNode): JsonNode[] {
  return Array.isArray(node.children)
    ? node.children.filter((child): child is JsonNode => typeof child === 'object' && child !== null)
    : []
}

function inlineText(node: JsonNode): string {
  if (typeof node.text === 'string') return node.text
  if (node.type === 'linebreak') return ' '
  return childNodes(node).map(inlineText).join('')
}

/** Every block (paragraph, heading, list item) of a Lexical document with its text, in order. */
function blocksOf(root: JsonNode): { type: string; tag?: string; text: string }[] {
  const blocks: { type: string; tag?: string; text: string }[] = []
  const visit = (node: JsonNode) => {
    if (
      node.type === 'paragraph' ||
      node.type === 'heading' ||
      node.type === 'listitem' ||
      node.type === 'quote'
    ) {
      const text = inlineText(node).replace(/\s+/g, ' ').trim()
      blocks.push({ type: node.type, ...(typeof node.tag === 'string' ? { tag: node.tag } : {}), text })
    }
    childNodes(node).forEach(visit)
  }
  visit(root)
  return blocks
}

describe('seeding an empty database', () => {
  it('creates exactly the seed content and reports what it added', async () => {
    expect(await countAll()).toEqual({
      tasks: 0,
      countries: 0,
      contacts: 0,
      'ev-statistics': 0,
      'policy-articles': 0,
    })
    expect(await seedDatabase(payload)).toEqual(FIRST_RUN)
    expect(await countAll()).toEqual({
      tasks: 41,
      countries: 1,
      contacts: 1,
      'ev-statistics': 6,
      'policy-articles': 1,
    })
  })

  it('stores the tasks of tasks.csv, quoted and non-ASCII titles included', async () => {
    const { docs } = await payload.find({
      collection: 'tasks',
      where: { number: { in: [1, 29, 40, 45] } },
      sort: 'number',
      depth: 0,
    })
    expect(
      docs.map(({ number, title, status, startYear, endYear }) => ({
        number,
        title,
        status,
        startYear,
        endYear,
      })),
    ).toEqual([
      { number: 1, title: 'Information Exchange', status: 'ongoing', startYear: 1995, endYear: null },
      {
        number: 29,
        title: 'Electrified, Connected and Automated Vehicles',
        status: 'ongoing',
        startYear: 2016,
        endYear: null,
      },
      {
        number: 40,
        title: 'CRM4EV – Critical Raw Materials for Electric Vehicles',
        status: 'ongoing',
        startYear: 2018,
        endYear: 2021,
      },
      {
        number: 45,
        title: 'Electrified Roadways (E-roads)',
        status: 'ongoing',
        startYear: 2021,
        endYear: 2024,
      },
    ])
  })

  it('stores Belgium with its ISO code, tasks by number and its delegate', async () => {
    const belgium = await findBelgium()
    expect(belgium).toMatchObject({ name: 'Belgium', slug: 'belgium', isoCode: 'BE' })
    expect(await taskNumbers(belgium.ongoingTasks)).toEqual([1, 23, 32, 39, 43])
    expect(await taskNumbers(belgium.completedTasks)).toEqual([7, 10, 12, 15, 24, 28])

    expect(belgium.delegates).toHaveLength(1)
    const { docs: contacts } = await payload.find({ collection: 'contacts', depth: 0 })
    expect(contacts).toHaveLength(1)
    const [delegate] = contacts
    expect(delegate).toMatchObject({
      name: 'Carlo Mol',
      affiliation: 'VITO',
      email: 'carlo.mol@vito.be',
      country: belgium.id,
    })
    expect(belgium.delegates).toEqual([delegate?.id])
  })

  it('stores the narrative sections of the legacy page', async () => {
    const belgium = await findBelgium()
    const headings = blocksOf(belgium.body?.root ?? {}).filter((block) => block.type === 'heading')
    expect(headings).toEqual([
      { type: 'heading', tag: 'h2', text: 'Major Developments in 2020' },
      { type: 'heading', tag: 'h2', text: 'Outlook' },
    ])
  })

  it('stores the six years with figures; a missing figure is null, never 0', async () => {
    expect(await belgiumStatistics()).toEqual(BELGIUM_STATISTICS)
  })

  it('stores the Digital Economy article with every heading and every line of the plain-text original', async () => {
    const belgium = await findBelgium()
    const { docs } = await payload.find({ collection: 'policy-articles', depth: 0 })
    expect(docs).toHaveLength(1)
    const [article] = docs
    expect(article).toMatchObject({
      slug: 'belgium-digital-economy',
      title: 'Digital Economy',
      topic: 'Digital Economy',
      country: belgium.id,
    })
    const blocks = blocksOf(article?.body?.root ?? {})

    const markdown = await readFile(path.join(SEED_DIR, 'belgium-digital-economy.md'), 'utf8')
    const expectedHeadings = markdown.split(/\r?\n/).flatMap((line) => {
      const match = /^(#{2,3})\s+(.+?)\s*$/.exec(line)
      return match?.[1] && match[2] ? [{ type: 'heading', tag: `h${match[1].length}`, text: match[2] }] : []
    })
    expect(expectedHeadings).toHaveLength(30)
    expect(blocks.filter((block) => block.type === 'heading')).toEqual(expectedHeadings)

    const plain = await readFile(path.join(SEED_DIR, '001_49a47e3818350ecc.txt'), 'utf8')
    const lines = plain
      .split(/\r?\n/)
      .map((line) =>
        line
          .replace(/^\s*-\s+/, '')
          .replace(/\s+/g, ' ')
          .trim(),
      )
      .filter((line) => line.length > 0)
    expect(lines.length).toBeGreaterThan(80)
    const missing = lines.filter((line) => !blocks.some((block) => block.text.includes(line)))
    expect(missing).toEqual([])
  })
})

describe('seeding again', () => {
  it('adds nothing and reports all-zero counts', async () => {
    const before = await countAll()
    expect(await seedDatabase(payload)).toEqual(NOTHING)
    expect(await countAll()).toEqual(before)
  })

  it("keeps an editor's changes, but re-adds a statistic the editor deleted (the seed adds what is missing)", async () => {
    const belgium = await findBelgium()
    const statistic = async (year: number) => {
      const { docs } = await payload.find({
        collection: 'ev-statistics',
        where: { and: [{ country: { equals: belgium.id } }, { year: { equals: year } }] },
        depth: 0,
      })
      return docs[0]
    }
    const year2018 = await statistic(2018)
    const year2011 = await statistic(2011)
    if (!year2018 || !year2011) throw new Error('seeded statistics are missing')
    await payload.update({ collection: 'ev-statistics', id: year2018.id, data: { bev: 3800 } })
    await payload.update({
      collection: 'tasks',
      where: { number: { equals: 23 } },
      data: { title: 'LEV Parking (edited)' },
    })
    await payload.delete({ collection: 'ev-statistics', id: year2011.id })

    expect(await seedDatabase(payload)).toEqual({ ...NOTHING, statistics: 1 })

    const statistics = await belgiumStatistics()
    expect(statistics.find((row) => row.year === 2018)).toEqual({
      year: 2018,
      bev: 3800,
      phev: 9704,
      hev: 13226,
    })
    expect(statistics.find((row) => row.year === 2011)).toEqual({
      year: 2011,
      bev: 263,
      phev: null,
      hev: null,
    })
    const { docs: tasks } = await payload.find({
      collection: 'tasks',
      where: { number: { equals: 23 } },
      depth: 0,
    })
    expect(tasks.map((task) => task.title)).toEqual(['LEV Parking (edited)'])
    expect(await countAll()).toEqual({
      tasks: 41,
      countries: 1,
      contacts: 1,
      'ev-statistics': 6,
      'policy-articles': 1,
    })
  })
})

describe('resetSeed', () => {
  it('deletes the seed content, and the next seed restores it as shipped', async () => {
    const log: string[] = []
    await resetSeed(payload, (line) => log.push(line))
    expect(await countAll()).toEqual({
      tasks: 0,
      countries: 0,
      contacts: 0,
      'ev-statistics': 0,
      'policy-articles': 0,
    })
    expect(log).toHaveLength(5)
    expect(log.join('\n')).toMatch(/Deleted 41 tasks/)

    expect(await seedDatabase(payload)).toEqual(FIRST_RUN)
    expect(await belgiumStatistics()).toEqual(BELGIUM_STATISTICS)
    const { docs: tasks } = await payload.find({
      collection: 'tasks',
      where: { number: { equals: 23 } },
      depth: 0,
    })
    expect(tasks.map((task) => task.title)).toEqual([
      'Light-Electric-Vehicle Parking and Charging Infrastructure',
    ])
  })
})

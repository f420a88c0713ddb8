// `tsx scripts/bench/synthetic.ts --scale N`: adds clearly labelled synthetic content for the
// benchmark (N countries × 30 years, 5·N articles, N/4 tasks), published, through the Local API.
// Run with NODE_OPTIONS=--conditions=production and the bench's DATABASE_URI (never real data).
import { parseArgs } from 'node:util'

import { getPayload, type Payload, type PayloadRequest } from 'payload'

import { inTransaction } from '@/lib/data/content/transaction'
import { describeError } from '@/lib/platform/errors'
import { ISO_COUNTRY_CODES } from '@/lib/domain/countries/isoCodes'
import type { Block } from '@/lib/import/legacy/types'
import { blocksToLexical } from '@/lib/import/fromBlocks'
import config from '@/payload.config'

/** Years of statistics per synthetic country. */
const YEARS = Array.from({ length: 30 }, (_, i) => 1995 + i)
/** Documents written per transaction: big enough to amortise commits, small enough to stay lean. */
const BATCH = 500
/** A word every synthetic article contains; the bench searches for it (measure.ts). */
const SEARCH_WORD = 'charging'
const TOPICS = [
  'Digital Economy',
  'Charging Infrastructure',
  'Fiscal Incentives',
  'Public Procurement',
  'Urban Access',
]
// Hooks skip cache expiry: the bench starts its server after generating.
const context = { disableRevalidate: true }

const pad = (n: number, width: number) => String(n).padStart(width, '0')

// Deterministic pseudo-random numbers, so every bench run measures the same data.
function seededRandom(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31
    return state / 2 ** 31
  }
}

/** Runs `write` for every item, committing every {@link BATCH} items in one transaction. */
async function writeInBatches<T, R>(
  payload: Payload,
  items: T[],
  write: (item: T, req: PayloadRequest) => Promise<R>,
) {
  const results: R[] = []
  for (let start = 0; start < items.length; start += BATCH) {
    const batch = items.slice(start, start + BATCH)
    await inTransaction(payload, async (req) => {
      for (const item of batch) results.push(await write(item, req))
    })
  }
  return results
}

function articleBlocks(index: number, countryName: string): Block[] {
  const sentence = `Synthetic benchmark text ${index} about ${countryName}: public ${SEARCH_WORD} points, grid capacity and fleet renewal.`
  return ['Context', 'Measures', 'Outlook'].flatMap((heading): Block[] => [
    { type: 'heading', level: 2, text: heading },
    { type: 'paragraph', text: Array.from({ length: 6 }, () => sentence).join(' ') },
  ])
}

async function generate(payload: Payload, scale: number) {
  const taken = await payload.find({
    collection: 'countries',
    pagination: false,
    depth: 0,
    select: { isoCode: true },
  })
  const used = new Set(taken.docs.map((doc) => doc.isoCode))
  const codes = [...ISO_COUNTRY_CODES].filter((code) => !used.has(code)).sort()
  if (codes.length < scale)
    throw new Error(`only ${codes.length} unused ISO codes left for ${scale} countries`)
  const started = performance.now()
  const log = (what: string) =>
    console.log(`synthetic: ${what} (${((performance.now() - started) / 1000).toFixed(1)} s)`)

  // At least three tasks: each country lists two as ongoing and a third, never one of those, as completed.
  const taskNumbers = Array.from({ length: Math.max(3, Math.round(scale / 4)) }, (_, i) => 1001 + i)
  const tasks = await writeInBatches(payload, taskNumbers, (number, req) =>
    payload.create({
      collection: 'tasks',
      data: {
        _status: 'published',
        number,
        title: `Synthetic Task ${number}`,
        status: number % 2 ? 'ongoing' : 'completed',
        startYear: 2010 + (number % 10),
        description: blocksToLexical([
          {
            type: 'paragraph',
            text: `Synthetic research task for the benchmark about ${SEARCH_WORD} and grids.`,
          },
        ]),
      },
      req,
      context,
    }),
  )
  log(`${tasks.length} tasks`)

  const indexes = Array.from({ length: scale }, (_, i) => i + 1)
  const countries = await writeInBatches(payload, indexes, (i, req) => {
    const name = `Synthetic Country ${pad(i, 3)}`
    const task = (offset: number) => tasks[(i + offset) % tasks.length]?.id ?? []
    return payload.create({
      collection: 'countries',
      data: {
        _status: 'published',
        name,
        isoCode: codes[i - 1] ?? '',
        body: blocksToLexical([
          { type: 'heading', level: 2, text: 'Outlook' },
          { type: 'paragraph', text: `${name} is synthetic benchmark data, not a real country.` },
        ]),
        ongoingTasks: [task(0), task(1)].flat(),
        completedTasks: [task(2)].flat(),
      },
      req,
      context,
    })
  })
  log(`${countries.length} countries`)

  const rows = countries.flatMap((country, c) =>
    YEARS.map((year) => ({ country: country.id, year, random: seededRandom(c * 100 + year) })),
  )
  await writeInBatches(payload, rows, ({ country, year, random }, req) => {
    // About one value in ten is missing, as in real data: the page must show gaps, not zeros.
    const value = (max: number) => (random() < 0.1 ? null : Math.round(random() * max))
    return payload.create({
      collection: 'ev-statistics',
      data: {
        country,
        year,
        bev: value(50_000),
        phev: value(30_000),
        hev: value(80_000),
        source: 'Synthetic benchmark data',
      },
      req,
      context,
    })
  })
  log(`${rows.length} statistics`)

  const articleIndexes = Array.from({ length: scale * 5 }, (_, i) => i + 1)
  await writeInBatches(payload, articleIndexes, (i, req) => {
    const country = countries[i % countries.length]
    if (!country) throw new Error('no synthetic country to attach the article to')
    return payload.create({
      collection: 'policy-articles',
      data: {
        _status: 'published',
        title: `Synthetic Policy Article ${pad(i, 4)}`,
        country: country.id,
        topic: TOPICS[i % TOPICS.length],
        publishedAt: new Date(Date.UTC(2015 + (i % 10), i % 12, 1 + (i % 28))).toISOString(),
        summary: `Synthetic benchmark article ${i} on ${SEARCH_WORD} policy.`,
        body: blocksToLexical(articleBlocks(i, country.name)),
        source: 'Synthetic benchmark data',
      },
      req,
      context,
    })
  })
  log(`${articleIndexes.length} articles`)
}

const { values } = parseArgs({ options: { scale: { type: 'string', default: '200' } } })
const scale = Number(values.scale)

try {
  if (!Number.isInteger(scale) || scale < 1)
    throw new Error(`--scale must be a positive whole number (got "${values.scale}")`)
  const payload = await getPayload({ config })
  const existing = await payload.count({
    collection: 'countries',
    where: { slug: { equals: 'synthetic-country-001' } },
  })
  if (existing.totalDocs > 0) console.log('synthetic: already generated, nothing to do')
  else await generate(payload, scale)
  await payload.destroy()
  process.exit(0)
} catch (error) {
  console.error(`Synthetic data failed: ${describeError(error)}`)
  process.exit(1)
}

import { TAGS } from '@/lib/platform/cache/tags'
import { getPayloadClient } from '@/lib/data/payload'
import type { Chapter } from '@/lib/domain/publications/chapter'
import type { YearFigures } from '@/lib/domain/statistics/types'
import type { Contact, Task } from '@/payload-types'

import { readCountrySummaries, type CountrySummary } from '../published/countries'

import { cachedReader } from './cached'
import { CHAPTER_PUBLICATION_FIELDS, toChapter } from './chapters'
import { MEDIA_FIELDS } from './mediaFields'
import { getDraftViewer, readAs, type Viewer } from './viewer'
import { populated } from '../relations'

export type TaskLink = { number: number; title: string }

export type { CountrySummary }

/** Everything the country page shows. */
export type CountryPageData = CountrySummary & {
  body: unknown
  delegates: { name: string; affiliation: string | null; email: string | null }[]
  ongoingTasks: TaskLink[]
  completedTasks: TaskLink[]
  /** Its chapter of a published report, when it has one. */
  chapter: Chapter | null
  statistics: YearFigures[]
  /** When the newest of its statistics was saved (ISO date-time), or null without statistics. */
  figuresUpdatedAt: string | null
  /** The editor's own sentence about the figures, said before the charts' generated description. */
  chartDescription: string | null
}

/** Every published country, alphabetical. */
export const getCountrySummaries = cachedReader('country-summaries', [TAGS.countries], async () =>
  readCountrySummaries(await getPayloadClient()),
)

function toTaskLinks(tasks: Task[]): TaskLink[] {
  return tasks.map((task) => ({ number: task.number, title: task.title })).sort((a, b) => a.number - b.number)
}

/** The country page's data as the viewer may see it, or null when there is no such country. */
async function readCountryPage(slug: string, viewer: Viewer): Promise<CountryPageData | null> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'countries',
    ...readAs(viewer),
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
    select: {
      name: true,
      slug: true,
      isoCode: true,
      body: true,
      delegates: true,
      ongoingTasks: true,
      completedTasks: true,
      chartDescription: true,
      chapter: true,
    },
    populate: {
      contacts: { name: true, affiliation: true, email: true },
      tasks: { number: true, title: true },
      media: MEDIA_FIELDS,
      publications: CHAPTER_PUBLICATION_FIELDS,
    },
  })
  const country = docs[0]
  if (!country) return null
  const statistics = await payload.find({
    collection: 'ev-statistics',
    ...readAs(viewer),
    where: { country: { equals: country.id } },
    depth: 0,
    pagination: false,
    sort: 'year',
    select: { year: true, bev: true, phev: true, hev: true, totalNewCars: true, updatedAt: true },
  })
  return {
    id: country.id,
    name: country.name,
    slug: country.slug ?? slug,
    isoCode: country.isoCode,
    body: country.body ?? null,
    delegates: populated<Contact>(country.delegates).map((contact) => ({
      name: contact.name,
      affiliation: contact.affiliation ?? null,
      email: contact.email ?? null,
    })),
    ongoingTasks: toTaskLinks(populated<Task>(country.ongoingTasks)),
    completedTasks: toTaskLinks(populated<Task>(country.completedTasks)),
    chartDescription: country.chartDescription ?? null,
    chapter: toChapter(country.chapter),
    statistics: statistics.docs.map((doc) => ({
      year: doc.year,
      bev: doc.bev ?? null,
      phev: doc.phev ?? null,
      hev: doc.hev ?? null,
      totalNewCars: doc.totalNewCars ?? null,
    })),
    figuresUpdatedAt: statistics.docs.reduce<string | null>(
      (newest, doc) => (newest === null || doc.updatedAt > newest ? doc.updatedAt : newest),
      null,
    ),
  }
}

/** The published country page's data (cached), or null when no published country has this slug. */
export const getCountryPage = cachedReader(
  'country-page',
  [TAGS.countries, TAGS.statistics, TAGS.contacts, TAGS.tasks, TAGS.media, TAGS.publications],
  (slug: string) => readCountryPage(slug, null),
)

/** The country page for this request: the cached published page, or drafts while previewing. */
export async function loadCountryPage(slug: string): Promise<CountryPageData | null> {
  const viewer = await getDraftViewer()
  return viewer ? readCountryPage(slug, viewer) : getCountryPage(slug)
}

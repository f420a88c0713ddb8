import { TAGS } from '@/lib/platform/cache/tags'
import { getPayloadClient } from '@/lib/data/payload'
import type { Chapter } from '@/lib/domain/publications/chapter'
import type { Contact, Country } from '@/payload-types'

import { cachedReader } from './cached'
import { CHAPTER_PUBLICATION_FIELDS, toChapter } from './chapters'
import { MEDIA_FIELDS } from './mediaFields'
import { populated } from '../relations'

export type TaskStatus = 'ongoing' | 'completed'

/** What task lists show. */
export type TaskSummary = {
  number: number
  title: string
  status: TaskStatus
  startYear: number | null
  endYear: number | null
}

/** A task's contact as the task page lists it. */
export type TaskContact = { name: string; affiliation: string | null; email: string | null; role: string }

/** The task page: the summary, its description and the countries derived from their task lists. */
export type TaskPageData = TaskSummary & {
  summary: string | null
  /** Lexical JSON for `RichText`. */
  description: unknown
  contacts: TaskContact[]
  participants: { name: string; slug: string }[]
  pastParticipants: { name: string; slug: string }[]
  /** Its chapter of a published report, when it has one. */
  chapter: Chapter | null
}

/** Every task, by number. */
export const getTaskSummaries = cachedReader('task-summaries', [TAGS.tasks], async () => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'tasks',
    overrideAccess: false,
    depth: 0,
    pagination: false,
    sort: 'number',
    select: { number: true, title: true, status: true, startYear: true, endYear: true },
  })
  return docs.map(
    (doc): TaskSummary => ({
      number: doc.number,
      title: doc.title,
      status: doc.status,
      startYear: doc.startYear ?? null,
      endYear: doc.endYear ?? null,
    }),
  )
})

function toCountryLinks(joined: { docs?: (number | string | Country)[] } | undefined) {
  return populated<Country>(joined?.docs)
    .map((country) => ({ name: country.name, slug: country.slug ?? '' }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'))
}

/** One task with its participating countries, or null when there is no such task. */
export const getTaskPage = cachedReader(
  'task-page',
  [TAGS.tasks, TAGS.countries, TAGS.contacts, TAGS.media, TAGS.publications],
  async (taskNumber: number): Promise<TaskPageData | null> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'tasks',
      overrideAccess: false,
      where: { number: { equals: taskNumber } },
      limit: 1,
      depth: 1,
      joins: {
        participatingCountries: { limit: 0, sort: 'name' },
        pastParticipants: { limit: 0, sort: 'name' },
      },
      populate: {
        countries: { name: true, slug: true },
        contacts: { name: true, affiliation: true, email: true, role: true },
        media: MEDIA_FIELDS,
        publications: CHAPTER_PUBLICATION_FIELDS,
      },
    })
    const task = docs[0]
    if (!task) return null
    return {
      number: task.number,
      title: task.title,
      status: task.status,
      startYear: task.startYear ?? null,
      endYear: task.endYear ?? null,
      summary: task.summary ?? null,
      description: task.description ?? null,
      contacts: populated<Contact>(task.contacts).map((contact) => ({
        name: contact.name,
        affiliation: contact.affiliation ?? null,
        email: contact.email ?? null,
        role: contact.role ?? 'other',
      })),
      participants: toCountryLinks(task.participatingCountries),
      pastParticipants: toCountryLinks(task.pastParticipants),
      chapter: toChapter(task.chapter),
    }
  },
)

/** "2013–2021", "since 1995", or "" when no years are known. */
export function formatTaskPeriod({ startYear, endYear }: Pick<TaskSummary, 'startYear' | 'endYear'>): string {
  if (startYear && endYear) return `${startYear}–${endYear}`
  if (startYear) return `since ${startYear}`
  if (endYear) return `until ${endYear}`
  return ''
}
